package dev.opshistory.ingest.parse.postmortem;

import java.io.IOException;

/**
 * Postmortems kept as Word documents ({@code .docx}): written in Word, or downloaded from Google Docs, whose default
 * download is a Word document. The document is read as the page Word would save it as ({@link WordDocument}), that
 * page as Markdown ({@link HtmlDocument}), as {@link BinaryPostmortemParser} says.
 *
 * <p>A {@code .docx} is a zip archive whose parts can come in any order, so its first bytes say nothing of its text:
 * a file without an extension is taken when it opens as a zip archive whose first part is Word's. The legacy
 * {@code .doc} is {@link DocPostmortemParser}'s.
 */
public final class DocxPostmortemParser extends BinaryPostmortemParser {

    public static final String FORMAT = "postmortem-docx";

    /** The start of every zip archive: a local file header. */
    private static final String ZIP_START = "PK\u0003\u0004";

    public DocxPostmortemParser() {
        super(FORMAT, "Word document", "docx");
    }

    @Override
    boolean opensAs(String head) {
        return head.startsWith(ZIP_START) && (head.contains("word/") || head.contains("[Content_Types].xml"));
    }

    @Override
    AsMarkdown convert(byte[] document) throws IOException {
        return HtmlDocument.read(WordDocument.asPage(document));
    }
}
