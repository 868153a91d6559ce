package dev.opshistory.ingest.parse.postmortem;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long an incident lasted, as a write-up without a duration field tells it in its summary or impact: "the site
 * was unavailable for 12 minutes", "this effect lasted approximately nine hours", "a 47 minute period during which
 * nothing could merge". Only a length said of the outage itself counts (after "lasted", or "down/unavailable/failed…
 * for", or as "an outage/period of"), not any number of minutes in the text ("we waited 5 minutes before paging").
 * Written back as digits ("about 9 hours"), as duration fields are read.
 */
final class ProseDuration {

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("forty-five", 45), Map.entry("ninety", 90));
    private static final String NUMBER = "(\\d{1,4}(?:\\.\\d+)?|" + String.join("|", WORDS.keySet().stream()
            .sorted((x, y) -> y.length() - x.length()).toList()) + ")";
    /** A unit, written out or short ("40min", "1h50m": an "h" straight before its minutes). */
    private static final String UNIT = "((?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|h)(?:\\b|(?=\\d{1,2}m\\b)))";
    /** Before the length: how exact it is, or the range whose upper end it is ("between 30 and 40 minutes"). */
    private static final String ROUGHLY = "(about |approximately |roughly |around |nearly |almost |over |just over "
            + "|just under |under |at least |more than |~ ?|between \\d{1,4} and |\\d{1,4} ?(?:-|–|to) ?)?";
    private static final String STATE = "(?:down|unavailable|unusable|degraded|offline|interrupted|impaired|broken|failing|failed"
            + "|impacted|affected|delayed|stalled|inaccessible|unreachable|disrupted|errors?|slow|halted|stopped|stuck"
            + "|crashing|crashed|flapping|blocked)";
    /** A second unit after the first: "4 hours and 38 minutes", "2h 30m" (in brackets too: "(about 2h 15m)"). */
    private static final String SECOND_UNIT = "(?:and\\s+|,\\s*)?(\\d{1,4})\\s*(minutes?|mins?|m|seconds?|secs?|s)\\b";
    private static final Pattern AND_MORE = Pattern.compile("(?i)^\\s*" + SECOND_UNIT);
    private static final List<Pattern> SAID_OF_THE_OUTAGE = List.of(
            // "lasted approximately nine hours", "lasted for at least seven hours", "was unavailable for 12 minutes",
            // "an outage of 3 hours"
            // (an aside in brackets between: "inaccessible (returning a 500 error) to all users for 13 minutes")
            Pattern.compile("(?i)\\b(?:(?:lasted|lasting)(?:\\s+for)?|" + STATE + "(?:\\s+\\([^()\\n]{1,60}\\))?(?:\\s+[\\w'-]+){0,4}?\\s+for|(?:outage|downtime"
                    + "|disruption|interruption|period|window|impact) of"
                    // "the problem was around for roughly 16 hours"
                    + "|(?:problem|issue|outage|incident|disruption)s?\\s+(?:was|were)\\s+(?:around|ongoing|present|active)\\s+for)"
                    + "\\s+" + ROUGHLY + NUMBER + "\\s*" + UNIT),
            // "22 hours of downtime", "40min of total outage", "~2 hours downtime", "downtime for ~4 hours"
            Pattern.compile("(?i)(?<![\\w~])" + ROUGHLY + NUMBER + "\\s*" + UNIT + "\\s+(?:of\\s+)?(?:total |complete |full |partial )?"
                    + "(?:downtime|outage|disruption|degradation)"),
            Pattern.compile("(?i)\\b(?:downtime|outage)\\s+(?:of|for)\\s+" + ROUGHLY + NUMBER + "\\s*" + UNIT),
            // "It took nearly five hours before service was fully restored", "took 40 minutes to restore the site"
            Pattern.compile("(?i)\\b(?:took|taking)\\s+" + ROUGHLY + NUMBER + "\\s*" + UNIT + "\\s+(?:before|until|to)\\s+"
                    + "(?:[\\w'-]+\\s+){0,4}?(?:(?:was|were|is|are|had been|been)\\s+)?(?:fully\\s+|completely\\s+)?"
                    + "(?:restored?|recovered|recover|back|resolved|resolve|fixed|fix|up again|online)\\b"),
            // "a 47 minute period", "a two-hour outage", "a 7 minute cascading failure"
            // (a word between only before what is an outage: "a 5 minute grace period" is a setting)
            Pattern.compile("(?i)\\b(?:a|an)\\s+" + ROUGHLY + NUMBER + "[- ]" + UNIT + "\\s+(?:period|window|(?:[a-z-]+\\s+)?"
                    + "(?:outage|interruption|incident|downtime|disruption|degradation|failure|halt))\\b"));

    /** A length alone in brackets: "(~1.5 hours)", "(90 minutes)", "(about 2h 15m)". */
    private static final Pattern BRACKETED = Pattern.compile("(?i)\\(\\s*" + ROUGHLY + NUMBER + "\\s*" + UNIT
            + "(?=(?:\\s*" + SECOND_UNIT + ")?\\s*\\))");

    private ProseDuration() {
    }

    /** The first length of the outage the texts tell, in order; null when none does. */
    static String find(String... texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (Pattern pattern : SAID_OF_THE_OUTAGE) {
                Matcher m = pattern.matcher(text);
                if (m.find()) {
                    return written(m, text);
                }
            }
        }
        return null;
    }

    /**
     * The length a date field gives in brackets after the incident's date or range: "Date: 3 Nov 2016 (~1727) to
     * 3 Nov 2016 (~1900) (~1.5 hours)", "2024-03-14 09:12–10:42 UTC (90 minutes)"; null when it gives none.
     */
    static String bracketed(String dateField) {
        if (dateField == null) {
            return null;
        }
        Matcher m = BRACKETED.matcher(dateField);
        return m.find() ? written(m, dateField) : null;
    }

    /** The length a match found (groups: roughly, number, unit), in digits, with a second unit after it. */
    private static String written(Matcher m, String text) {
        String number = m.group(2).toLowerCase(Locale.ROOT);
        String amount = WORDS.containsKey(number) ? String.valueOf(WORDS.get(number)) : number;
        String unit = unit(m.group(3));
        String roughly = m.group(1) == null ? "" : m.group(1).strip().replace("~", "about");
        roughly = roughly.isEmpty() || roughly.endsWith("-") || roughly.endsWith("–") ? roughly : roughly + " ";
        String duration = roughly + amount + " " + unit + (amount.equals("1") ? "" : "s");
        Matcher more = AND_MORE.matcher(text.substring(m.end()));
        if ((unit.equals("hour") || unit.equals("day")) && more.find()) {
            String second = more.group(2).toLowerCase(Locale.ROOT).startsWith("s") ? "second" : "minute";
            duration += " " + more.group(1) + " " + second + (more.group(1).equals("1") ? "" : "s");
        }
        return duration;
    }

    private static String unit(String written) {
        String u = written.toLowerCase(Locale.ROOT);
        return u.startsWith("sec") ? "second" : u.startsWith("min") ? "minute" : u.startsWith("h") ? "hour" : "day";
    }
}
