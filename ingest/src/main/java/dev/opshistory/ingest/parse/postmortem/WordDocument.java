package dev.opshistory.ingest.parse.postmortem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;

/**
 * A Word document ({@code .docx}, as Word writes it and as Google Docs downloads it) as the HTML page Word would save
 * it as, for {@link HtmlDocument} to turn into Markdown: headings by their style (Word's built-in style names are
 * English whatever the language of the user interface: "heading 1", "Title"; a style of one's own counts as the
 * heading it is based on or the outline level it sets), lists by their numbering (bullets or numbers, nested by
 * level), tables cell by cell, bold runs as {@code <strong>} (the bold labels of templates' field lines and
 * pseudo-headings), links with their targets (an incident's URL names it), line breaks, and content controls'
 * text (templates' fill-in fields, Word's check boxes ☐/☒). A table of contents is left out: it repeats the headings.
 * The title is the document's Title paragraph, or a first paragraph written wholly in bold, else the title in its
 * properties. Headers, footers, comments and
 * footnotes are not read: they are not the write-up.
 */
final class WordDocument {

    private static final Pattern HEADING_STYLE = Pattern.compile("heading ([1-9])");
    /** How far a style's "based on" chain is followed to find a heading. */
    private static final int STYLE_DEPTH = 8;
    /** Word's lists have nine levels, 0 to 8. */
    private static final int DEEPEST_LIST_LEVEL = 8;

    private WordDocument() {
    }

    /**
     * The document as a page.
     *
     * @throws IOException when the bytes are not a Word document (not a zip, no document part, a part that is not
     *                     OOXML, an archive POI's zip-bomb limits refuse); its message says why
     */
    static Document asPage(byte[] bytes) throws IOException {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Document page = Document.createShell("");
            String title = word.getProperties().getCoreProperties().getTitle();
            if (title != null && !title.isBlank()) {
                page.title(title.strip());
            }
            new Writer(word, page.body()).write(word.getBodyElements());
            return page;
        } catch (RuntimeException e) { // POI reports malformed parts with unchecked exceptions of its own
            throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    /** Writes body elements into a page body, keeping the open lists between paragraphs. */
    private static final class Writer {
        private final XWPFDocument word;
        private final Element body;
        /** The open lists, innermost last; empty outside a list. */
        private final Deque<Element> lists = new ArrayDeque<>();

        Writer(XWPFDocument word, Element body) {
            this.word = word;
            this.body = body;
        }

        void write(Iterable<IBodyElement> elements) {
            for (IBodyElement element : elements) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(paragraph);
                } else {
                    lists.clear();
                    if (element instanceof XWPFTable table) {
                        table(table, body);
                    } else if (element instanceof XWPFSDT control) {
                        text(body.appendElement("p"), control.getContent().getText());
                    }
                }
            }
        }

        private void paragraph(XWPFParagraph paragraph) {
            String style = styleName(paragraph.getStyleID());
            if (style.startsWith("toc") || paragraph.getText().isBlank()) {
                return;
            }
            int heading = headingLevel(paragraph.getStyleID(), paragraph.getCTP().getPPr());
            BigInteger numbering = paragraph.getNumID();
            if (heading == 0 && body.childrenSize() == 0 && numbering == null && isBoldTitle(paragraph)) {
                heading = 1;
            }
            Element element;
            if (heading > 0) {
                lists.clear();
                element = body.appendElement("h" + heading);
            } else if (numbering != null && numbering.signum() > 0) {
                element = listItem(paragraph);
            } else {
                lists.clear();
                element = body.appendElement("p");
            }
            runs(paragraph, element);
        }

        /**
         * Whether the document's first paragraph is a title written without styles, as many Word documents are: wholly
         * bold, and a title by {@link PlainText#isTitle} (short, not a section's name or a field). Later bold
         * paragraphs are the pseudo-headings the Markdown reader already takes.
         */
        private static boolean isBoldTitle(XWPFParagraph paragraph) {
            boolean bold = false;
            for (XWPFRun run : paragraph.getRuns()) {
                if (!run.text().isBlank()) {
                    if (!run.isBold()) {
                        return false;
                    }
                    bold = true;
                }
            }
            return bold && PlainText.isTitle(paragraph.getText().strip());
        }

        /** A list item at its level: lists open and close as the levels go in and out, a new kind starts a new list. */
        private Element listItem(XWPFParagraph paragraph) {
            BigInteger ilvl = paragraph.getNumIlvl();
            int level = ilvl == null ? 0 : Math.min(ilvl.intValue(), DEEPEST_LIST_LEVEL);
            String tag = "bullet".equals(paragraph.getNumFmt()) || paragraph.getNumFmt() == null ? "ul" : "ol";
            while (lists.size() > level + 1) {
                lists.removeLast();
            }
            if (lists.size() == level + 1 && !lists.getLast().tagName().equals(tag)) {
                lists.removeLast();
            }
            while (lists.size() < level + 1) {
                Element parent = lists.isEmpty() ? body
                        : lists.getLast().children().isEmpty() ? lists.getLast().appendElement("li")
                        : lists.getLast().children().last();
                lists.addLast(parent.appendElement(tag));
            }
            return lists.getLast().appendElement("li");
        }

