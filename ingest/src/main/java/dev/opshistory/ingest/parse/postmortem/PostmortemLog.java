package dev.opshistory.ingest.parse.postmortem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The entries of a file that keeps several postmortems one after another, as small teams keep an
 * {@code INCIDENTS.md} or a "# Postmortems" page: a heading per incident ("## 2023-12-22", "## Search outage"), each
 * with the sections of a postmortem under it ("### Problem", "### Solution", "### Root cause"). Each entry is read as
 * a postmortem of its own; read as one, the file would be one incident with the first entry's fields.
 *
 * <p>A level of headings holds the entries when at least {@value #FEWEST_ENTRIES} of its headings, and at least half
 * of them, each have {@value #FEWEST_KINDS} kinds of postmortem section under them, {@value #FEWEST_KINDS} of those
 * kinds under more than one of them (a log repeats its template; a postmortem cut in two at a stray heading has each of
 * its sections once), and none of its headings is itself the name of a section: a single postmortem's "## Root causes"
 * with a "### Trigger" and an "### Impact" under each cause is one postmortem, not several. The headings of that level
 * with no postmortem section under them (an index, a template) are no entries; nor is the text before the first entry.
 */
final class PostmortemLog {

    /** One postmortem of the file: its heading and its text, under that heading as its title. */
    record Entry(String heading, String markdown) {

        /**
         * The entry's id within its file, from its heading: stable when entries are added before or after it, as
         * logs grow at the top or the bottom.
         */
        String slug() {
            String slug = NOT_SLUG.matcher(heading.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
            return slug.isEmpty() ? "entry" : slug;
        }
    }

    private static final int FEWEST_ENTRIES = 2;
    private static final int FEWEST_KINDS = 2;
    /** The deepest heading level looked at for entries. */
    private static final int DEEPEST_LEVEL = 3;
    /** What a postmortem has sections for; a narrative, dates, authors and status are had by any page. */
    private static final Set<SectionKind> POSTMORTEM_KINDS = EnumSet.of(SectionKind.SUMMARY, SectionKind.IMPACT,
            SectionKind.ROOT_CAUSE, SectionKind.TRIGGER, SectionKind.RESOLUTION, SectionKind.DETECTION,
            SectionKind.ACTION_ITEMS, SectionKind.LESSONS, SectionKind.TIMELINE);
    /** A heading that names anything has a letter or a digit. */
    private static final Pattern NAMES_ANYTHING = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern NOT_SLUG = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private final OutlineReader outlines = new OutlineReader();

    /**
     * The entries of a Markdown body (front matter removed), in document order, when it keeps several postmortems;
     * else an empty list: the body is one postmortem.
     */
    List<Entry> entries(String body) {
        String[] lines = body.split("\\r\\n|\\r|\\n", -1);
        List<Heading> headings = new ArrayList<>();
        for (Node block = parser.parse(body).getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading && !heading.getSourceSpans().isEmpty()) {
                headings.add(heading);
            }
        }
        for (int level = 1; level <= DEEPEST_LEVEL; level++) {
            List<Entry> entries = entriesAt(level, headings, lines);
            if (!entries.isEmpty()) {
                return entries;
            }
            if (namesASection(level, headings)) {
                return List.of(); // what is deeper is inside one postmortem's sections: its causes, its days
            }
        }
        return List.of();
    }

    /** The entries under the headings of one level, or none when that level does not hold them. */
    private List<Entry> entriesAt(int level, List<Heading> headings, String[] lines) {
        // the headings alone rule most levels out, before any entry is read
        List<String> names = headings.stream().filter(h -> h.getLevel() == level)
                .map(h -> MarkdownText.inline(h).strip()).toList();
        if (names.size() < FEWEST_ENTRIES
                || names.stream().anyMatch(n -> !NAMES_ANYTHING.matcher(n).find() || isSectionName(n))) {
            return List.of(); // too few, or sections of one postmortem rather than incidents of a log
        }
        int atLevel = 0;
        int full = 0;
        Map<SectionKind, Integer> entriesWithKind = new EnumMap<>(SectionKind.class);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            if (heading.getLevel() != level) {
                continue;
            }
            String name = names.get(atLevel++);
            List<SourceSpan> spans = heading.getSourceSpans();
            int from = spans.get(spans.size() - 1).getLineIndex() + 1;
            int to = lines.length;
            for (int j = i + 1; j < headings.size(); j++) {
                if (headings.get(j).getLevel() <= level) {
                    to = headings.get(j).getSourceSpans().get(0).getLineIndex();
                    break;
                }
            }
            String text = String.join("\n", Arrays.copyOfRange(lines, from, to));
            Entry entry = new Entry(name, "# " + name + "\n\n" + text);
            Set<SectionKind> kinds = kindsIn(entry.markdown());
            if (kinds.size() >= FEWEST_KINDS) {
                full++;
                kinds.forEach(k -> entriesWithKind.merge(k, 1, Integer::sum));
            }
            if (!kinds.isEmpty()) {
                entries.add(entry); // a short entry is kept, though it alone would not make the level a log
            }
        }
        // A log repeats its template; one postmortem cut at a stray heading has each of its sections once.
        long repeated = entriesWithKind.values().stream().filter(n -> n >= 2).count();
        boolean log = full >= FEWEST_ENTRIES && 2 * full >= names.size() && repeated >= FEWEST_KINDS;
        return log ? unique(entries) : List.of();
    }

    /** Whether a heading of the level is the name of a postmortem's section. */
    private static boolean namesASection(int level, List<Heading> headings) {
        return headings.stream().filter(h -> h.getLevel() == level)
                .anyMatch(h -> isSectionName(MarkdownText.inline(h).strip()));
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
        Map<String, Integer> seen = new HashMap<>();
        List<Entry> unique = new ArrayList<>();
        for (Entry e : entries) {
            int n = seen.merge(e.slug(), 1, Integer::sum);
            unique.add(n == 1 ? e : new Entry(e.heading() + " (" + n + ")", e.markdown()));
        }
        return unique;
    }
}
