package dev.opshistory.ingest.parse.postmortem;

import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.ExportParser;
import dev.opshistory.ingest.parse.FileExtension;
import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Reject;
import java.io.IOException;
import java.io.InputStream;

/**
 * Postmortems saved as HTML pages (Confluence exports, Google Docs and Word "web page" downloads, write-ups saved
 * from a blog): the page's content is turned into Markdown ({@link HtmlDocument}) and read as a Markdown
 * postmortem is, sections, fields, action items and all. One file is one postmortem: one accept, or one reject
 * (empty, binary, over 32 MiB, or a page without postmortem sections, also when {@code --format} names this parser).
 *
 * <p>Detection converts the first bytes and asks the Markdown parser about the result: a postmortem section or
 * postmortem front matter makes an HTML page a postmortem, with the Markdown parser's score. Prose alone does not,
 * even prose that tells of an incident: every wiki page and runbook has some. A page named {@code .html} whose
 * first bytes show no section (a web page's head can fill 64 KiB with styles and scripts) is still taken, with a
 * low score, and judged on its whole text when parsed.
 */
public final class HtmlPostmortemParser implements ExportParser {

    public static final String FORMAT = "postmortem-html";

    /**
     * The lowest Markdown detection that makes a page a postmortem: a postmortem section (or front matter). Prose
     * that tells of an incident is enough in a Markdown file, whose name says it is a write-up; a wiki page or runbook
     * saved as HTML tells of restarts and minutes too.
     */
    private static final int LEAST_MARKDOWN_SCORE = 60;
    /** A page by its name whose first bytes say nothing yet. */
    private static final int UNREAD_PAGE_SCORE = 10;

    private final MarkdownPostmortemParser markdown = new MarkdownPostmortemParser();
    private final MarkdownPostmortemMapper mapper = new MarkdownPostmortemMapper();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public int highestScore() {
        return markdown.highestScore();
    }

    @Override
    public Detection detect(String fileName, String head) {
        String extension = FileExtension.of(fileName);
        if (!HtmlDocument.isHtml(extension, head)) {
            return new Detection(0, "not an HTML page");
        }
        Detection asMarkdown = asMarkdown(fileName, HtmlDocument.read(head).markdown());
        if (asMarkdown.score() >= LEAST_MARKDOWN_SCORE) {
            return Detection.yes(asMarkdown.score(), "HTML page read as Markdown: " + asMarkdown.reason());
        }
        if (!extension.isEmpty()) {
            return Detection.yes(UNREAD_PAGE_SCORE, "HTML page whose first bytes tell of no incident"
                    + " (read whole: a postmortem, or one reject)");
        }
        return new Detection(0, "HTML page that tells of no incident");
    }

    @Override
    public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
        DocumentText.Read read = DocumentText.read(in, HtmlDocument::decode);
        if (read.problem() != null) {
            sink.reject(Reject.of(fileName, "file", null, read.problem(), null));
            return;
        }
        HtmlDocument.Page page = HtmlDocument.read(read.text());
        Detection asMarkdown = asMarkdown(fileName, page.markdown());
        if (asMarkdown.score() < LEAST_MARKDOWN_SCORE) {
            sink.reject(Reject.of(fileName, "file", null, "HTML page that is not a postmortem: " + asMarkdown.reason(),
                    page.markdown()));
            return;
        }
        try {
            CanonicalEvent event = mapper.map(page.markdown(), fileName);
            if (event.postmortem().date() == null && page.publishedDate() != null) {
                event = mapper.map(page.withPublishedDate(), fileName); // the text names no date: the page's is next best
            }
            sink.accept(event);
        } catch (FrontMatter.Unreadable e) {
            sink.reject(Reject.of(fileName, "line 1", "front matter", e.getMessage(), page.markdown()));
        }
    }

    /** The Markdown parser's view of the converted page, under a Markdown name so that its rules for write-ups apply. */
    private Detection asMarkdown(String fileName, String markdownText) {
        return markdown.detect(MarkdownPostmortemMapper.stem(fileName) + ".md", markdownText);
    }
}
