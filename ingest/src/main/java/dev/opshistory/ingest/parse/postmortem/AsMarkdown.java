package dev.opshistory.ingest.parse.postmortem;

/**
 * A postmortem document turned into the Markdown {@link MarkdownPostmortemMapper} reads, and a date the document
 * gives apart from its text (an HTML page's publication date), or null: a fallback for a text that names no date of
 * its own, since a page is published after the incident it tells of.
 */
record AsMarkdown(String markdown, String fallbackDate) {

    /** The Markdown with the fallback date as front matter. */
    String withFallbackDate() {
        return "---\ndate: " + fallbackDate + "\n---\n" + markdown;
    }
}