        private void table(XWPFTable table, Element parent) {
            Element out = parent.appendElement("table");
            for (XWPFTableRow row : table.getRows()) {
                Element tr = out.appendElement("tr");
                for (XWPFTableCell cell : row.getTableCells()) {
                    Element td = tr.appendElement(row.isRepeatHeader() ? "th" : "td");
                    boolean first = true;
                    for (XWPFParagraph paragraph : cell.getParagraphs()) {
                        if (paragraph.getText().isBlank()) {
                            continue;
                        }
                        if (!first) {
                            td.appendText(" ");
                        }
                        runs(paragraph, td);
                        first = false;
                    }
                }
            }
        }

        /** The paragraph's runs: text, bold as {@code <strong>}, links as {@code <a>}, content controls' text. */
        private void runs(XWPFParagraph paragraph, Element into) {
            for (IRunElement run : paragraph.getIRuns()) {
                if (run instanceof XWPFSDT control) {
                    text(into, control.getContent().getText());
                } else if (run instanceof XWPFRun textRun) {
                    Element target = into;
                    String url = run instanceof XWPFHyperlinkRun link ? url(link) : null;
                    if (url != null) {
                        target = target.appendElement("a").attr("href", url);
                    }
                    if (textRun.isBold() && !textRun.text().isBlank() && !isHeading(into)) { // a heading is bold already
                        target = url == null && lastNode(target) instanceof Element last && last.tagName().equals("strong")
                                ? last // Word splits one bold label into several runs: "**Root cause:**", not "**Root** **cause:**"
                                : target.appendElement("strong");
                    }
                    text(target, textRun.text());
                }
            }
        }

        private static boolean isHeading(Element element) {
            return element.tagName().length() == 2 && element.tagName().charAt(0) == 'h'
                    && Character.isDigit(element.tagName().charAt(1));
        }

        private static org.jsoup.nodes.Node lastNode(Element element) {
            return element.childNodeSize() == 0 ? null : element.childNode(element.childNodeSize() - 1);
        }

        private String url(XWPFHyperlinkRun link) {
            XWPFHyperlink target = link.getHyperlink(word);
            return target == null || target.getURL() == null || target.getURL().isBlank() ? null : target.getURL();
        }

        /** Text with its line breaks ({@code <w:br/>}, and paragraphs inside a content control) as {@code <br>}. */
        private static void text(Element into, String text) {
            String[] lines = text.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    into.appendElement("br");
                }
                into.appendText(lines[i].replace('\t', ' '));
            }
        }

        /** The style's name in lower case ("heading 1", "title", "toc 1"), or "" for none. */
        private String styleName(String styleId) {
            XWPFStyle style = styleId == null || word.getStyles() == null ? null : word.getStyles().getStyle(styleId);
            String name = style == null ? null : style.getName();
            return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        }

        /**
         * 1–6 for a heading, else 0: the Title style is level one; "heading N" is level N; a style of one's own is
         * the heading it is based on or the outline level it (or the paragraph) sets. Levels past 6 are 6, as HTML's.
         */
        private int headingLevel(String styleId, CTPPrBase own) {
            if (own != null && own.getOutlineLvl() != null && own.getOutlineLvl().getVal() != null) {
                return outline(own.getOutlineLvl().getVal().intValue());
            }
            String id = styleId;
            for (int depth = 0; id != null && depth < STYLE_DEPTH; depth++) {
                XWPFStyle style = word.getStyles() == null ? null : word.getStyles().getStyle(id);
                if (style == null) {
                    return 0;
                }
                String name = styleName(id);
                if (name.equals("title")) {
                    return 1;
                }
                Matcher heading = HEADING_STYLE.matcher(name);
                if (heading.matches()) {
                    return Math.min(6, Integer.parseInt(heading.group(1)));
                }
                CTPPrBase properties = style.getCTStyle().getPPr();
                if (properties != null && properties.getOutlineLvl() != null && properties.getOutlineLvl().getVal() != null) {
                    return outline(properties.getOutlineLvl().getVal().intValue());
                }
                id = style.getBasisStyleID();
            }
            return 0;
        }

        /** Word's outline level (0 = level one; 9 = body text) as a heading level, 0 for body text. */
        private static int outline(int level) {
            return level >= 9 ? 0 : Math.min(6, level + 1);
        }
    }
}
