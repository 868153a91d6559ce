package dev.opshistory.ingest.parse.postmortem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A legacy Word 97–2003 document ({@code .doc}: the binary format Word wrote before 2007, and still writes on "Save
 * as Word 97–2003") as the page Word would save it as, written as {@link WordDocument} writes a {@code .docx}:
 * headings by style name (or the style it is based on, or the outline level), the Title style or a first paragraph
 * wholly in bold as the title, lists by level and kind, tables cell by cell, bold runs, links with their targets and
 * line breaks. A table of contents, pictures, and footnote and comment marks are left out.
 *
 * <p>The binary format keeps a paragraph's text with control characters in it: fields (a link is the field
 * {@code HYPERLINK "url"} whose result is the linked text) open with U+0013, show their result after U+0014 and close
 * with U+0015; a table cell ends with U+0007, a line break is U+000B.
 */
final class LegacyWordDocument {

    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';
    private static final char LINE_BREAK = '\u000b';
    private static final char NON_BREAKING_HYPHEN = '\u001e';
    /** The bullet list kind among Word's number formats (0 is decimal, 1–4 Roman and letters, 23 a bullet). */
    private static final int BULLET = 23;
    /** No number at all: a list level that shows nothing is not numbered. */
    private static final int NO_NUMBER = 255;
    /** How far a style's "based on" chain is followed to find a heading. */
    private static final int STYLE_DEPTH = 8;
    /** A link field's target: {@code HYPERLINK "https://…"}, with switches ({@code \o "tip"}) after it or before it. */
    private static final Pattern HYPERLINK = Pattern.compile("^\\s*HYPERLINK\\s+(?:\\\\[a-z]\\s+)*\"([^\"]+)\"");

    private LegacyWordDocument() {
    }

