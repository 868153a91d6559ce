package dev.opshistory.reports.render;

/**
 * Makes untrusted text (titles, service names, reasons from vendor exports) inert in GitHub-flavoured
 * Markdown: it cannot end a table cell, start emphasis, code, a link, an image or a heading, nor open raw
 * HTML. Every Markdown punctuation mark that matters is backslash-escaped (CommonMark lets any ASCII
 * punctuation be escaped, GFM also inside table cells); line breaks and other control characters become
 * spaces, because a newline would end the table row.
 */
public final class MarkdownEscaper {

    private static final String ESCAPED = "\\`*_[]<>|#~!";

    private MarkdownEscaper() {
    }

    /** The text, escaped; null gives the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ESCAPED.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
