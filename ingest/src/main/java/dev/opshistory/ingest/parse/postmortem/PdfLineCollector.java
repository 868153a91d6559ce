package dev.opshistory.ingest.parse.postmortem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    /** The page's lines as printed, each its words: a page is laid out whole before its lines are written. */
    private final List<PrintedLine> pageLines = new ArrayList<>();
    private List<Link> pageLinks = List.of();
    private float pageHeight;
    private float pageWidth;

    private record Link(PDRectangle area, String uri) {
    }

    /** A line's words as the stripper hands them over, left to right, and whether a paragraph ends with it. */
    private record PrintedLine(List<List<TextPosition>> words, boolean paragraphEnd) {

        PrintedLine endingParagraph() {
            return new PrintedLine(words, true);
        }

        float top() {
            return SidebarColumn.top(words);
        }
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
        pageWidth = page.getMediaBox().getWidth();
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
        }
        if (!word.isEmpty()) {
            words.add(word);
        }
    }

    /** The links over a character: a link's area is in PDF space (origin bottom left), a character's from the top. */
    private void noteLinks(TextPosition position, Set<String> links) {
        float x = position.getXDirAdj() + position.getWidthDirAdj() / 2;
        float y = pageHeight - position.getYDirAdj() + position.getHeightDir() / 2;
        for (Link link : pageLinks) {
            if (x >= link.area.getLowerLeftX() - 1 && x <= link.area.getUpperRightX() + 1
                    && y >= link.area.getLowerLeftY() - 1 && y <= link.area.getUpperRightY() + 1) {
                links.add(link.uri);
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
        writeLinesOfPage();
        super.endPage(page);
    }

    private void endLine(boolean paragraphEnd) {
        if (!words.isEmpty()) {
            pageLines.add(new PrintedLine(List.copyOf(words), paragraphEnd));
        } else if (paragraphEnd && !pageLines.isEmpty()) {
            pageLines.add(pageLines.remove(pageLines.size() - 1).endingParagraph());
        }
        words.clear();
    }

    /**
     * The page's lines in reading order. A page printed with a sidebar (a web app's page printed to PDF: a
     * postmortem's owner, impact time and duration beside its text) is read as two columns, the sidebar where it
     * starts and then the main text beside it, instead of line by line across both ({@link SidebarColumn}).
     */
    private void writeLinesOfPage() {
        Optional<SidebarColumn> sidebar = SidebarColumn.find(pageLines.stream().map(PrintedLine::words).toList(), pageWidth);
        if (sidebar.isEmpty()) {
            pageLines.forEach(line -> lines.add(line(line.words(), line.paragraphEnd())));
        } else {
            writeWithSidebar(sidebar.get());
        }
        pageLines.clear();
    }

    /**
     * The page's lines cut at the sidebar's edge beside it: what stands above the sidebar (the title), the sidebar, then
     * the main text beside it, which may run on to the next page. A heading level with the sidebar's first line (a
     * line's height above it at most) follows the sidebar, as the text under it does.
     */
    private void writeWithSidebar(SidebarColumn column) {
        List<PdfLine> main = new ArrayList<>();
        List<PrintedLine> side = new ArrayList<>();
        for (PrintedLine line : pageLines) {
            boolean beside = column.beside(line.words());
            List<List<TextPosition>> left = line.words().stream().filter(w -> !beside || !column.holds(w)).toList();
            List<List<TextPosition>> right = line.words().stream().filter(w -> beside && column.holds(w)).toList();
            if (!left.isEmpty()) {
                main.add(line(left, line.paragraphEnd()));
            }
            if (!right.isEmpty()) {
                side.add(new PrintedLine(right, false));
            }
        }
        float sidebarTop = side.get(0).top() - 1.2f * sizeOf(side.get(0).words().get(0).get(0));
        int above = 0;
        while (above < main.size() && main.get(above).top() < sidebarTop) {
            above++;
        }
        lines.addAll(main.subList(0, above));
        if (above > 0) {
            lines.add(lines.remove(lines.size() - 1).endingParagraph());
        }
        for (int i = 0; i < side.size(); i++) {
            // the sidebar's paragraphs are told by the space between them
            PrintedLine line = side.get(i);
            float size = sizeOf(line.words().get(0).get(0));
            boolean end = i + 1 == side.size() || side.get(i + 1).top() - line.top() > 1.8f * Math.max(size, 1);
            lines.add(line(line.words(), end));
        }
        lines.addAll(main.subList(above, main.size()));
    }

    private PdfLine line(List<List<TextPosition>> words, boolean paragraphEnd) {
        float size = 0;
        boolean bold = true;
        Set<String> lineLinks = new LinkedHashSet<>();
        for (List<TextPosition> word : words) {
            for (TextPosition position : word) {
                noteLinks(position, lineLinks);
                size = Math.max(size, sizeOf(position));
                bold &= isBold(position.getFont());
            }
        }
        float gap = cellGap(words);
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

    /**
     * The space that sets a line's words in different cells: wider than its characters are, and at least an em of the
     * font's own size. (Not of the drawn size: a browser sets fonts at size 1, so its pages get no floor, which suits
     * the narrow padding of the tables browsers print.)
     */
    static float cellGap(List<List<TextPosition>> words) {
        float size = 0;
        float widths = 0;
        int characters = 0;
        for (List<TextPosition> word : words) {
            for (TextPosition position : word) {
                size = Math.max(size, position.getFontSizeInPt());
                widths += position.getWidthDirAdj();
                characters++;
            }
        }
        return Math.max(CELL_GAP * widths / Math.max(characters, 1), 0.8f * size);
    }

    /**
     * A character's size as printed, in points. Browsers (Chrome's and Skia's PDFs) set every font at size 1 and
     * scale the page instead, so the font's own size says nothing there; the scale the character is drawn at does.
     */
    static float sizeOf(TextPosition position) {
        float drawn = position.getYScale();
        return drawn > 0 ? drawn : position.getFontSizeInPt();
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
