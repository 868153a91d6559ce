package dev.opshistory.ingest.parse.postmortem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Locale;
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

    /** How far a style's "based on" chain is followed to find a heading. */
    private static final int STYLE_DEPTH = 8;

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
            WordPage page = new WordPage();
            page.title(word.getProperties().getCoreProperties().getTitle());
            new Writer(word, page).write(word.getBodyElements());
            return page.page();
        } catch (RuntimeException e) { // POI reports malformed parts with unchecked exceptions of its own
            throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    /** Writes body elements into a page. */
    private static final class Writer {
        private final XWPFDocument word;
        private final WordPage page;

        Writer(XWPFDocument word, WordPage page) {
            this.word = word;
            this.page = page;
        }

        void write(Iterable<IBodyElement> elements) {
            for (IBodyElement element : elements) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(paragraph);
                } else if (element instanceof XWPFTable table) {
                    table(table);
                } else if (element instanceof XWPFSDT control) {
                    WordPage.text(page.paragraph(), control.getContent().getText());
                }
            }
        }

        private void paragraph(XWPFParagraph paragraph) {
            if (WordPage.isContents(styleName(paragraph.getStyleID())) || paragraph.getText().isBlank()) {
                return;
            }
            int heading = headingLevel(paragraph.getStyleID(), paragraph.getCTP().getPPr());
            BigInteger numbering = paragraph.getNumID();
            if (heading == 0 && page.isEmpty() && numbering == null && isBoldTitle(paragraph)) {
                heading = 1;
            }
            Element element;
            if (heading > 0) {
                element = page.heading(heading);
            } else if (numbering != null && numbering.signum() > 0) {
                BigInteger level = paragraph.getNumIlvl();
                String format = paragraph.getNumFmt();
                element = page.listItem(level == null ? 0 : level.intValue(), format != null && !"bullet".equals(format));
            } else {
                element = page.paragraph();
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

        private void table(XWPFTable table) {
            Element out = page.table();
            for (XWPFTableRow row : table.getRows()) {
                Element tr = WordPage.row(out);
                for (XWPFTableCell cell : row.getTableCells()) {
                    Element td = WordPage.cell(tr, row.isRepeatHeader());
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
                    WordPage.text(into, control.getContent().getText());
                } else if (run instanceof XWPFRun textRun) {
                    Element target = into;
                    String url = run instanceof XWPFHyperlinkRun link ? url(link) : null;
                    if (url != null) {
                        target = WordPage.link(target, url);
                    }
                    if (textRun.isBold() && !textRun.text().isBlank()) {
                        target = WordPage.bold(into, target);
                    }
                    WordPage.text(target, textRun.text());
                }
            }
        }

        private String url(XWPFHyperlinkRun link) {
            XWPFHyperlink target = link.getHyperlink(word);
            return target == null || target.getURL() == null || target.getURL().isBlank() ? null : target.getURL();
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
                return WordPage.outline(own.getOutlineLvl().getVal().intValue());
            }
            String id = styleId;
            for (int depth = 0; id != null && depth < STYLE_DEPTH; depth++) {
                XWPFStyle style = word.getStyles() == null ? null : word.getStyles().getStyle(id);
                if (style == null) {
                    return 0;
                }
                int heading = WordPage.headingOfStyle(styleName(id));
                if (heading > 0) {
                    return heading;
                }
                CTPPrBase properties = style.getCTStyle().getPPr();
                if (properties != null && properties.getOutlineLvl() != null && properties.getOutlineLvl().getVal() != null) {
                    return WordPage.outline(properties.getOutlineLvl().getVal().intValue());
                }
                id = style.getBasisStyleID();
            }
            return 0;
        }
    }
}
