package dev.opshistory.ingest.parse.postmortem;

import java.util.Set;

/**
 * Postmortems written in reStructuredText ({@code .rst}: a Sphinx site's incident pages, an ABlog post), read as
 * Markdown once {@link RestructuredText} has rewritten what reads differently, as {@link ConvertedPostmortemParser}
 * says: a text without postmortem sections is one reject.
 */
public final class RestructuredTextPostmortemParser extends ConvertedPostmortemParser {

    public static final String FORMAT = "postmortem-rst";

    private static final Set<String> EXTENSIONS = Set.of("rst", "rest");

    public RestructuredTextPostmortemParser() {
        super(FORMAT, "reStructuredText file", "not a .rst file");
    }

    @Override
    boolean takes(String extension, String head) {
        return EXTENSIONS.contains(extension);
    }

    @Override
    AsMarkdown convert(String text) {
        return new AsMarkdown(RestructuredText.asMarkdown(text), null);
    }
}