    /**
     * The document as a page.
     *
     * @throws IOException when the bytes are not a Word 97–2003 document (not an OLE2 file, another Office file, a
     *                     Word 6/95 document); its message says why
     */
    static Document asPage(byte[] bytes) throws IOException {
        try (HWPFDocument word = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            WordPage page = new WordPage();
            SummaryInformation properties = word.getSummaryInformation();
            page.title(properties == null ? null : properties.getTitle());
            new Writer(word, page).write(word.getRange());
            return page.page();
        } catch (RuntimeException e) { // HWPF reports a file it cannot read with unchecked exceptions of its own
            throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    /** A stretch of a paragraph's visible text with one look: bold or not, inside a link or not. */
    private record Segment(String text, boolean bold, String url) {
    }

    private static final class Writer {
        private final StyleSheet styles;
        private final WordPage page;

        Writer(HWPFDocument word, WordPage page) {
            this.styles = word.getStyleSheet();
            this.page = page;
        }

        void write(Range range) {
            int count = range.numParagraphs();
            for (int i = 0; i < count; i++) {
                Paragraph paragraph = range.getParagraph(i);
                if (paragraph.isInTable()) {
                    Table table = range.getTable(paragraph);
                    table(table);
                    i += Math.max(1, table.numParagraphs()) - 1;
                } else {
                    paragraph(paragraph);
                }
            }
        }

        private void paragraph(Paragraph paragraph) {
            String style = styleName(paragraph.getStyleIndex());
            List<Segment> segments = segments(paragraph);
            if (WordPage.isContents(style) || isBlank(segments)) {
                return;
            }
            int heading = headingLevel(paragraph);
            if (heading == 0 && page.isEmpty() && !paragraph.isInList() && isBoldTitle(segments)) {
                heading = 1;
            }
            Element element;
            if (heading > 0) {
                element = page.heading(heading);
            } else if (paragraph.isInList()) {
                int level = paragraph.getIlvl();
                int format = paragraph.getList().getNumberFormat((char) level);
                element = page.listItem(level, format != BULLET && format != NO_NUMBER);
            } else {
                element = page.paragraph();
            }
            write(segments, element);
        }

        private void table(Table table) {
            Element out = page.table();
            for (int r = 0; r < table.numRows(); r++) {
                TableRow row = table.getRow(r);
                Element tr = WordPage.row(out);
                for (int c = 0; c < row.numCells(); c++) {
                    TableCell cell = row.getCell(c);
                    Element td = WordPage.cell(tr, row.isTableHeader());
                    boolean first = true;
                    for (int p = 0; p < cell.numParagraphs(); p++) {
                        List<Segment> segments = segments(cell.getParagraph(p));
                        if (isBlank(segments)) {
                            continue;
                        }
                        if (!first) {
                            td.appendText(" ");
                        }
                        write(segments, td);
                        first = false;
                    }
                }
            }
        }

        private static void write(List<Segment> segments, Element into) {
            Element link = null;
            String linkUrl = null;
            for (Segment segment : segments) {
                Element target = into;
                if (segment.url() != null) {
                    if (link == null || !segment.url().equals(linkUrl)) {
                        link = WordPage.link(into, segment.url());
                        linkUrl = segment.url();
                    }
                    target = link;
                } else {
                    link = null;
                    linkUrl = null;
                }
                if (segment.bold() && !segment.text().isBlank()) {
                    target = WordPage.bold(into, target);
                }
                WordPage.text(target, segment.text());
            }
        }

        /**
         * The paragraph's visible text in runs of one look: field codes left out (a link's target kept for its
         * result), line breaks as new lines, Word's other marks (paragraph and cell ends, pictures, footnote and
         * comment references, page breaks) dropped.
         */
        private static List<Segment> segments(Paragraph paragraph) {
            List<Segment> segments = new ArrayList<>();
            Deque<Field> fields = new ArrayDeque<>();
            for (int r = 0; r < paragraph.numCharacterRuns(); r++) {
                CharacterRun run = paragraph.getCharacterRun(r);
                String text = run.text();
                StringBuilder visible = new StringBuilder();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == FIELD_BEGIN || c == FIELD_SEPARATOR || c == FIELD_END) {
                        flush(segments, visible, run.isBold(), fields);
                        if (c == FIELD_BEGIN) {
                            fields.push(new Field());
                        } else if (!fields.isEmpty() && c == FIELD_SEPARATOR) {
                            fields.peek().showResult();
                        } else if (!fields.isEmpty()) {
                            fields.pop();
                        }
                    } else if (!fields.isEmpty() && !fields.peek().showing) {
                        fields.peek().code.append(c);
                    } else if (c == LINE_BREAK) {
                        visible.append('\n');
                    } else if (c == NON_BREAKING_HYPHEN) {
                        visible.append('-');
                    } else if (c >= ' ' || c == '\t') {
                        visible.append(c);
                    }
                }
                flush(segments, visible, run.isBold(), fields);
            }
            return segments;
        }

        private static void flush(List<Segment> segments, StringBuilder visible, boolean bold, Deque<Field> fields) {
            if (visible.isEmpty()) {
                return;
            }
            String url = null;
            for (Field field : fields) {
                if (field.url != null) {
                    url = field.url;
                    break;
                }
            }
            segments.add(new Segment(visible.toString(), bold, url));
            visible.setLength(0);
        }

        private static boolean isBlank(List<Segment> segments) {
            return segments.stream().allMatch(s -> s.text().isBlank());
        }

        /** A first paragraph wholly in bold that reads as a title (as {@link WordDocument} takes one). */
        private static boolean isBoldTitle(List<Segment> segments) {
            StringBuilder text = new StringBuilder();
            for (Segment segment : segments) {
                if (!segment.text().isBlank() && !segment.bold()) {
                    return false;
                }
                text.append(segment.text());
            }
            return PlainText.isTitle(text.toString().strip());
        }

        /**
         * 1–6 for a heading, else 0: by the style's name or the name of a style it is based on ("Title", "heading N"),
         * else by the paragraph's outline level.
         */
        private int headingLevel(Paragraph paragraph) {
            int index = paragraph.getStyleIndex();
            for (int depth = 0; depth < STYLE_DEPTH; depth++) {
                StyleDescription style = style(index);
                if (style == null) {
                    break;
                }
                int heading = WordPage.headingOfStyle(style.getName());
                if (heading > 0) {
                    return heading;
                }
                int base = style.getBaseStyle();
                if (base == index) {
                    break;
                }
                index = base;
            }
            return WordPage.outline(paragraph.getLvl());
        }

        private String styleName(int index) {
            StyleDescription style = style(index);
            return style == null || style.getName() == null ? "" : style.getName();
        }

        /** The style of that index, or null for an index outside the style sheet (a damaged file's). */
        private StyleDescription style(int index) {
            return index >= 0 && index < styles.numStyles() ? styles.getStyleDescription(index) : null;
        }
    }

    /** An open field: its code until its separator, then its result; a link when the code is {@code HYPERLINK}. */
    private static final class Field {
        private final StringBuilder code = new StringBuilder();
        private boolean showing;
        private String url;

        void showResult() {
            showing = true;
            Matcher link = HYPERLINK.matcher(code);
            if (link.find() && !link.group(1).isBlank()) {
                url = link.group(1).strip();
            }
        }
    }
}
