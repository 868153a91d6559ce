package dev.opshistory.ingest.parse.postmortem;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The HTML page a word processor's document is written into for {@link HtmlDocument} to read, as Word would save it:
 * headings, paragraphs, nested lists, tables, bold labels, links and line breaks. Shared by the readers of Word's two
 * formats ({@link WordDocument} for {@code .docx}, {@link LegacyWordDocument} for {@code .doc}), which differ in how
 * they find these things, not in what they write.
 */
final class WordPage {

    private static final Pattern HEADING_STYLE = Pattern.compile("heading ([1-9])");
    /** Word's lists have nine levels, 0 to 8. */
    private static final int DEEPEST_LIST_LEVEL = 8;

    private final Document page = Document.createShell("");
    private final Element body = page.body();
    /** The open lists, innermost last; empty outside a list. */
    private final Deque<Element> lists = new ArrayDeque<>();

    /** The page written so far. */
    Document page() {
        return page;
    }

    /** Sets the page's title (the document's properties), when there is one. */
    void title(String title) {
        if (title != null && !title.isBlank()) {
            page.title(title.strip());
        }
    }

    /** Whether nothing has been written to the body yet: the next paragraph is the document's first. */
    boolean isEmpty() {
        return body.childrenSize() == 0;
    }

    /** A heading of level 1–6; it ends the open lists. */
    Element heading(int level) {
        lists.clear();
        return body.appendElement("h" + Math.max(1, Math.min(6, level)));
    }

    /** A paragraph of body text; it ends the open lists. */
    Element paragraph() {
        lists.clear();
        return body.appendElement("p");
    }

    /** A table; it ends the open lists. */
    Element table() {
        lists.clear();
        return body.appendElement("table");
    }

    /** A row of {@code table}. */
    static Element row(Element table) {
        return table.appendElement("tr");
    }

    /** A cell of {@code row}: a header cell for a table's header row. */
    static Element cell(Element row, boolean header) {
        return row.appendElement(header ? "th" : "td");
    }

    /**
     * A list item at its level (0 for the outermost): lists open and close as the levels go in and out, a new kind
     * (bullets, numbers) starts a new list.
     */
    Element listItem(int level, boolean ordered) {
        int depth = Math.max(0, Math.min(level, DEEPEST_LIST_LEVEL));
        String tag = ordered ? "ol" : "ul";
        while (lists.size() > depth + 1) {
            lists.removeLast();
        }
        if (lists.size() == depth + 1 && !lists.getLast().tagName().equals(tag)) {
            lists.removeLast();
        }
        while (lists.size() < depth + 1) {
            Element parent = lists.isEmpty() ? body
                    : lists.getLast().children().isEmpty() ? lists.getLast().appendElement("li")
                    : lists.getLast().children().last();
            lists.addLast(parent.appendElement(tag));
        }
        return lists.getLast().appendElement("li");
    }

    /** A link to {@code url} inside {@code into}. */
    static Element link(Element into, String url) {
        return into.appendElement("a").attr("href", url);
    }

    /**
     * Where a bold run's text goes in {@code target} (the paragraph, or a link in it): a {@code <strong>}, the one just
     * written when the run continues it (Word splits one bold label into several runs: "**Root cause:**", not
     * "**Root** **cause:**"), or {@code target} itself in a heading, which is bold already.
     */
    static Element bold(Element paragraph, Element target) {
        if (isHeading(paragraph)) {
            return target;
        }
        Node last = target.childNodeSize() == 0 ? null : target.childNode(target.childNodeSize() - 1);
        return last instanceof Element element && element.tagName().equals("strong") ? element
                : target.appendElement("strong");
    }

    /** Text with its line breaks as {@code <br>}, tabs as spaces. */
    static void text(Element into, String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                into.appendElement("br");
            }
            into.appendText(lines[i].replace('\t', ' '));
        }
    }

    /**
     * The heading level a style name stands for, 0 for none: "Title" is level one, "heading N" level N (at most 6).
     * Word stores its built-in styles' names in English whatever the language of its user interface.
     */
    static int headingOfStyle(String name) {
        String lower = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("title")) {
            return 1;
        }
        Matcher heading = HEADING_STYLE.matcher(lower);
        return heading.matches() ? Math.min(6, Integer.parseInt(heading.group(1))) : 0;
    }

    /** Word's outline level (0 = level one; 9 = body text) as a heading level, 0 for body text. */
    static int outline(int level) {
        return level < 0 || level >= 9 ? 0 : Math.min(6, level + 1);
    }

    /** Whether a table of contents style ("toc 1", "TOC Heading") names this paragraph: the contents repeat the headings. */
    static boolean isContents(String styleName) {
        return styleName != null && styleName.strip().toLowerCase(java.util.Locale.ROOT).startsWith("toc");
    }

    private static boolean isHeading(Element element) {
        return element.tagName().length() == 2 && element.tagName().charAt(0) == 'h'
                && Character.isDigit(element.tagName().charAt(1));
    }
}
