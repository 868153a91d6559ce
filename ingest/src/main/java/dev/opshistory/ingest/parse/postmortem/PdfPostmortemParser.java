package dev.opshistory.ingest.parse.postmortem;

import java.io.IOException;

/**
 * Postmortems kept as PDF ({@code .pdf}): Confluence's "Export to PDF", a write-up a browser saved as PDF, Google
 * Docs' and Word's PDF downloads, a vendor's RCA. The text is read back into Markdown from its fonts and places
 * ({@link PdfDocument}), as {@link BinaryPostmortemParser} says. A scanned PDF without text, or one that needs a
 * password, is one reject saying so.
 */
public final class PdfPostmortemParser extends BinaryPostmortemParser {

    public static final String FORMAT = "postmortem-pdf";

    public PdfPostmortemParser() {
        super(FORMAT, "PDF document", "pdf");
    }

    @Override
    boolean opensAs(String head) {
        return head.startsWith("%PDF-");
    }

    @Override
    AsMarkdown convert(byte[] document) throws IOException {
        return PdfDocument.read(document);
    }
}
