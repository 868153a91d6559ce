package dev.opshistory.reports.render;

import freemarker.core.CommonMarkupOutputFormat;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker's output format for GitHub-flavoured Markdown: with it, every {@code ${...}} in a
 * {@code *.md.ftl} template is escaped by {@link MarkdownEscaper}, so no template can forget to escape an
 * export's text. {@code ?no_esc} marks the rare value that is Markdown already.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<TemplateMarkdownOutputModel> {

    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private MarkdownOutputFormat() {
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(MarkdownEscaper.escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return MarkdownEscaper.escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected TemplateMarkdownOutputModel newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new TemplateMarkdownOutputModel(plainTextContent, markupContent);
    }
}
