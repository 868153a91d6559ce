package dev.opshistory.ingest.parse.postmortem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The length of an incident that only its timeline gives: from the first entry that says the service stopped ("04:52
 * PM UTC Site is hard down", "[12:04 CET] Incident opened.", "7:32 PM - The chain stalled") to the first later entry
 * that says it recovered ("06:00 PM UTC Site is fully recovered", "02:54 UTC -- All remaining IP addresses are online
 * again", not "Some IP addresses come back online"), each entry's time read as a start or end field is
 * ({@link IncidentSpan#between}), on the day a line of its own above it gives ("### September 10, 2025").
 */
final class TimelineSpan {

    private static final Pattern STOPPED = Pattern.compile("(?i)\\b(?:(?:is|was|went|goes|are|were) (?:hard |completely "
            + "|fully |totally )?down|outage (?:begins?|began|starts?|started)|incident (?:opened|declared|started|begins?"
            + "|began)|stopped (?:working|responding|serving|accepting)|stalled|halted|(?:became|is|was|are|were)"
            + " (?:unavailable|unreachable|inaccessible|offline)|(?:starts?|started|begins?|began) (?:failing|returning errors|timing out"
            + "|erroring)|last successful|(?:is|was|are|were|became) (?:non-?responsive|unresponsive|not responding"
            + "|not loading))\\b");
    private static final Pattern RECOVERED = Pattern.compile("(?i)\\b(?:resolved|restored|recovered|back (?:online|up"
            + "|to normal)|(?:online|operational|up|available|working) again|fully (?:operational|functional)"
            + "|being created again|incident closed|(?:outage|impact) (?:ends?|ended|mitigated))\\b");
    private static final Pattern HEADING_MARK = Pattern.compile("^\\s*#{1,6}\\s+");
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}(?!\\d)"); // "14:48", "11:21a"
    /** A line that is only a time, perhaps with its day and zone: "2022-04-15 4:35", "11:21a", "14:48 UTC". */
    private static final Pattern STAMP = Pattern.compile("(?i)[\\d\\s/.:-]*\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m?\\.?)?"
            + "\\s*(?:[a-z]{2,5}|[+-]\\d{2}:?\\d{2})?");
    /** Longer than a line that only gives the day of the entries below it. */
    private static final int LONGEST_DAY_LINE = 40;
    /** Words that make a recovery partial: "Some IP addresses come back online", "most services restored". */
    private static final Pattern PARTIAL = Pattern.compile("(?i)\\b(?:some|partial(?:ly)?|part of|a few|several|most)\\b");

    private TimelineSpan() {
    }

    /** The span from the stop to the recovery the timeline tells, if it tells both with times that can be read. */
    static Optional<String> of(String timeline, PostmortemDate day) {
        if (timeline == null) {
            return Optional.empty();
        }
        List<String> entries = new ArrayList<>();
        String dayAbove = null;
        String stampAbove = null;
        for (String line : timeline.split("\n")) {
            String unmarked = HEADING_MARK.matcher(line).replaceFirst("");
            String entry = TimelineDetection.LIST_MARK.matcher(unmarked).replaceFirst("").strip();
            boolean dated = PostmortemDate.find(entry).isPresent();
            if (dated && entry.length() <= LONGEST_DAY_LINE && !CLOCK.matcher(entry).find()) {
                dayAbove = entry; // "### September 10, 2025", "01-10-2024": the day of the entries below it
            } else if (STAMP.matcher(entry).matches()) {
                stampAbove = entry; // "### 2022-04-15 4:35", "14:48" on a line of its own: the time of the text below
            } else if (!entry.isEmpty()) {
                String stamped = stampAbove == null ? entry : stampAbove + " " + entry;
                stampAbove = null;
                entries.add(dated || dayAbove == null || PostmortemDate.find(stamped).isPresent() ? stamped
                        : dayAbove + " " + stamped);
            }
        }
        for (int stop = 0; stop < entries.size(); stop++) {
            if (says(STOPPED, entries.get(stop)) && !says(RECOVERED, entries.get(stop))) {
                for (int end = stop + 1; end < entries.size(); end++) {
                    if (says(RECOVERED, entries.get(end)) && !PARTIAL.matcher(entries.get(end)).find()) {
                        return IncidentSpan.between(entries.get(stop), entries.get(end), day);
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether the entry says so, not after a negation ("not yet restored", "wasn't resolved"). */
    private static boolean says(Pattern words, String entry) {
        return ProseSentences.saysUndenied(words, TimelineDetection.DENIED, entry);
    }
}
