package dev.opshistory.ingest.parse.postmortem;

import java.io.IOException;

/**
 * Postmortems kept as OpenDocument text ({@code .odt}): written in LibreOffice or OpenOffice, or downloaded from
 * Google Docs. The document is read as the page it would be saved as ({@link OpenDocumentText}), that page as
 * Markdown ({@link HtmlDocument}), as {@link BinaryPostmortemParser} says. A file without an extension is taken when
 * it opens as an OpenDocument text does: a zip archive whose first part, stored uncompressed, names its type.
 */
public final class OdtPostmortemParser extends BinaryPostmortemParser {

    public static final String FORMAT = "postmortem-odt";

    public OdtPostmortemParser() {
        super(FORMAT, "OpenDocument text", "odt");
    }

    @Override
    boolean opensAs(String head) {
        return head.startsWith("PK\u0003\u0004") && head.contains("mimetypeapplication/vnd.oasis.opendocument.text");
    }

    @Override
    AsMarkdown convert(byte[] document) throws IOException {
        return HtmlDocument.read(OpenDocumentText.asPage(document));
    }
}
