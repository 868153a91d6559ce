package dev.opshistory.ingest.parse.postmortem;

import java.util.regex.Pattern;

/**
 * The marks a static-site generator adds to a Markdown page on lines of their own, which are layout, not text:
 * kramdown's attribute lists ({@code {: .notice-red}}, Jekyll), Liquid tags ({@code {% include toc.html %}},
 * {@code {% raw %}}) and Hugo shortcodes ({@code {{< figure src="…" >}}}). Left in, such a line was read as the
 * write-up's first words (its summary, or the description the root-cause rules read).
 */
final class SiteGeneratorMarkup {

    private static final Pattern MARK_LINE = Pattern.compile(
            "(?m)^[ \\t]*(?:\\{:[^}\\n]*}|\\{%-?[^\\n]*?-?%}|\\{\\{[<%][^\\n]*?[>%]}})[ \\t]*(?:\\r?\\n|$)");

    private SiteGeneratorMarkup() {
    }

    /** The page without lines that hold only such marks. */
    static String strip(String markdown) {
        return markdown.indexOf('{') < 0 ? markdown : MARK_LINE.matcher(markdown).replaceAll("");
    }
}
