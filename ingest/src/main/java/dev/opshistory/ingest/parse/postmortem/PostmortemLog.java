package dev.opshistory.ingest.parse.postmortem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The entries of a file that keeps several postmortems one after another, as small teams keep an
 * {@code INCIDENTS.md} or a "# Postmortems" page: a heading per incident ("## 2023-12-22", "### 2024-03-01 Search
 * down"), each with the sections of a postmortem under it ("### Problem", "### Solution", "### Root cause"). Each entry
 * is read as a postmortem of its own; read as one, the file would be one incident with the first entry's fields.
 *
 * <p>A level of headings holds the entries when at least {@value #FEWEST_ENTRIES} of its headings, and at least
 * half of those that name a day, each have {@value #FEWEST_KINDS} kinds of postmortem section under them,
 * {@value #FEWEST_KINDS} of those kinds under more than one of them (a log repeats its template; a postmortem cut
 * in two at a stray heading has each of its sections once), each entry names its own day, in its heading or its
 * opening lines, no two the same (one postmortem told by phase, region or update has one day, or none per part),
 * and no heading of that level or above is the name of a section (a single postmortem's "## Root causes" with a
 * "### Trigger" and an "### Impact" under each cause is one postmortem). The deepest such level wins: a log
 * grouped by year ("## 2024" over "### 2024-03-01 …") gives its incidents, not its years. Headings of that level
 * without a day or a postmortem section (an index, a template) are no entries; nor is the text before the first.
 */
final class PostmortemLog {

    /** One postmortem of the file: its heading and its text, under that heading as its title. */
    record Entry(String heading, String markdown) {

        /** The entry's id within its file, from its heading: stable when the log grows at either end. */
        String slug() {
            return slugOf(heading);
        }
    }

    private static final int FEWEST_ENTRIES = 2;
    private static final int FEWEST_KINDS = 2;
    /**
     * The deepest heading level looked at for entries: every level, as pages made with a site generator often title
     * their entries with "####" ("#### Downtime on March 3rd, 2019") under the page's own headings.
     */
    private static final int DEEPEST_LEVEL = 6;
    /** How much of an entry's text may name its day, when its heading does not. */
    private static final int OPENING_CHARS = 400;
    /** What a postmortem has sections for; a narrative, dates, authors and status are had by any page. */
    private static final Set<SectionKind> POSTMORTEM_KINDS = EnumSet.of(SectionKind.SUMMARY, SectionKind.IMPACT,
            SectionKind.ROOT_CAUSE, SectionKind.TRIGGER, SectionKind.RESOLUTION, SectionKind.DETECTION,
            SectionKind.ACTION_ITEMS, SectionKind.LESSONS, SectionKind.TIMELINE);
    /** A heading that names anything has a letter or a digit. */
    private static final Pattern NAMES_ANYTHING = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern NOT_SLUG = Pattern.compile("[^\\p{L}\\p{N}]+");
    /**
     * A heading of the levels looked at, ATX ("## 2023-12-22") or a setext underline (level 1 "===", level 2 "---"): a
     * cheap look for two at one level before the document is parsed.
     */
    private static final Pattern HEADING_LINE = Pattern.compile(
            "(?m)^ {0,3}(?:(#{1,6})[ \\t]+(\\S[^\\n]*)|(=+|-+)[ \\t]*$)");

    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private final OutlineReader outlines = new OutlineReader();

    /**
     * The entries of a Markdown body (front matter removed), in document order, when it keeps several postmortems;
     * else an empty list: the body is one postmortem.
     */
    List<Entry> entries(String body) {
        if (!mayHoldEntries(body)) {
            return List.of(); // most postmortems: not parsed a second time
        }
        String[] lines = body.split("\\r\\n|\\r|\\n", -1);
        List<Heading> headings = new ArrayList<>();
        for (Node block = parser.parse(body).getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading && !heading.getSourceSpans().isEmpty()) {
                headings.add(heading);
            }
        }
        int shallowestSection = DEEPEST_LEVEL + 1;
        for (Heading heading : headings) {
            if (heading.getLevel() < shallowestSection && isSectionName(MarkdownText.inline(heading).strip())) {
                shallowestSection = heading.getLevel();
            }
        }
        // a level at or below a section's name is inside one postmortem's sections: its causes, its days
        for (int level = Math.min(DEEPEST_LEVEL, shallowestSection - 1); level >= 1; level--) {
            List<Entry> entries = entriesAt(level, headings, lines);
            if (!entries.isEmpty()) {
                return entries;
            }
        }
        return List.of();
    }

    /** Whether the body has two headings of one level that name no section: what logs have, most postmortems not. */
    private static boolean mayHoldEntries(String body) {
        int[] perLevel = new int[DEEPEST_LEVEL + 1];
        Matcher heading = HEADING_LINE.matcher(body);
        while (heading.find()) {
            boolean atx = heading.group(1) != null;
            if (atx && isSectionName(heading.group(2).strip())) {
                continue; // "## Impact", "## Root cause": one postmortem's sections, never a log's entries
            }
            int level = atx ? heading.group(1).length() : heading.group(3).startsWith("=") ? 1 : 2;
            if (++perLevel[level] >= FEWEST_ENTRIES) {
                return true;
            }
        }
        return false;
    }

    /** The entries under the headings of one level, or none when that level does not hold them. */
    private List<Entry> entriesAt(int level, List<Heading> headings, String[] lines) {
        int dated = 0;
        int full = 0;
        Map<SectionKind, Integer> entriesWithKind = new EnumMap<>(SectionKind.class);
        Set<String> days = new HashSet<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            if (heading.getLevel() != level) {
                continue;
            }
            String name = MarkdownText.inline(heading).strip();
            if (!NAMES_ANYTHING.matcher(name).find()) {
                return List.of(); // a stray mark, not an incident's name
            }
            int from = lineAfter(heading);
            int to = lineOfNext(headings, i, lines);
            Optional<String> day = dayOf(name, lines, from, to);
            if (day.isEmpty()) {
                continue; // an index, a template, a part of one incident: not read further
            }
            dated++;
            String text = String.join("\n", Arrays.copyOfRange(lines, from, to));
            Set<SectionKind> kinds = kindsIn("# " + name + "\n\n" + text);
            if (kinds.isEmpty()) {
                continue; // a note between the entries
            }
            if (!days.add(day.get())) {
                return List.of(); // parts of one incident: its phases, its updates
            }
            if (kinds.size() >= FEWEST_KINDS) {
                full++;
                kinds.forEach(k -> entriesWithKind.merge(k, 1, Integer::sum));
            }
            entries.add(new Entry(name, "# " + name + "\n\n" + text)); // a short entry too, once the level is a log
        }
        // A log repeats its template; one postmortem cut at a stray heading has each of its sections once.
        long repeated = entriesWithKind.values().stream().filter(n -> n >= 2).count();
        boolean log = full >= FEWEST_ENTRIES && 2 * full >= dated && repeated >= FEWEST_KINDS;
        return log ? unique(entries) : List.of();
    }

    private static int lineAfter(Heading heading) {
        List<SourceSpan> spans = heading.getSourceSpans();
        return spans.get(spans.size() - 1).getLineIndex() + 1;
    }

    /** The line of the next heading at the level of heading {@code i} or above; the end of the text when none. */
    private static int lineOfNext(List<Heading> headings, int i, String[] lines) {
        for (int j = i + 1; j < headings.size(); j++) {
            if (headings.get(j).getLevel() <= headings.get(i).getLevel()) {
                return headings.get(j).getSourceSpans().get(0).getLineIndex();
            }
        }
        return lines.length;
    }

    /** The day an entry names: in its heading, else in its opening lines (lines {@code from} to {@code to}). */
    private static Optional<String> dayOf(String heading, String[] lines, int from, int to) {
        StringBuilder opening = new StringBuilder();
        for (int i = from; i < to && opening.length() < OPENING_CHARS; i++) {
            opening.append(lines[i]).append('\n');
        }
        String head = opening.substring(0, Math.min(opening.length(), OPENING_CHARS));
        return PostmortemDate.find(heading).or(() -> PostmortemDate.find(head)).map(PostmortemDate::date);
    }

    /** Whether a heading names a section; not a date or an incident's name, which title a log's entries. */
    private static boolean isSectionName(String heading) {
        return SectionNames.kindOf(heading).filter(k -> k != SectionKind.DATE && k != SectionKind.INCIDENT).isPresent();
    }

    /** The kinds of postmortem section an entry's text has. */
    private Set<SectionKind> kindsIn(String markdown) {
        Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
        for (Section section : outlines.read(markdown).sections()) {
            if (section.ownKind() != null && POSTMORTEM_KINDS.contains(section.ownKind())) {
                kinds.add(section.ownKind());
            }
        }
        return kinds;
    }

    /** The entries with headings made unique, so that their ids are: a second "## Outage" is "Outage (2)". */
    private static List<Entry> unique(List<Entry> entries) {
        Set<String> used = new HashSet<>();
        List<Entry> unique = new ArrayList<>();
        for (Entry e : entries) {
            String heading = e.heading();
            for (int n = 2; !used.add(slugOf(heading)); n++) {
                heading = e.heading() + " (" + n + ")";
            }
            unique.add(heading.equals(e.heading()) ? e : new Entry(heading, e.markdown()));
        }
        return unique;
    }

    private static String slugOf(String heading) {
        String slug = NOT_SLUG.matcher(heading.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "entry" : slug;
    }
}
