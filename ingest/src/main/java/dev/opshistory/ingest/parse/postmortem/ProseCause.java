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
    /**
     * What a connective may not lead to: the incident itself or its effects ("because of the outage, orders failed",
     * "the trouble caused by yesterday's outage"), a cause told before ("because of this"), a time ("due to finish at
     * 02:00") or no cause at all ("due to a combination of factors, described below").
     */
    private static final String NOT_A_CAUSE = "(?! (?:this|that|it|these|those|(?:the|this|our|yesterday'?s|today'?s|last"
            + " night'?s) (?:outage|incident|issue|problem|disruption|downtime|delays?|errors?|event|trouble|slowness)"
            + "|yesterday'?s|today'?s|(?:be|finish|start|begin|end|run|complete|expire|launch|ship|go|take|arrive)\\b"
            + "|(?:a combination of|several|multiple|a number of|various|many) (?:factors|reasons|issues|causes|things))\\b)";
    /**
     * After "the cause was": no cause named ("still unknown", "under investigation", "to document the incident", "is
     * clear and we are taking steps", but not "is clear: a bad config").
     */
    private static final String NAMED = "(?! (?:still |currently |as yet |yet )?(?:unknown|unclear|not|under|being|to\\b"
            + "|(?:clear|known|understood|identified)\\b(?!\\s*[:—–])))";
    /** What a cause is of ("the cause of the login outage"), up to its copula: no copula of its own. */
    private static final String WHAT_IT_IS_OF = "(?:(?!\\b(?:is|was|were|are)\\b)[^.!?]){1,60}?";
    private static final String COPULA = "(?:is|was|were|are|turned out to be|has been identified as|was identified as"
            + "|appears to be|appeared to be|seems to be|seemed to be)";
    private static final Pattern SAID_OF_THE_CAUSE = Pattern.compile("(?i)\\b(?:"
            // "the root cause was", "the core issue is that", "the reason for the outage was", "the culprit turned out to be"
            + "(?:(?:root|core|underlying|immediate|primary|main|ultimate|proximate|actual|real|direct|technical) )+"
            + "(?:cause|reason|issue|problem|culprit)s?(?: (?:of|for|behind) " + WHAT_IT_IS_OF + ")? " + COPULA + NAMED
            + "|(?:cause|reason|culprit)s? (?:(?:of|for|behind) (?!(?:this|the) (?:post|postmortem|post-mortem|write-?up"
            + "|document|report|article|blog|update)\\b)" + WHAT_IT_IS_OF + " )?" + COPULA + NAMED
            // "was caused by", "an outage caused by", "resulted from", "was traced back to"
            + "|(?:caused by|due to|owing to|because of|as a result of)" + NOT_A_CAUSE
            + "|(?:stemmed|stems|resulted|originated) from|traced (?:\\S+ ){0,3}?to"
            // "The outage was triggered by an unplanned reboot" (not an alert or an incident "triggered by" a monitor)
            + "|(?:outage|problem|failure|disruption|interruption|downtime|crash|degradation)s?"
            + " (?:was|were) (?:\\S+ )?triggered by"
            // "the incident appears to have been triggered by the backup operation"
            + "|(?:outage|problem|failure|disruption|interruption|downtime|crash|degradation|incident)s?"
            + " (?:appears?|appeared|seems?|seemed) to have been triggered by"
            // "This was an unintended side-effect of reducing the memory limit"
            + "|(?:this|it|that|which|the (?:outage|incident|problem|issue|failure|error|downtime)s?) (?:was|is|were|are)"
            + " (?:an? |the )?(?:unintended |unexpected |unforeseen )?(?:side[- ]?effect|consequence)s? of"
            // German and French status notices: "Die Ursache lag an …", "L'origine du problème provenait de …"
            + "|ursache(?: (?:der|des|dieser|dieses) \\p{L}+)? (?:lag|war|liegt|ist)(?! (?:noch |derzeit |bisher )?(?:unbekannt"
            + "|unklar|nicht|ungeklärt|offen|in))|(?:wurde|wurden) (?:\\S+ ){1,8}?verursacht|zurückzuführen"
            + "|(?:était|est|a été) (?:dû|due?s?|causée?s?) (?:à|par) \\S+"
            + "|(?:la cause|l'origine|l’origine) (?:du problème|de l'incident|de l’incident|de la panne|de l'interruption"
            + "|de l’interruption) (?:était|provenait|provient|est)(?! (?:encore |toujours |pour l'instant )?(?:inconnue?"
            + "|indéterminée?|en cours|pas|non))"
            + "|(?:happened|occurred|failed|crashed|broke|went down|went offline) because"
            // "there was a bad migration file that prevented the application from coming back up"
            + "|(?:there (?:was|were)|we (?:had|shipped|deployed|pushed|released)) (?:a |an |some )?(?:bad|broken|faulty"
            + "|corrupt(?:ed)?|invalid|malformed|misconfigured|wrong|buggy|defective) (?:\\S+ ){1,3}?(?:that|which) (?:\\S+ )?"
            + "(?:prevented|caused|broke|stopped|blocked|kept|crashed|took down|brought down)"
            // "my misreading of the ORM's API caused the error", "we rolled back the workaround, which triggered the
            // issue" (not what the incident itself caused: "the outage caused the errors", "… caused the incident to be
            // declared")
            + "|(?<!(?:outage|incident|issue|problem|downtime|disruption|failure|it|this)s? )(?:caused|triggered|led to)"
            + " (?:the|this|our) (?:\\S+ ){0,2}?(?:outage|incident|issue|problem|failure|errors?|disruption|downtime|crash"
            + "|degradation)s?(?! to be)"
            // "After a lightning strike at our ISP", not "After the outage was resolved", "After the deploy was rolled back"
            + "|(?:^|(?<=[.!?] ))after (?:a|an|our|the) (?:\\S+ ){0,3}?" + EVENT
            + "(?! (?:was|were|had been|has been|is) (?:\\S+ )?(?:resolved|fixed|rolled back|reverted|mitigated|over|done"
            + "|completed|restored|finished))"
            + ")\\b");
    /**
     * Just before, in the sentence: a negation of the cause ("was not caused by", "wasn't due to", "no failures caused
     * by"), a doubt ("whether
     * it was due to", "If the cause is …", "we ruled out that it was caused by"), the response or an apology rather
     * than the incident ("engineers were paged due to", "customers contacted support because of", "sorry for the
     * trouble caused by"), or a timeline's entry, which tells why someone acted ("19:30 - re-opening the outage
     * because of reports …"). A negation of the effect ("users could not log in because of …") leaves the cause.
     */
    private static final Pattern DENIED = Pattern.compile("(?i)(?:(?:^|[.!?]\\s)(?:if|unless|whether"
            + "|(?:\\d{4}-\\d{2}-\\d{2}[ T])?\\d{1,2}:\\d{2})\\b[^.!?]*"
            + "|\\b(?:paged|alerted|notified|contacted|called|apologi[sz]e|apologies|sorry|inconvenience)\\b[^.!?]*"
            + "|\\b(?:no|whether|ruled out|rather than|instead of|unrelated to)\\s+(?:\\S+\\s+){0,3}"
            + "|(?:\\b(?:not|never)|n['’]t)\\s+(?:(?:directly|entirely|solely|only|simply|just|actually|really"
            + "|necessarily)\\s+)?(?:(?:be|been)\\s+)?)$");

    /**
     * A sentence that opens by pointing back at a cause told just before: "We upgraded the database, which stalled on
     * the provider's side. This caused our entire database to fail", "… by default. This finally resulted in files
     * with the wrong owner".
     */
    private static final Pattern POINTS_BACK = Pattern.compile("(?i)(?:^|(?<=[.!?] ))(?:this|that|which|it)"
            + " (?:(?:then|finally|ultimately|eventually|in turn|unfortunately|quickly|subsequently) )?"
            + "(?:caused|led to|resulted in|triggered) (?:[^ .!?]+ ){0,6}?(?:outages?|incidents?|failures?|errors?"
            + "|disruptions?|downtime|crash(?:es)?|degradation|unavailab\\w*|broken|wrong|loss|(?:to )?(?:fail|crash|break"
            + "|stop|go down|become unavailable))\\b");

    private ProseCause() {
    }

    /**
     * The first sentence of the texts, in order, that tells what caused the incident; else the first that points back
     * at a cause told in the sentence before it, with that sentence; null when none does.
     */
    static String find(String... texts) {
        String said = ProseSentences.first(SAID_OF_THE_CAUSE, DENIED, texts);
        return said != null ? said : ProseSentences.firstWithPrevious(POINTS_BACK, DENIED, texts);
    }
}
