package dev.opshistory.ingest.parse.postmortem;

import java.util.regex.Pattern;

/**
 * What an incident did to its users, as a write-up without an impact section tells it in its summary or opening
 * paragraph: "Platform users were unable to sign into the AWS web console", "the hub rendered entirely inaccessible
 * for ~1hr", "about 4% of download requests were failing", "A little over 1000 requests were affected". The first
 * sentence that says so, in the authors' words; a sentence that only names a cause or a fix says nothing of it.
 */
final class ProseImpact {

    private static final String STATE = "(?:down|unavailable|inaccessible|unreachable|offline|unusable|degraded"
            + "|unresponsive|slow|erroring|interrupted)";
    private static final String HOW = "(?:(?:completely|entirely|partially|intermittently|briefly|temporarily|fully"
            + "|mostly|largely|totally|hard) )?";
    /** Words that tell what users could not do or saw, or how much of the service or its traffic failed. */
    private static final Pattern SAID_OF_USERS = Pattern.compile("(?i)\\b(?:"
            // what users could not do, not what the team could not ("we were unable to resolve this")
            + "(?<!\\bwe |\\bi )(?:was|were|are|is) (?:not able|unable) to"
            + "|(?<!\\bwe |\\bi )(?:could not|couldn't|cannot|can't|were not able to|was not able to) (?:access|log ?in|sign ?in|use|reach"
            + "|connect|load|download|upload|push|pull|deploy|build|create|save|see|view|open|send|receive|submit|pay"
            + "|check ?out|play|join|stream|post|install|update|run)"
            + "|(?:was|were|became|went|rendered|remained|is|are|been) " + HOW + STATE
            // "There was downtime of about 10 minutes" (not "there was no downtime")
            + "|there (?:was|were) (?!no |not |never |little |zero )(?:\\S+ ){0,2}?(?:downtime|an outage|outages)"
            + "|(?:experienced|saw|received|got|returned|served|encountered|hit) (?:\\S+ ){0,3}?(?:errors?|[45]\\d\\d"
            + "|[45]xx|timeouts?|outages?|downtime|failures|degraded performance|slowness|latency|interruptions?)"
            + "|\\d+(?:\\.\\d+)? ?% of (?:\\S+ ){0,3}?(?:requests|users|customers|traffic|calls|builds|jobs|queries"
            + "|downloads|uploads|sites|pages|transactions|logins)"
            + "|(?:requests|users|customers|accounts|sites|builds|orders|messages|repositories|clients|members"
            + "|visitors|developers|deployments|transactions|downloads|jobs) (?:were|was) (?:\\S+ )?(?:affected"
            + "|impacted|lost|delayed|dropped|failing|disrupted)"
            + "|disrupted|(?:caused|causing|led to|leading to|resulted in|resulting in) (?:\\S+ ){0,3}?(?:errors?|[45]\\d\\d"
            + "|an outage|outages|downtime|data loss|disruption)"
            // "a failure that impacts the operation of multiple websites", "impacting most of our infrastructure"
            + "|(?:impacts|impacted|impacting|affects|affected|affecting) (?:the (?:operation|availability|performance"
            + "|reachability) of|(?:\\S+ ){0,2}?(?:all|most|many|some|several|multiple|\\d+) (?:of )?(?:our |the |its )?(?:\\S+ )?"
            + "(?:users|customers|websites|sites|services|infrastructure|clients|servers|apps|applications|sessions|requests"
            + "|members|accounts|repositories|projects))"
            // what was lost: "over 300 scoreboards were vaporised", "customer data was deleted", "drained $14 million"
            + "|(?:data|records|rows|files|e-?mails|messages|funds|scoreboards|posts|uploads|backups) (?:\\S+ ){0,3}?(?:were|was|got"
            + "|have been|has been) (?:\\S+ )?(?:lost|deleted|destroyed|wiped|erased|corrupted|vapou?ri[sz]ed|stolen|drained)"
            + "|(?:drained|stole) (?:\\S+ ){0,2}?(?:funds|\\$ ?\\d[\\d.,]*))\\b");
    /**
     * A sentence that sets a condition, or a negation just before: "If you cannot access that email, we cannot send …",
     * "This shouldn't have resulted in any
     * data loss" (and so also "no users were affected", which a reader finds in the summary).
     */
    private static final Pattern DENIED = Pattern.compile("(?i)(?:(?:^|[.!?]\\s)(?:if|unless|should|in case)\\b[^.!?]*"
            + "|(?:\\b(?:not|never|no)|n['’]t)\\s+(?:\\S+\\s+){0,3})$");

    private ProseImpact() {
    }

    /** The first sentence of the texts, in order, that tells what the incident did to users; null when none does. */
    static String find(String... texts) {
        return ProseSentences.first(SAID_OF_USERS, DENIED, texts);
    }
}
