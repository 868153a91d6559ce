package dev.opshistory.reports.render;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** A piece of Markdown inside a template (FreeMarker's plumbing for {@link MarkdownOutputFormat}). */
public final class TemplateMarkdownOutputModel extends CommonTemplateMarkupOutputModel<TemplateMarkdownOutputModel> {

    TemplateMarkdownOutputModel(String plainTextContent, String markupContent) {
        super(plainTextContent, markupContent);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
        return MarkdownOutputFormat.INSTANCE;
    }
}
