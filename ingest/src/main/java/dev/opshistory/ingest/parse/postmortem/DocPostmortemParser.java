package dev.opshistory.ingest.parse.postmortem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Postmortems kept as {@code .doc} files, which hold one of three things: a legacy Word 97–2003 document (the binary
 * format, {@link LegacyWordDocument}); Confluence's "Export to Word", a MIME message around an HTML page
 * ({@link MimeHtml}); or a web page that a tool named {@code .doc} so that Word opens it (and a {@code .docx} renamed
 * {@code .doc}, which Word opens too). Each is read as the page it is, through {@link HtmlDocument}, and judged as
 * {@link BinaryPostmortemParser} says. An RTF document saved as {@code .doc}, and Word 6/95 documents, are one reject
 * saying so.
 */
public final class DocPostmortemParser extends BinaryPostmortemParser {

    public static final String FORMAT = "postmortem-doc";

    /** The first bytes of every OLE2 compound file, the container of Word 97–2003 documents. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    /** The first bytes of a zip archive, the container of a {@code .docx}. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    public DocPostmortemParser() {
        super(FORMAT, "Word 97-2003 document", "doc");
    }

    /** Only a file named {@code .doc} is taken: an OLE2 file without a name could as well be a spreadsheet. */
    @Override
    boolean opensAs(String head) {
        return false;
    }

    @Override
    AsMarkdown convert(byte[] document) throws IOException {
        if (startsWith(document, OLE2)) {
            return HtmlDocument.read(LegacyWordDocument.asPage(document));
        }
        if (startsWith(document, ZIP)) { // a .docx renamed .doc, which Word opens all the same
            return HtmlDocument.read(WordDocument.asPage(document));
        }
        String head = new String(document, 0, Math.min(document.length, 4096), StandardCharsets.ISO_8859_1);
        if (MimeHtml.opensAs(head)) {
            return HtmlDocument.read(MimeHtml.html(document));
        }
        String start = head.replaceFirst("^ï»¿", ""); // without a UTF-8 BOM
        if (start.stripLeading().toLowerCase(Locale.ROOT).startsWith("{\\rtf")) {
            throw new IOException("an RTF document named .doc; save it as .docx");
        }
        if (HtmlDocument.isHtml("", start)) {
            return HtmlDocument.read(HtmlDocument.decode(document));
        }
        throw new IOException("neither a Word 97-2003 document, nor a Confluence \"Export to Word\" file, nor a web page");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
