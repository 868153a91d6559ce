package dev.opshistory.ingest.parse.postmortem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A postmortem kept as PDF (Confluence's "Export to PDF", a page a browser saved as PDF, Google Docs' and Word's PDF
 * downloads, a vendor's RCA), as the Markdown {@link MarkdownPostmortemMapper} reads. A PDF keeps no structure, only
 * characters with their font, size and place ({@link PdfLineCollector}); {@link PdfMarkdown} reads the structure back
 * from those. What a browser or an exporter prints on every page is left out first: lines that are only a page
 * number, lines found on more than half of the pages (of two or more) with their digits taken as equal ("Page 2 of
 * 5", a running title), and lines set smaller than the body in a page's top or bottom margin (a browser's printing
 * date, title and address).
 */
final class PdfDocument {

    /** The top and bottom share of a page where printers put headers and footers. */
    private static final float MARGIN = 0.06f;
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(page\\s*)?\\d{1,4}(\\s*(/|of)\\s*\\d{1,4})?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    static {
        // PDFBox keeps a cache of the machine's fonts (for fonts a PDF names but does not embed), by default in the
        // user's home: a reader of exports should not write there; the temporary folder holds it instead.
        if (System.getProperty("pdfbox.fontcache") == null) {
            System.setProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir"));
        }
    }

    private PdfDocument() {
    }

    /**
     * The document as Markdown; its title from the document's properties when no line is set as a heading.
     *
     * @throws IOException when the bytes are not a readable PDF (not a PDF, damaged beyond repair, encrypted with a
     *                     password) or hold no text (a scan); its message says why
     */
    static AsMarkdown read(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<PdfLine> lines = withoutPageFurniture(PdfLineCollector.lines(pdf), pdf.getNumberOfPages());
            if (lines.isEmpty()) {
                throw new IOException("it holds no text (a scanned document needs text recognition first)");
            }
            String title = pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getTitle();
            return new AsMarkdown(PdfMarkdown.of(lines, title), null);
        } catch (InvalidPasswordException e) {
            throw new IOException("it is encrypted with a password", e);
        } catch (RuntimeException e) { // PDFBox reports some damaged files with unchecked exceptions
            throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    private static List<PdfLine> withoutPageFurniture(List<PdfLine> lines, int pages) {
        float body = PdfMarkdown.bodySize(lines);
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        for (PdfLine line : lines) {
            pagesOf.computeIfAbsent(shape(line.text()), k -> new TreeSet<>()).add(line.page());
        }
        List<PdfLine> kept = new ArrayList<>();
        for (PdfLine line : lines) {
            boolean pageNumber = PAGE_NUMBER.matcher(line.text().strip()).matches();
            boolean everyPage = pages >= 2 && pagesOf.get(shape(line.text())).size() * 2 > pages;
            boolean margin = (line.place() < MARGIN || line.place() > 1 - MARGIN) && line.roundedSize() < body;
            if (!pageNumber && !everyPage && !margin && !line.text().isBlank()) {
                kept.add(line);
            }
        }
        return kept;
    }

    private static String shape(String text) {
        return DIGITS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("#");
    }
}
