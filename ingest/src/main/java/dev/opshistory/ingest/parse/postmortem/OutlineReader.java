package dev.opshistory.ingest.parse.postmortem;

import dev.opshistory.common.RecentResults;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads the section structure of a Markdown postmortem with commonmark-java (ATX and setext headings, GFM
 * tables) and finds the sections the templates write without headings: bold pseudo-headings on their own
 * line ({@code **What went well**}, {@code **Root Cause:**}), {@code **Field**: value} lines (also several
 * in one paragraph; {@code **Cause.** value} and {@code **Cause** — value} too), plain {@code Root cause: …}
 * lines, label/value tables (Kehoe's summary
 * table: {@code | Incident Number | 465 | Incident Severity | SEV-1 |}) and lists of label lines
 * ({@code - Time to recovery: 87 minutes}).
 *
 * <p>The title is the first heading before the first known section, skipping a generic one ("Example
 * Postmortem") when a more specific one follows.
 */
final class OutlineReader {

    private static final Pattern BOLD_LABEL = Pattern.compile(
            "^" + MarkdownText.BOLD_START + "([^" + MarkdownText.BOLD_START + MarkdownText.BOLD_END + "]{1,80})"
                    + MarkdownText.BOLD_END + "(.*)$", Pattern.DOTALL);
    /**
     * Between fields set side by side on a line that opens with one ("**Date:** 2026-07-29 | **Duration:** ~24 hours |
     * **Severity:** SEV-2"): a bar or a middle dot before the next bold label. Each field is then read on its own line.
     */
    private static final String FIELD_SEPARATORS = "|·";
    /** "Root cause: …", "tl;dr: …" (the semicolon is the label's own). */
    private static final Pattern PLAIN_LABEL = Pattern.compile("^(\\p{L}[\\p{L}\\p{N} ()/#&'’.;-]{0,40}?)\\s*[:：](?!//)\\s*(.*)$");
    /** A label's own end: a colon, a full stop, or the question mark of a template's prompt ("**How was it detected?**"). */
    private static final Pattern LABEL_END = Pattern.compile("\\s*[:.?]+$");
    private static final Pattern LABEL_START = Pattern.compile("^(?::|\\.(?=\\s|$)|[—–]|-(?=\\s))\\s*");
    /** A qualifier written after a bold label, before its colon: "**Start time** (UTC): …". */
    private static final Pattern QUALIFIER = Pattern.compile("^\\s*(\\([^()]{1,30}\\))(?=\\s*:)");
    private static final int PLAIN_SECTION_WORDS = 4;
    /** The sections whose bold name may run into their text without a colon: the account's, not a timeline's or metadata. */
    private static final Set<SectionKind> RUN_IN_KINDS = EnumSet.of(SectionKind.SUMMARY, SectionKind.IMPACT,
            SectionKind.DURATION, SectionKind.ROOT_CAUSE, SectionKind.TRIGGER, SectionKind.RESOLUTION,
            SectionKind.DETECTION, SectionKind.ACTION_ITEMS, SectionKind.LESSONS, SectionKind.NARRATIVE);
    /** Footnote digits glued to a bold label that has no colon of its own: "**Root Cause**2: …". */
    private static final Pattern GLUED_FOOTNOTE = Pattern.compile("^\\d{1,3}(?=\\s*:)");
    private static final Pattern GENERIC_TITLE = Pattern.compile("(an? )?((example|sample|incident) )*(post ?-?mortem|incident report"
            + "|retrospective|post-incident review|post incident review|pir|rca)s?( (report|template|document)s?)?");
    /** The fewest words of a heading that is a title rather than a section's name. */
    private static final int TITLE_WORDS = 4;
    /** Headings of a document's furniture, never its title: "# Metadata" above the owner and attendees, "Contents". */
    private static final Pattern NOT_A_TITLE = Pattern.compile("(document )?(metadata|meta data|contents|table of contents|toc"
            + "|document control|document history|revision history|change history|versions?|version history)");

    /** How a template's instruction to its author begins. */
    private static final Pattern INSTRUCTION = Pattern.compile("(?i)(?:(?:describe|explain|summari[sz]e|outline|identify)\\b"
            + "|(?:report|list|document|include|provide|write|give|detail|capture|enter|insert|fill in|add|run|link|note)"
            + " (?:a|an|the|all|any|each|how|when|what|who|why|where|here|links?|details|your)\\b)");
    /** Section names that, inside the action items, name a kind of item (detect, mitigate) rather than the incident's own. */
    private static final Set<SectionKind> ITEM_CATEGORIES = EnumSet.of(SectionKind.DETECTION, SectionKind.RESOLUTION);

    /** What a one-record table may tell ({@code Walk#readRecordTable}). */
    private static final Set<SectionKind> RECORD_FACTS = EnumSet.of(SectionKind.DURATION,
            SectionKind.DATE, SectionKind.SEVERITY, SectionKind.IMPACT, SectionKind.TIMELINE, SectionKind.INCIDENT);

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /**
     * Outlines of the bodies read recently. One document's body is read up to three times (to detect the format, to
     * look for a log of several postmortems, to map it), by readers of their own; the outline depends on nothing but
     * the text. A body's reads follow each other, so only a few bodies are kept, each of at most
     * {@link #LONGEST_REMEMBERED} characters: what they hold stays small beside ingest's 256 MB heap.
     */
    private static final RecentResults<String, PostmortemOutline> RECENT = new RecentResults<>(4);
    private static final int LONGEST_REMEMBERED = 128 * 1024;

    /** Reads the outline of a document body (front matter already removed). */
    PostmortemOutline read(String markdown) {
        return markdown.length() > LONGEST_REMEMBERED ? readOnce(markdown) : RECENT.get(markdown, this::readOnce);
    }

    private PostmortemOutline readOnce(String markdown) {
        return new Walk().run(parser.parse(markdown));
    }

    /** The state of reading one document. */
    private static final class Walk {
        private final List<Section> sections = new ArrayList<>();
        private final Deque<Section> open = new ArrayDeque<>();
        private final Deque<Boolean> openIsHeading = new ArrayDeque<>();
        /** What comes before the first heading or field: write-ups often open with their account. */
        private final Section lead = new Section("", 0, null, null, List.of());

        PostmortemOutline run(Node document) {
            read(document);
            return finish();
        }

        /** The blocks of a document, or of a quote in it: a header block quoted ("> **Date:** …") holds fields too. */
        private void read(Node parent) {
            for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
                if (block instanceof BlockQuote quote && holdsField(quote)) {
                    read(quote);
                } else if (block instanceof Heading heading) {
                    String text = MarkdownText.inline(heading);
                    Optional<Field> metadata = heading.getLevel() > 1 ? field(text)
                            .filter(f -> f.kind().isMetadata() && f.kind() != SectionKind.INCIDENT && !f.value().isBlank())
                            : Optional.empty();
                    if (metadata.isPresent()) {
                        // a field written as a heading ("## Date: February 06, 2023"); a title keeps its "Incident: …"
                        addClosedField(metadata.get());
                    } else if (!text.isBlank()) {
                        openSection(headingName(text, heading.getLevel()), 2 * heading.getLevel(), true);
                    }
                } else if (block instanceof Paragraph paragraph) {
                    if (!isTemplatePrompt(paragraph)) {
                        withoutLeadingPrompt(paragraph);
                        readParagraph(MarkdownText.marked(paragraph));
                    }
                } else if (block instanceof TableBlock table && !inKind(SectionKind.ACTION_ITEMS) && readItemsTable(table)) {
                    continue;
                } else if (block instanceof TableBlock table && !inKind(SectionKind.ACTION_ITEMS) && readLabelTable(table)) {
                    continue;
                } else if (block instanceof ListBlock list && !inKind(SectionKind.ACTION_ITEMS) && readLabelList(list)) {
                    continue;
                } else {
                    innermost().parts().add(new Section.BlockPart(block));
                }
            }
        }

        /**
         * The name a heading gives its section: "## Recovery: Restoring from an April 2024 Backup" is the recovery, its
         * subtitle after the colon. Not a title ("# RCA: object storage outage"), and not a field written as a heading,
         * which is read as one before this.
         */
        private static String headingName(String text, int level) {
            int colon = text.indexOf(':');
            if (level > 1 && colon > 0 && SectionNames.kindOf(text).isEmpty()) {
                String name = text.substring(0, colon);
                if (SectionNames.kindOf(name).filter(kind -> !kind.isMetadata() && kind != SectionKind.OTHER).isPresent()) {
                    return name;
                }
            }
            return text;
        }

        /**
         * Whether a paragraph is a template's prompt left in place: a question or an instruction to the author wholly
         * in italics ("_What steps were taken to resolve the issue?_", "_Describe how internal and external users were
         * impacted during the incident_", Atlassian's), which templates write under a heading for the author to replace.
         */
        private static boolean isTemplatePrompt(Paragraph paragraph) {
            Node only = paragraph.getFirstChild();
            if (!(only instanceof Emphasis) || only.getNext() != null) {
                return false;
            }
            String text = MarkdownText.unmark(MarkdownText.marked(paragraph)).strip();
            return text.endsWith("?") || INSTRUCTION.matcher(text).lookingAt();
        }

        /**
         * Drops a template's prompt that the author answered on the same line ("_How was the issue found?_ It was found
         * by OCC …", "_What caused this situation?_ The issue happened …"): the answer is the section's text.
         */
        private static void withoutLeadingPrompt(Paragraph paragraph) {
            Node first = paragraph.getFirstChild();
            if (first instanceof Emphasis && first.getNext() != null && isPrompt(first)) {
                first.unlink();
                if (paragraph.getFirstChild() instanceof Text text) {
                    text.setLiteral(text.getLiteral().stripLeading());
                }
            }
        }

        /** Whether an emphasised text is a question or an instruction to the author. */
        private static boolean isPrompt(Node emphasis) {
            StringBuilder text = new StringBuilder();
            for (Node child = emphasis.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text t) {
                    text.append(t.getLiteral());
                }
            }
            String prompt = text.toString().strip();
            return prompt.endsWith("?") || INSTRUCTION.matcher(prompt).lookingAt();
        }

        /** Whether a quote's first paragraph holds a field line: a quoted header block, not a quoted message or log. */
        private static boolean holdsField(BlockQuote quote) {
            return quote.getFirstChild() instanceof Paragraph paragraph
                    && MarkdownText.marked(paragraph).lines().anyMatch(line -> field(line).isPresent());
        }

        private boolean inKind(SectionKind kind) {
            return !open.isEmpty() && open.peek().kind() == kind;
        }

        private Section openSection(String name, int depth, boolean heading) {
            while (!open.isEmpty() && open.peek().depth() >= depth) {
                open.pop();
                openIsHeading.pop();
            }
            SectionKind own = SectionNames.kindOf(name).orElse(null);
            if (inKind(SectionKind.ACTION_ITEMS) && ITEM_CATEGORIES.contains(own)) {
                // "### Detection", "### Mitigation" under "## Action items" (the SRE book's template groups its items
                // so): a kind of item, not how this incident was detected or mitigated
                own = SectionKind.ACTION_ITEMS;
            }
            SectionKind kind = own != null ? own : open.isEmpty() ? null : open.peek().kind();
            Section section = new Section(name, depth, own, kind, List.of());
            sections.add(section);
            open.push(section);
            openIsHeading.push(heading);
            return section;
        }

        /** Depth of a pseudo-heading or field: just below the innermost real heading. */
        private int fieldDepth() {
            var headings = openIsHeading.iterator();
            for (Section section : open) {
                if (headings.next()) {
                    return section.depth() + 1;
                }
            }
            return 1;
        }

        /** The section that content goes to: the innermost open one, else the lead. */
        private Section innermost() {
            return open.isEmpty() ? lead : open.peek();
        }

        private void closeInnermost() {
            open.pop();
            openIsHeading.pop();
        }

        /** The lines of a paragraph, a line of fields set side by side split into a line per field. */
        private static List<String> fieldsOnTheirOwnLines(String marked) {
            List<String> lines = new ArrayList<>();
            for (String line : marked.split("\n")) {
                if (line.stripLeading().indexOf(MarkdownText.BOLD_START) != 0) {
                    lines.add(line);
                    continue;
                }
                int from = 0;
                for (int at = 0; at < line.length(); at++) {
                    if (FIELD_SEPARATORS.indexOf(line.charAt(at)) >= 0 && at > from && isBlank(line, at - 1)
                            && at + 2 < line.length() && isBlank(line, at + 1)
                            && line.charAt(at + 2) == MarkdownText.BOLD_START) {
                        lines.add(line.substring(from, at).strip());
                        from = at + 2;
                    }
                }
                lines.add(line.substring(from));
            }
            return lines;
        }

        private static boolean isBlank(String line, int at) {
            return Character.isWhitespace(line.charAt(at));
        }

        private void readParagraph(String marked) {
            List<String> loose = new ArrayList<>();
            // a run-in label's section ("__Impact__ Search is degraded") holds its paragraph, wrapped lines too, no more
            Section runIn = null;
            StringBuilder runInText = null;
            for (String line : fieldsOnTheirOwnLines(marked)) {
                Optional<Field> field = field(line);
                if (field.isPresent() && field.get().runIn() && !open.isEmpty() && open.peek().recognised()) {
                    // under a known section a bold name run into a sentence is emphasis ("**Detection** Our alerts
                    // fired" among what went well), not a section of its own
                    field = Optional.empty();
                }
                if (field.isEmpty()) {
                    if (runInText != null) {
                        runInText.append(' ').append(line.strip());
                    } else {
                        loose.add(line);
                    }
                    continue;
                }
                Field f = field.get();
                if (inKind(SectionKind.SUMMARY) && SectionNames.normalise(f.label()).equals("description")) {
                    loose.add(f.value()); // "## Summary" over "Description: …<br> Component: …": the summary's own words
                    continue;
                }
                flush(loose);
                closeRunIn(runIn, runInText);
                runIn = null;
                runInText = null;
                Section section = openSection(f.label(), fieldDepth(), false);
                if (f.runIn()) {
                    runIn = section;
                    runInText = new StringBuilder(f.value());
                } else if (!f.value().isBlank()) {
                    section.parts().add(new Section.TextPart(f.value()));
                    if (f.kind().isMetadata()) {
                        closeInnermost();
                    }
                }
            }
            flush(loose);
            closeRunIn(runIn, runInText);
        }

        private void closeRunIn(Section runIn, StringBuilder text) {
            if (runIn == null) {
                return;
            }
            runIn.parts().add(new Section.TextPart(text.toString().strip()));
            if (!open.isEmpty() && open.peek() == runIn) {
                closeInnermost();
            }
        }

        private void flush(List<String> loose) {
            // A timeline's lines are its entries ("14:02 Alerts fired", "14:10 On-call acknowledged", in a plain text
            // without list marks): kept apart, as list items are, so that each is read as one. Elsewhere a
            // paragraph's lines are wrapped sentences.
            String text = String.join(inKind(SectionKind.TIMELINE) ? "\n" : " ", loose).strip();
            loose.clear();
            if (!text.isEmpty()) {
                innermost().parts().add(new Section.TextPart(text));
            }
        }

        /**
         * A table of action items outside an action-items section, its first column named as one ("| Action Item | Type
         * | Owner | Bug |" below a block of fields): the items, in a section of that name. Read as label/value pairs, its
         * header would have made "Type" an item.
         */
        private boolean readItemsTable(TableBlock table) {
            List<List<String>> rows = MarkdownText.tableRows(table);
            if (rows.size() < 2 || rows.get(0).size() < 2
                    || SectionNames.kindOf(rows.get(0).get(0)).filter(k -> k == SectionKind.ACTION_ITEMS).isEmpty()) {
                return false;
            }
            openSection(rows.get(0).get(0), fieldDepth(), false).parts().add(new Section.BlockPart(table));
            closeInnermost();
            return true;
        }

        /**
         * A table of label/value pairs read as fields, the pairs of unknown labels kept as text of the section ("Users
         * affected: 38%" under Impact); false when the table is not one (odd columns, or no known label).
         */
        private boolean readLabelTable(TableBlock table) {
            List<List<String>> rows = MarkdownText.tableRows(table);
            if (readRecordTable(rows)) {
                return true;
            }
            if (rows.isEmpty() || !rows.stream().allMatch(r -> r.size() % 2 == 0)) {
                return false;
            }
            List<LabelPair> pairs = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                List<LabelPair> row = new ArrayList<>();
                for (int i = 0; i + 1 < rows.get(r).size(); i += 2) {
                    row.add(LabelPair.of(rows.get(r).get(i), rows.get(r).get(i + 1)));
                }
                // a header row of no known label ("Metric | Value") names the columns: it is no pair of its own
                if (r > 0 || row.stream().anyMatch(pair -> pair.field().isPresent())) {
                    pairs.addAll(row);
                }
            }
            if (pairs.stream().allMatch(pair -> pair.field().isEmpty())) {
                return false;
            }
            addPairs(pairs);
            return true;
        }

        /**
         * A table of one record, its labels in the header and its values in the one row under it ("| Customers
         * Impacted | … | Incident Duration |" over "| All | … | 3h 45m |"), read as fields and, for the labels it does not
         * know, as text of the section; false for any other table. Only facts of the incident (its duration, date,
         * severity, impact, times) make it one: a one-row table of actions has an owner and a status too.
         */
        private boolean readRecordTable(List<List<String>> rows) {
            if (rows.size() != 2 || rows.get(0).size() != rows.get(1).size() || rows.get(0).size() < 3
                    || rows.get(0).stream().anyMatch(String::isBlank)) {
                return false;
            }
            for (int i = 0; i < rows.get(1).size(); i += 2) {
                if (SectionNames.kindOf(rows.get(1).get(i)).isPresent()) {
                    return false; // labels in the second row too: a table of label/value pairs ("| Severity | SEV-1 |")
                }
            }
            List<LabelPair> pairs = new ArrayList<>();
            for (int i = 0; i < rows.get(0).size(); i++) {
                pairs.add(LabelPair.of(rows.get(0).get(i), rows.get(1).get(i)));
            }
            boolean facts = pairs.stream().anyMatch(pair -> pair.field().isPresent())
                    && pairs.stream().allMatch(pair -> pair.field().map(f -> RECORD_FACTS.contains(f.kind())).orElse(true));
            if (!facts) {
                return false;
            }
            addPairs(pairs);
            return true;
        }

        /** A table's pairs: the known labels as fields, the others as "Label: value" text of the section. */
        private void addPairs(List<LabelPair> pairs) {
            for (LabelPair pair : pairs) {
                if (pair.field().isPresent()) {
                    addClosedField(pair.field().get());
                } else if (!pair.text().isEmpty()) {
                    innermost().parts().add(new Section.TextPart(pair.text()));
                }
            }
        }

        /** A field of a table or list: its own section holding its value, closed so that what follows is not in it. */
        private void addClosedField(Field f) {
            Section section = openSection(f.label(), fieldDepth(), false);
            if (!f.value().isBlank()) {
                section.parts().add(new Section.TextPart(f.value()));
            }
            closeInnermost();
        }

        /**
         * A list of {@code Label: value} lines ("- Time to recovery: 87 minutes" under a "Stats" heading) read as
         * fields, the items of unknown labels kept as text; false when the list is not one (any item is not a
         * label line, or no label is known). An item may hold more under its label, as incident logs write whole
         * reports as one list ("- **Impact**: …", "- **Key events**" over a list of times, "- **Resolution**:" over
         * a list of steps): what it holds goes to the label's section.
         */
        private boolean readLabelList(ListBlock list) {
            List<LabelItem> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item.getFirstChild() instanceof Paragraph paragraph)) {
                    return false;
                }
                String line = MarkdownText.marked(paragraph);
                List<Node> held = new ArrayList<>();
                for (Node block = paragraph.getNext(); block != null; block = block.getNext()) {
                    held.add(block);
                }
                boolean boldHeading = !held.isEmpty() && isBoldOnly(line);
                if (line.contains("\n") || !(isLabelLine(line) || boldHeading)) {
                    return false;
                }
                items.add(new LabelItem(line, field(line), held));
            }
            if (items.stream().allMatch(item -> item.field().isEmpty())) {
                return false;
            }
            for (LabelItem item : items) {
                if (item.field().isEmpty()) {
                    innermost().parts().add(new Section.TextPart(MarkdownText.unmark(item.line()).strip()));
                    item.held().forEach(block -> innermost().parts().add(new Section.BlockPart(block)));
                    continue;
                }
                Field f = item.field().get();
                Section section = openSection(f.label(), fieldDepth(), false);
                if (!f.value().isBlank()) {
                    section.parts().add(new Section.TextPart(f.value()));
                }
                item.held().forEach(block -> section.parts().add(new Section.BlockPart(block)));
                // a list's last label with nothing of its own ("- **What caused it?**") is answered by the paragraphs
                // after the list, as a bold label on a line of its own is; not a field left empty in a header block
                // ("- **Authors:**"), which the account follows
                boolean answeredBelow = item == items.get(items.size() - 1) && f.value().isBlank() && item.held().isEmpty()
                        && !f.kind().isMetadata();
                if (!answeredBelow) {
                    closeInnermost();
                }
            }
            return true;
        }

        /** An item of a label list: its label line, the field it makes when the label is known, and what it holds. */
        private record LabelItem(String line, Optional<Field> field, List<Node> held) {
        }

        private PostmortemOutline finish() {
            int firstKnown = 0;
            while (firstKnown < sections.size() && sections.get(firstKnown).ownKind() == null) {
                firstKnown++;
            }
            List<Section> candidates = sections.subList(0, firstKnown);
            int titleIndex = -1;
            for (int i = 0; i < candidates.size(); i++) {
                String heading = candidates.get(i).heading();
                if (isFurniture(heading)) {
                    continue;
                }
                if (titleIndex < 0 || givesWay(candidates.get(titleIndex).heading(), heading)) {
                    titleIndex = i;
                }
                String title = candidates.get(titleIndex).heading();
                if (!isGeneric(title) && !PlainText.isOnlyADate(title)) {
                    break;
                }
            }
            String leadText = SectionContent.text(lead);
            if (titleIndex < 0) {
                return new PostmortemOutline(null, leadText, sections, List.of());
            }
            Section title = candidates.get(titleIndex);
            List<String> preamble = candidates.subList(0, titleIndex).stream().map(Section::heading).toList();
            String titleText = SectionContent.text(title);
            String intro = leadText == null || titleText == null ? (leadText == null ? titleText : leadText)
                    : leadText + "\n\n" + titleText;
            List<Section> rest = new ArrayList<>(sections.subList(titleIndex + 1, sections.size()));
            return new PostmortemOutline(title.heading(), intro, rest, preamble);
        }

        /**
         * Whether a heading that follows a title is the better title: after one that names only the kind of document
         * ("Postmortems", "Example Postmortem"), any that names more than a day; after one that names only a day
         * ("22/Mar/2022" above "1. Incident on the COCO nodes"), one long enough to be a title, not a section's name
         * ("2021-06-07" above "State" and "Details" stays).
         */
        private static boolean givesWay(String title, String next) {
            if (isGeneric(next) || PlainText.isOnlyADate(next)) {
                return false;
            }
            return isGeneric(title) || PlainText.isOnlyADate(title) && next.strip().split("\\s+").length >= TITLE_WORDS;
        }

        /** A heading that names the kind of document: "Postmortems", "Incident report". */
        private static boolean isGeneric(String heading) {
            return GENERIC_TITLE.matcher(SectionNames.normalise(heading)).matches();
        }

        private static boolean isFurniture(String heading) {
            return NOT_A_TITLE.matcher(SectionNames.normalise(heading)).matches();
        }
    }

    /**
     * A {@code Label: value} line whose label is a known section or field name.
     *
     * @param runIn whether the label runs into its value with no colon ("__Impact__ Site is down"): it holds only its
     *              own paragraph, as a status page writes one per label
     */
    private record Field(String label, SectionKind kind, String value, boolean runIn) {

        Field(String label, SectionKind kind, String value) {
            this(label, kind, value, false);
        }
    }

    /**
     * A label and its value side by side in a table row.
     *
     * @param field the field, when the label is a known section or field name
     */
    private record LabelPair(String label, String value, Optional<Field> field) {

        static LabelPair of(String label, String value) {
            return new LabelPair(label, value, SectionNames.kindOf(label).map(kind -> new Field(label, kind, value)));
        }

        /** "Label: value", or whichever of the two is written. */
        String text() {
            return label.isBlank() || value.isBlank() ? (label + " " + value).strip() : label + ": " + value;
        }
    }

    /**
     * Whether a line is a label and its value, whether or not the label is known: {@code Label: value}, or a bold
     * label ended by its colon or question mark ("**Who was impacted by this incident?** All users").
     */
    static boolean isLabelLine(String markedLine) {
        Matcher bold = BOLD_LABEL.matcher(markedLine.strip());
        if (bold.matches() && (LABEL_END.matcher(bold.group(1)).find() || LABEL_START.matcher(bold.group(2).strip()).lookingAt())) {
            return true;
        }
        return PLAIN_LABEL.matcher(MarkdownText.unmark(markedLine).strip()).matches();
    }

    /** Whether a line is only a bold label ("**Key events**"), which heads what is written under it. */
    private static boolean isBoldOnly(String markedLine) {
        Matcher bold = BOLD_LABEL.matcher(markedLine.strip());
        return bold.matches() && bold.group(2).isBlank();
    }

    /**
     * Whether text starts a sentence of its own: a capital or a digit first, and a second word in lower case, so that a
     * name in title case run on from the bold words ("**Recovery** Time Objective", "**Why** We Chose Postgres") is
     * not taken for one.
     */
    private static boolean startsASentence(String text) {
        int first = text.codePointAt(0);
        String[] words = text.split("\\s+", 3);
        return (Character.isUpperCase(first) || Character.isDigit(first))
                && (words.length < 2 || !Character.isUpperCase(words[1].codePointAt(0)));
    }

    static Optional<Field> field(String markedLine) {
        Matcher bold = BOLD_LABEL.matcher(markedLine.strip());
        if (bold.matches()) {
            String label = bold.group(1).strip();
            String after = bold.group(2);
            Matcher qualifier = QUALIFIER.matcher(after);
            if (!LABEL_END.matcher(label).find() && qualifier.find()) {
                label = label + " " + qualifier.group(1);
                after = after.substring(qualifier.end());
            }
            // "**Duration:** 21:45 to 23:28": after a label's own colon, digits are the value's
            String rest = (LABEL_END.matcher(label).find() ? after
                    : GLUED_FOOTNOTE.matcher(after).replaceFirst("")).strip();
            // "**Root Cause:** x", "**Root Cause**: x", "**Cause.** x", "**Cause** — x": a label ends in one of these
            boolean ended = LABEL_END.matcher(label).find() || LABEL_START.matcher(rest).lookingAt();
            String value = LABEL_START.matcher(rest).replaceFirst("").strip();
            String name = LABEL_END.matcher(label).replaceFirst("").strip();
            if (!ended && !rest.isEmpty()) {
                // "__Impact__ Site is struggling" (a cState status page): a section's name run into a sentence of its
                // own, no colon between. A sentence that only starts in bold goes on in lower case ("**Impact** on
                // users was small") and is none; so is a run-in name of a timeline or of metadata ("**Resolved** The")
                return startsASentence(rest) ? SectionNames.kindOf(name).filter(RUN_IN_KINDS::contains)
                        .map(kind -> new Field(name, kind, value, true)) : Optional.empty();
            }
            return SectionNames.kindOf(name).map(kind -> new Field(name, kind, value));
        }
        Matcher plain = PLAIN_LABEL.matcher(MarkdownText.unmark(markedLine).strip());
        if (plain.matches()) {
            // "Root cause: …" on a line of its own is a field too: terse write-ups are made of such lines. A section
            // name of more words is a sentence ("Customer impact lasted until 10:40: …"), unless it is metadata.
            String name = plain.group(1).strip();
            boolean shortName = name.split("\\s+").length <= PLAIN_SECTION_WORDS;
            return SectionNames.kindOf(name).filter(kind -> kind.isMetadata() || (shortName && kind != SectionKind.OTHER))
                    .map(kind -> new Field(name, kind, plain.group(2).strip()));
        }
        return Optional.empty();
    }
}
