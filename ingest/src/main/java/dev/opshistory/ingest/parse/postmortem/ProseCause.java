package dev.opshistory.ingest.parse.postmortem;

import java.util.regex.Pattern;

/**
 * What caused an incident, as a write-up without a root-cause section tells it in its summary or opening paragraph:
 * "The core issue is that on September 30, 2021, the DST Root CA X3 expired", "the outage was caused by a bad
 * configuration push", "the servers were shut down due to a power-out", "After a nasty lightning strike at our ISP …".
 * The first sentence that says so, in the authors' words; "was not caused by", "we ruled out" say what it was not, and
 * "because of this" points back at a cause told before.
 */
final class ProseCause {

    /** What went before an incident, when "after" it the incident began: "After a lightning strike at our ISP". */
    private static final String EVENT = "(?:strike|outage|failure|crash|power (?:loss|cut|failure|outage)|power-out|fire"
            + "|flood|storm|upgrade|update|deploy|deployment|release|migration|change|maintenance|attack|ddos)";
    private static final Pattern SAID_OF_THE_CAUSE = Pattern.compile("(?i)\\b(?:"
            // "the root cause was", "the core issue is that", "the reason for the outage was", "the culprit turned out to be"
            + "(?:(?:root|core|underlying|immediate|primary|main|ultimate|proximate|actual|real|direct|technical) )+"
            + "(?:cause|reason|issue|problem|culprit)s?(?: (?:of|for|behind) [^.!?]{1,60}?)? (?:is|was|were|are|turned out to be"
            + "|has been identified as|was identified as|appears to be|appeared to be|seems to be|seemed to be)"
            + "|(?:cause|reason|culprit)s? (?:(?:of|for|behind) [^.!?]{1,60}? )?(?:is|was|were|are|turned out to be"
            + "|has been identified as|was identified as|appears to be|appeared to be|seems to be|seemed to be)"
            // "was caused by", "an outage caused by", "resulted from", "was traced back to"
            // (not "because of this", "due to that": they point back at a cause told before, or at none)
            + "|(?:caused by|due to|owing to|because of|as a result of)(?! (?:this|that|it|these|those)\\b)"
            + "|(?:stemmed|stems|resulted|results|originated) from"
            + "|traced (?:\\S+ ){0,3}?to|(?:happened|occurred|failed|crashed|broke|went down|went offline) because"
            + "|(?:^|(?<=[.!?] ))after (?:a|an|the|our) (?:\\S+ ){0,3}?" + EVENT + ")\\b");
    /**
     * A negation, a question or a guess just before: "was not caused by", "we ruled out that it was caused by",
     * "whether it was due to", "If the cause is …"; or a timeline's entry, which tells why someone acted ("19:30 -
     * re-opening the outage because of reports …").
     */
    private static final Pattern DENIED = Pattern.compile("(?i)(?:(?:^|[.!?]\\s)(?:if|unless|whether|\\d{1,2}:\\d{2})\\b[^.!?]*"
            + "|(?:\\b(?:not|never|no|whether|ruled out|rather than|instead of|unrelated to)|n['’]t)\\s+(?:\\S+\\s+){0,3})$");

    private ProseCause() {
    }

    /** The first sentence of the texts, in order, that tells what caused the incident; null when none does. */
    static String find(String... texts) {
        return ProseSentences.first(SAID_OF_THE_CAUSE, DENIED, texts);
    }
}
