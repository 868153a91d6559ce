package dev.opshistory.ingest.parse.postmortem;

import dev.opshistory.model.CanonicalEvent;

/**
 * A postmortem written inside another record (a Jira post-incident review's description), read as the Markdown
 * parser reads a file: sections, fields, action items and incident references.
 */
public final class EmbeddedPostmortem {

    private static final MarkdownPostmortemMapper MAPPER = new MarkdownPostmortemMapper();

    private EmbeddedPostmortem() {
    }

    /**
     * @param markdown the text, as Markdown
     * @param name     what names the postmortem where a file name would: its source id
     * @throws IllegalArgumentException when the text opens with front matter that cannot be read, saying why
     */
    public static CanonicalEvent read(String markdown, String name) {
        try {
            return MAPPER.map(markdown, name);
        } catch (FrontMatter.Unreadable e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
