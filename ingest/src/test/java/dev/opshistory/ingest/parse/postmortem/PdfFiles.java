package dev.opshistory.ingest.parse.postmortem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.util.Matrix;

/**
 * PDFs written with PDFBox for the tests, one A4 page after another: lines of text in a size and weight at a place,
 * links over a line, as any PDF writer lays them out (a PDF has no headings or tables, only text at places).
 */
final class PdfFiles {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEFT = 72;

    private record Text(String text, float size, boolean bold, float x, float gapBefore, String link) {
    }

    /** Where a sidebar's text starts ({@link #sideBySide}): in the page's right half, as a web page prints one. */
    static final float SIDEBAR = 400;

    private final List<List<Text>> pages = new ArrayList<>(List.of(new ArrayList<>()));
    private String title;
    private boolean drawnAtScale;

    /**
     * Every text set at font size 1 and drawn at its size by scaling the page, as browsers print pages (Chrome's
     * and Skia's PDFs): the font's size then says nothing, only the scale does.
     */
    PdfFiles drawnAtScale() {
        drawnAtScale = true;
        return this;
    }

    /** A line of the main text and, on the same line, a line of a sidebar at {@link #SIDEBAR}. */
    PdfFiles sideBySide(float mainSize, String main, float sideSize, String side) {
        add(new Text(main, mainSize, mainSize > 11, LEFT, mainSize > 11 ? 10 : 0, null));
        return add(new Text(side, sideSize, false, SIDEBAR, Float.NaN, null));
    }

    /** A line of body text (11 pt). */
    PdfFiles line(String text) {
        return add(new Text(text, 11, false, LEFT, 0, null));
    }

    /** A heading: larger, bold, with space above. */
    PdfFiles heading(float size, String text) {
        return add(new Text(text, size, true, LEFT, 10, null));
    }

    /** A line wholly in bold at body size. */
    PdfFiles bold(String text) {
        return add(new Text(text, 11, true, LEFT, 6, null));
    }

    /** A row of cells, each at its own x (points from the left), at body size. */
    PdfFiles row(float[] xs, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            add(new Text(cells[i], 11, false, xs[i], i == 0 ? 0 : Float.NaN, null));
        }
        return this;
    }

    /** A line of body text with a link over it. */
    PdfFiles link(String text, String url) {
        return add(new Text(text, 11, false, LEFT, 0, url));
    }

    /** Starts a new page. */
    PdfFiles page() {
        pages.add(new ArrayList<>());
        return this;
    }

    /** The document's title in its properties. */
    PdfFiles title(String title) {
        this.title = title;
        return this;
    }

    private PdfFiles add(Text text) {
        pages.get(pages.size() - 1).add(text);
        return this;
    }

    byte[] bytes() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (title != null) {
                document.getDocumentInformation().setTitle(title);
            }
            for (List<Text> texts : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                float y = PDRectangle.A4.getHeight() - 72;
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (Text text : texts) {
                        if (!Float.isNaN(text.gapBefore)) { // NaN: the next cell of a row, on the same line
                            y -= text.size * 1.4f + text.gapBefore;
                        }
                        if (drawnAtScale) {
                            content.saveGraphicsState();
                            content.transform(new Matrix(text.size, 0, 0, text.size, text.x, y));
                            content.beginText();
                            content.setFont(text.bold ? BOLD : REGULAR, 1);
                            content.newLineAtOffset(0, 0);
                        } else {
                            content.beginText();
                            content.setFont(text.bold ? BOLD : REGULAR, text.size);
                            content.newLineAtOffset(text.x, y);
                        }
                        content.showText(text.text);
                        content.endText();
                        if (drawnAtScale) {
                            content.restoreGraphicsState();
                        }
                        if (text.link != null) {
                            PDAnnotationLink link = new PDAnnotationLink();
                            PDActionURI uri = new PDActionURI();
                            uri.setURI(text.link);
                            link.setAction(uri);
                            float width = REGULAR.getStringWidth(text.text) / 1000 * text.size;
                            link.setRectangle(new PDRectangle(text.x, y - 2, width, text.size + 2));
                            page.getAnnotations().add(link);
                        }
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
