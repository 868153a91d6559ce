package dev.opshistory.ingest.parse.postmortem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an incident was noticed, as a write-up without a detection section tells it in its timeline: the first entry
 * that says so ("04:01 – Initial Detection - StatusCake monitoring tools detect the outage", "09:12 PagerDuty paged the
 * on-call engineer", "Dec 16th 12:43 First report of media cache misses"). A reviewer asks of every incident whether
 * monitoring or a customer found it; the entry answers it in the authors' words.
 */
final class TimelineDetection {

    /** Monitoring and paging tools, which a timeline names as the subject of what fired: "PagerDuty fires". */
    private static final String MONITOR = "(?:pagerduty|opsgenie|pingdom|datadog|alertmanager|prometheus|grafana|statuscake"
            + "|uptimerobot|uptime robot|better ?uptime|new ?relic|sentry|nagios|zabbix|icinga|cloudwatch|stackdriver"
            + "|checkly|honeycomb|victorops|splunk|incident\\.io|rootly)";
    /** Who an alert reaches: "Pingdom alerts DevOps on-call", "our alarms alerted us". */
    private static final String RESPONDERS = "(?:us|me|the (?:\\S+ )?(?:on-?call|team|engineers?)|our (?:\\S+ )?(?:on-?call|team"
            + "|engineers?)|(?:\\S+ )?on-?call|(?:\\S+ )?(?:team|engineers?|sres?|ops))";
    /** Words that say the incident was noticed, by whom or by what. */
    private static final Pattern NOTICED = Pattern.compile("(?i)\\b(?:detect(?:s|ed|ion)?|alerts? (?:fired|fires|triggered"
            + "|triggers|went off|goes off|was raised)|" + MONITOR + " (?:fires|fired|alerts|alerted|pages|paged|triggers|triggered"
            + "|notifies|notified|reports|reported)|(?:" + MONITOR + "|alarms?|monitors?|monitoring|checks?|probes?) (?:alerts"
            + "|alerted|paged|pages|notifies|notified) " + RESPONDERS + "|(?:was|were|got|we) (?:paged|alerted)|paged|page (?:fired|sent|went out)|notice[sd]"
            + "|discovered (?:internally|by|when|while|during)|(?:began|started) (?:sending|firing|raising) (?:alerts?|pages?|notifications?)"
            + "|reports? (?:the|an?) (?:issue|problem|outage|bug|incident)"
            + "|first (?:report|reported|noticed|alert)|reported (?:by|to|that|an?|the|on|in|via)|(?:customers?|users?) (?:reported"
            + "|reports?|complained|notif(?:y|ies|ied))|notif(?:y|ies|ied) us|received (?:a|an) (?:page|alert)"
            + "|received (?:\\w+ )?(?:notifications?|alerts?|pages?) (?:due to|about|for|that|of)"
            + "|respond(?:s|ed|ing)? to (?:the )?(?:alarms?|alerts?|pages?)|when alerted|informed (?:of|about)"
            + "|notified (?:\\S+ ){1,3}(?:of|about)|alerted by|reports? received"
            + "|reports? (?:that )?(?:\\S+ ){1,4}(?:is|was|are|were|went) (?:down|unavailable|unreachable|broken|offline))\\b");
    /**
     * The same told in a write-up's prose, where a word such as "detect" also names what the software does ("a routine
     * to detect if…"): only someone or something noticing, alerts firing, people being paged, customers reporting (not
     * "we discovered", which an investigation says of what it found).
     */
    private static final Pattern NARRATED = Pattern.compile("(?i)\\b(?:(?:we|they|i|someone|engineers?|operators?"
            + "|monitoring|alerting|our (?:\\S+ ){0,2}(?:team|monitoring|alerts?|checks?)|the (?:\\S+ ){0,2}team)"
            + " (?:first |quickly |soon |then )?(?:noticed|detected|spotted)"
            + "|alerts? (?:fired|triggered|went off)|(?:was|were|got) (?:paged|alerted)|when alerted"
            + "|(?:alarms?|alerts?|alerting|monitors?|monitoring|checks?|probes?|" + MONITOR + ") (?:\\S+ )?(?:alerted|paged"
            + "|notified|warned) " + RESPONDERS
            + "|(?:began|started) (?:sending|firing|raising) (?:alerts?|pages?|notifications?)|first (?:reported|noticed)"
            + "|(?:customers?|users?|partners?|clients?|merchants?|members?|developers?) (?:first )?(?:reported|complained"
            + "|notified us|alerted us)"
            + "|reported by (?:a |an |the |our |several |many |multiple |some )?(?:customers?|users?|monitoring|alerts?)"
            + "|(?:was|were) (?:first )?(?:detected|noticed|spotted) by|(?:got|were|was) alerted by"
            + "|notified (?:us|the team|our team|on-?call))\\b");
    /** An entry a vendor's timeline marks as before the incident ("(1 week prior)"): another incident's. */
    private static final Pattern BEFORE_THE_INCIDENT = Pattern.compile(
            "(?i)\\((?:\\d+|an?|one|two|three|several) (?:minutes?|hours?|days?|weeks?|months?) (?:prior|before|earlier)\\)");
    /** A negation just before the words: "not detected by CI" says how it was missed. */
    static final Pattern DENIED = Pattern.compile("(?i)(?:\\b(?:not|never|no|without)|n['’]t)\\s+(?:\\S+\\s+){0,2}$");
    private static final int SHORTEST_ENTRY_WORDS = 4;
    /** Longer than an entry: several entries run together. */
    private static final int LONGEST_ENTRY = 300;
    /** A timeline entry's list mark: "- ", "* ", "• ", "3. ". */
    static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,3}[.)])\\s+");
    /**
     * Where one entry ends and the next begins: a line break, or a bullet within a line, as a page saved as text runs
     * its list together ("• 14:24 Icinga reports timeouts. • 14:52 John: Sees the host suspended.").
     */
    static final Pattern ENTRY_BREAK = Pattern.compile("\n|(?<=\\S)\\s+(?=•\\s)");

    private TimelineDetection() {
    }

    /** The first timeline entry that tells how the incident was noticed, without its list mark; null when none does. */
    static String find(String timeline) {
        if (timeline == null) {
            return null;
        }
        for (String line : ENTRY_BREAK.split(timeline)) {
            String entry = LIST_MARK.matcher(line).replaceFirst("").strip();
            // a template's label ("Detection Time") is no entry
            Matcher noticed = NOTICED.matcher(entry);
            if (entry.split("\\s+").length >= SHORTEST_ENTRY_WORDS && !BEFORE_THE_INCIDENT.matcher(entry).find() && noticed.find()
                    && !DENIED.matcher(entry.substring(0, noticed.start())).find()) {
                return entry.length() <= LONGEST_ENTRY ? entry : ProseSentences.around(entry, noticed.start(), noticed.end());
            }
        }
        return null;
    }

    /** The first sentence of the texts, in order, that tells how the incident was noticed; null when none does. */
    static String inProse(String... texts) {
        return ProseSentences.first(NARRATED, DENIED, texts);
    }
}
