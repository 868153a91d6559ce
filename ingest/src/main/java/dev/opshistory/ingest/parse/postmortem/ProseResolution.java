package dev.opshistory.ingest.parse.postmortem;

import java.util.regex.Pattern;

/**
 * How an incident was ended, as a write-up without a resolution section tells it in its summary or opening paragraph:
 * "Once identified the issue was resolved by rolling back the Traefik change", "I reverted the version bump, which
 * restored the hub", "Our backup server has taken over", "The site was put back online using that backup". The first
 * sentence that says so, in the authors' words; "we could not roll back" says how it was not.
 */
final class ProseResolution {

    /** What says, after a step, that it did not work: "we restarted the systems, but this did not help". */
    private static final String FAILED_WORDS = "\\b(?:(?:but|however|yet),? (?:\\S+ ){0,4}?(?:not|never|no|still"
            + "|\\S+n['’]t)|to no avail|without (?:success|effect)|no (?:change|effect|improvement)"
            + "|did(?: not|n['’]t) (?:help|work|fix|resolve|change)|(?:was|were)(?: not|n['’]t) (?:enough|sufficient"
            + "|successful))\\b";
    /** {@link #FAILED_WORDS} as a pattern, for the text after a step. */
    static final Pattern FAILED = Pattern.compile("(?i)" + FAILED_WORDS);
    private static final String FIXED = "(?:resolved|fixed|mitigated|restored|recovered|remediated|solved|addressed)";
    private static final Pattern SAID_OF_THE_FIX = Pattern.compile("(?i)\\b(?:"
            + "(?:was|were|got|has been|have been|had been|is|are) (?:(?!not |never |yet )\\S+ ){0,2}?" + FIXED + " (?:by|after|when|once|with"
            + "|through|via)"
            + "|" + FIXED + " (?:the (?:issue|problem|incident|outage)|it|this|service) by"
            + "|(?:we|the team|engineers?|i|they|ops|on-?call|sre|the sre team) (?:then |quickly |eventually |finally"
            + "|immediately |manually )?(?:rolled back|reverted|restarted|redeployed|restored|failed over|rebooted"
            + "|deployed a (?:fix|patch|hotfix)|applied a (?:fix|patch|hotfix)|put a fix|fixed|mitigated|resolved)"
            + "|(?:which|that) (?:restored|resolved|fixed|mitigated)"
            + "|(?:has|have|had) taken over|put back online|(?:was|were|is|are) (?:\\S+ )?(?:back online|back up and running"
            + "|operational again|back to normal|fully restored|restored)"
            // it ended by itself: "The incident resolved automatically once upstream connectivity stabilized"
            + "|(?:resolved|recovered|cleared) (?:itself |automatically |on its own |by itself )(?:once|when|after|as)"
            // "When the empty flow was removed, login behaved normally", "once the cache was flushed, requests succeeded"
            + "|(?:^|(?<=[.!?] ))(?:when|once|after) (?:\\S+ ){1,8}?(?:was|were|had been) (?:removed|reverted|rolled back|disabled"
            + "|deleted|fixed|restarted|replaced|flushed|cleared|re-?enabled|corrected|restored|rebuilt)[, ]+(?:\\S+ ){0,6}?"
            + "(?:behaved|worked|returned|functioned|came back|recovered|succeeded)"
            // "the actions to address these attacks have been successful"
            + "|(?:actions?|measures|steps|efforts|mitigations?|countermeasures) (?:\\S+ ){0,5}?(?:have been|has been|were|was)"
            + " (?:(?!not |never )\\S+ )?(?:successful|effective))\\b(?![^.!?]*" + FAILED_WORDS + ")");
    /**
     * A negation, a wish or a doubt just before: "could not roll back", "tried to restart", "wanted to fail over",
     * "unclear if it was fixed by", "how we fixed it", "while I fixed the issue" (it went on meanwhile).
     */
    private static final Pattern DENIED = Pattern.compile("(?i)(?:\\b(?:not|never|no|without|tried to|attempted to"
            + "|wanted to|try to|unable to|if|whether|unclear|how|while)|n['’]t)\\s+(?:\\S+\\s+){0,2}$");

    private ProseResolution() {
    }

    /** The first sentence of the texts, in order, that tells how the incident was ended; null when none does. */
    static String find(String... texts) {
        return ProseSentences.first(SAID_OF_THE_FIX, DENIED, texts);
    }
}
