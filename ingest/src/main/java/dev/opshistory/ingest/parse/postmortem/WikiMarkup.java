package dev.opshistory.ingest.parse.postmortem;

import java.util.regex.Pattern;

/**
 * Atlassian wiki markup (Jira's v2 text fields, Jira CSV exports, Confluence's wiki editor, and write-ups pasted from
 * them into a text file) as Markdown: its headings ({@code h2. Root cause}), lists ({@code * item}, {@code # item})
 * and header rows ({@code ||a||b||}); the rest reads as it is.
 */
public final class WikiMarkup {

    private static final Pattern HEADING = Pattern.compile("(?m)^h([1-6])\\.\\s+");
    private static final Pattern BULLET = Pattern.compile("(?m)^([*-]+)\\s+");
    private static final Pattern NUMBERED = Pattern.compile("(?m)^(#+)\\s+");
    private static final Pattern HEADER_ROW = Pattern.compile("(?m)^\\|\\|(.*)\\|\\|\\s*$");
    /** Wiki headings at the start of at least two lines: a text written in wiki markup, not one mentioning "h2. ". */
    private static final Pattern WIKI_HEADINGS = Pattern.compile("(?s)(?:^|\\n)h[1-6]\\.\\s+\\S.*\\nh[1-6]\\.\\s+\\S");

    private WikiMarkup() {
    }

    /** Whether a plain text is written in wiki markup: two or more lines open with a wiki heading. */
    static boolean isWiki(String text) {
        return WIKI_HEADINGS.matcher(text).find();
    }

    /** The markup as Markdown. */
    public static String asMarkdown(String text) {
        // lists first: wiki's numbered items start with "#", which Markdown headings written here would too
        String t = NUMBERED.matcher(text).replaceAll(m -> "   ".repeat(m.group(1).length() - 1) + "1. ");
        t = BULLET.matcher(t).replaceAll(m -> "  ".repeat(m.group(1).length() - 1) + "- ");
        t = HEADING.matcher(t).replaceAll(m -> "#".repeat(Integer.parseInt(m.group(1))) + " ");
        return HEADER_ROW.matcher(t).replaceAll(m -> {
            String[] cells = m.group(1).split("\\|\\|", -1);
            return "|" + m.group(1).replace("||", "|") + "|\n|" + "---|".repeat(cells.length);
        });
    }
}
