package dev.opshistory.ingest.parse.postmortem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Postmortems saved as single-file web pages ({@code .mhtml} from a browser's "Save as: Webpage, Single File",
 * {@code .mht} from Word's "Single File Web Page" or Internet Explorer): a MIME message around the page and its
 * images ({@link MimeHtml}), whose page is read as {@link HtmlDocument} reads a saved page (a Confluence page, a
 * Google Docs document or a blog post saved so), and judged as {@link BinaryPostmortemParser} says. A file without
 * an extension is taken when its first lines are a MIME message's header.
 */
public final class MhtmlPostmortemParser extends BinaryPostmortemParser {

    public static final String FORMAT = "postmortem-mhtml";

    public MhtmlPostmortemParser() {
        super(FORMAT, "single-file web page", "mhtml", "mht");
    }

    @Override
    boolean opensAs(String head) {
        return MimeHtml.opensAs(head) && MimeHtml.namesHtml(head);
    }

    @Override
    AsMarkdown convert(byte[] document) throws IOException {
        return HtmlDocument.read(MimeHtml.html(document));
    }
}
