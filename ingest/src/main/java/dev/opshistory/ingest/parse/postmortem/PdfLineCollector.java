package dev.opshistory.ingest.parse.postmortem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text as lines ({@link PdfLine}), in reading order, with what PDFBox knows of each character: its font (bold
 * or not), size and place, and the web links over it. Words set further apart than {@link #CELL_GAP} times their
 * characters' mean width (and at least one font size, an em) are in different cells: the columns of a table.
 */
final class PdfLineCollector extends PDFTextStripper {

    private static final float CELL_GAP = 1.6f;

    private final List<PdfLine> lines = new ArrayList<>();
    private final List<List<TextPosition>> words = new ArrayList<>();
    private final Set<String> lineLinks = new LinkedHashSet<>();
    private List<Link> pageLinks = List.of();
    private float pageHeight;

    private record Link(PDRectangle area, String uri) {
    }

    private PdfLineCollector() throws IOException {
        setSortByPosition(true);
    }

    /** The document's lines. */
    static List<PdfLine> lines(PDDocument pdf) throws IOException {
        PdfLineCollector collector = new PdfLineCollector();
        collector.getText(pdf);
        return collector.lines;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        super.startPage(page);
        pageHeight = page.getMediaBox().getHeight();
        List<Link> links = new ArrayList<>();
        for (PDAnnotation annotation : page.getAnnotations()) {
            // only web addresses: a browser's PDF also links its own page parts and local files
            if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                    && uri.getURI() != null && uri.getURI().matches("(?i)https?://.+") && annotation.getRectangle() != null) {
                links.add(new Link(annotation.getRectangle(), uri.getURI()));
            }
        }
        pageLinks = links;
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
        List<TextPosition> word = new ArrayList<>();
        for (TextPosition position : positions) {
            if (position.getUnicode() == null || position.getUnicode().isBlank()) {
                if (!word.isEmpty()) {
                    words.add(word);
                    word = new ArrayList<>();
                }
                continue;
            }
            word.add(position);
            noteLink(position);
        }
        if (!word.isEmpty()) {
            words.add(word);
        }
    }

    /** The link over a character, if any: a link's area is in PDF space (origin bottom left), a character's from the top. */
    private void noteLink(TextPosition position) {
        float x = position.getXDirAdj() + position.getWidthDirAdj() / 2;
        float y = pageHeight - position.getYDirAdj() + position.getHeightDir() / 2;
        for (Link link : pageLinks) {
            if (x >= link.area.getLowerLeftX() - 1 && x <= link.area.getUpperRightX() + 1
                    && y >= link.area.getLowerLeftY() - 1 && y <= link.area.getUpperRightY() + 1) {
                lineLinks.add(link.uri);
            }
        }
    }

    @Override
    protected void writeLineSeparator() {
        endLine(false);
    }

    @Override
    protected void writeParagraphEnd() {
        endLine(true);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine(true);
        super.endPage(page);
    }

    private void endLine(boolean paragraphEnd) {
        if (!words.isEmpty()) {
            lines.add(line(paragraphEnd));
        } else if (paragraphEnd && !lines.isEmpty()) {
            lines.add(lines.remove(lines.size() - 1).endingParagraph());
        }
        words.clear();
        lineLinks.clear();
    }

    private PdfLine line(boolean paragraphEnd) {
        float size = 0;
        boolean bold = true;
        float widths = 0;
        int characters = 0;
        for (List<TextPosition> word : words) {
            for (TextPosition position : word) {
                size = Math.max(size, position.getFontSizeInPt());
                bold &= isBold(position.getFont());
                widths += position.getWidthDirAdj();
                characters++;
            }
        }
        float gap = Math.max(CELL_GAP * widths / characters, 0.8f * size);
        List<PdfLine.Cell> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        StringBuilder text = new StringBuilder();
        float left = words.get(0).get(0).getXDirAdj();
        TextPosition last = null;
        for (List<TextPosition> word : words) {
            TextPosition first = word.get(0);
            if (last != null) {
                float end = last.getXDirAdj() + last.getWidthDirAdj();
                if (first.getXDirAdj() - end > gap) {
                    cells.add(new PdfLine.Cell(cell.toString(), left, end));
                    cell.setLength(0);
                    left = first.getXDirAdj();
                } else {
                    cell.append(' ');
                }
                text.append(' ');
            }
            for (TextPosition position : word) {
                cell.append(position.getUnicode());
                text.append(position.getUnicode());
            }
            last = word.get(word.size() - 1);
        }
        cells.add(new PdfLine.Cell(cell.toString(), left, last.getXDirAdj() + last.getWidthDirAdj()));
        float top = words.get(0).get(0).getYDirAdj();
        return new PdfLine(text.toString(), List.copyOf(cells), size, bold, getCurrentPageNo(), top, pageHeight,
                paragraphEnd, List.copyOf(lineLinks));
    }

    private static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600)) {
            return true;
        }
        String name = font.getName();
        return name != null && name.toLowerCase(Locale.ROOT).matches(".*(bold|black|heavy|semibold|demi).*");
    }
}
