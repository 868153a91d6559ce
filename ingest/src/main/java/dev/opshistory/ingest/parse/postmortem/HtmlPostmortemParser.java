package dev.opshistory.ingest.parse.postmortem;

/**
 * Postmortems saved as HTML pages (Confluence exports, Google Docs and Word "web page" downloads, write-ups saved
 * from a blog): the page's content as Markdown ({@link HtmlDocument}), read as {@link ConvertedPostmortemParser}
 * says. A page is known by its extension ({@code .html}, {@code .htm}, {@code .xhtml}) or by a head that opens as
 * one; a page in a legacy charset it declares is decoded with it.
 */
public final class HtmlPostmortemParser extends ConvertedPostmortemParser {

    public static final String FORMAT = "postmortem-html";

    public HtmlPostmortemParser() {
        super(FORMAT, "HTML page", "not an HTML page");
    }

    @Override
    boolean takes(String extension, String head) {
        return HtmlDocument.isHtml(extension, head);
    }

    @Override
    AsMarkdown convert(String text) {
        return HtmlDocument.read(text);
    }

    @Override
    String decode(byte[] bytes) {
        return HtmlDocument.decode(bytes);
    }
}
