package dev.opshistory.ingest.parse.postmortem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Plain text of Markdown nodes, as stored in the postmortem fields: no Markdown syntax (the report escapes
 * and formats it), list items as {@code - item}, table rows as {@code a | b}, and footnote markers copied
 * from HTML ({@code ^[163](…#id)^}, {@code [[167]](…)}) left out.
 *
 * <p>The "marked" form keeps line breaks and wraps bold text in {@link #BOLD_START}/{@link #BOLD_END}, so
 * that callers can find {@code **Field**: value} lines and bold status words; {@link #unmark} removes
 * the marks.
 */
final class MarkdownText {

    static final char BOLD_START = '\u0001';
    static final char BOLD_END = '\u0002';
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
    private static final char FOOTNOTE = '\u0003';
    private static final Pattern FOOTNOTE_LABEL = Pattern.compile("\\[?\\d{1,4}]?");
    /** Link texts that name no thing, only a link: the address is the content. */
    private static final Pattern GENERIC_LINK_LABEL = Pattern.compile("(?i)(?:the |this |a |see )?(?:pull request|pr|"
            + "merge request|mr|issue|ticket|bug|link|here|this|commit|change|diff|doc|document|dashboard|graph|thread"
            + "|slack thread|discussion|details|more|runbook|postmortem|incident)s?");
    private static final Pattern RUN_OF_BLANKS = Pattern.compile("[ \\t]{2,}");
    private static final Pattern SPACES_AROUND_BREAK = Pattern.compile(" *\n *");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\^?\\s*" + FOOTNOTE + "\\s*\\^?");

    private MarkdownText() {
    }

    /** The inline content of a node (paragraph, heading, table cell) with bold marks and line breaks kept. */
    static String marked(Node node) {
        StringBuilder out = new StringBuilder();
        inline(node, out, hasBreakTag(node));
        // most texts hold no footnote, no run of blanks and no line break: the patterns need not run over them
        boolean footnoted = out.indexOf(String.valueOf(FOOTNOTE)) >= 0;
        return tidy(footnoted ? FOOTNOTE_MARK.matcher(out).replaceAll(" ") : out.toString());
    }

    /** The inline content of a node as one line of plain text. */
    static String inline(Node node) {
        return unmark(marked(node)).replace('\n', ' ').replaceAll(" {2,}", " ").trim();
    }

    /** Removes the bold marks. */
    static String unmark(String marked) {
        return marked.replace(String.valueOf(BOLD_START), "").replace(String.valueOf(BOLD_END), "");
    }

    /** A block (paragraph, list, quote, code, table) as plain text lines; empty for HTML and rules. */
    static String block(Node block) {
        List<String> lines = new ArrayList<>();
        block(block, "", lines);
        return String.join("\n", lines).strip();
    }

    /**
     * Nesting deeper than this (quotes in quotes in lists…) is flattened to its text: no real document nests so
     * deep, and recursing further would let a hostile one overflow the stack.
     */
    private static final int MAX_DEPTH = 32;

    private static void block(Node block, String indent, List<String> lines) {
        block(block, indent, lines, 0);
    }

    private static void block(Node block, String indent, List<String> lines, int depth) {
        if (depth > MAX_DEPTH) {
            lines.add(indent + flatText(block));
            return;
        }
        if (block instanceof Paragraph || block instanceof Heading) {
            lines.add(indent + inline(block));
        } else if (block instanceof ListBlock list) {
            int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                    ? ordered.getMarkerStartNumber() : 1;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                String bullet = list instanceof OrderedList ? (number++) + ". " : "- ";
                List<String> itemLines = new ArrayList<>();
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    block(child, "", itemLines, depth + 1);
                }
                for (int i = 0; i < itemLines.size(); i++) {
                    lines.add(indent + (i == 0 ? bullet : "  ") + itemLines.get(i));
                }
                if (itemLines.isEmpty()) {
                    lines.add(indent + bullet.strip());
                }
            }
        } else if (block instanceof BlockQuote || block instanceof ListItem) {
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                block(child, indent, lines, depth + 1);
            }
        } else if (block instanceof FencedCodeBlock code) {
            code.getLiteral().lines().forEach(l -> lines.add(indent + l));
        } else if (block instanceof IndentedCodeBlock code) {
            code.getLiteral().lines().forEach(l -> lines.add(indent + l));
        } else if (block instanceof TableBlock table) {
            for (List<String> row : tableRows(table)) {
                if (row.stream().anyMatch(cell -> !cell.isBlank())) {
                    lines.add(indent + String.join(" | ", row));
                }
            }
        } else if (!(block instanceof HtmlBlock) && !(block instanceof ThematicBreak)) {
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                block(child, indent, lines, depth + 1);
            }
        }
    }

    /** The literal text below a node, gathered without recursion. */
    private static String flatText(Node root) {
        StringBuilder text = new StringBuilder();
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof Text t) {
                text.append(t.getLiteral()).append(' ');
            } else if (node instanceof Code c) {
                text.append(c.getLiteral()).append(' ');
            }
            java.util.List<Node> children = new ArrayList<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                children.add(child);
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return text.toString().strip();
    }

    /** Every row of a table (head first) as marked cell texts. */
    static List<List<String>> markedRows(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        collectRows(table, rows);
        return rows;
    }

    /** Every row of a table (head first) as plain cell texts. */
    static List<List<String>> tableRows(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : markedRows(table)) {
            rows.add(row.stream().map(cell -> unmark(cell).replace('\n', ' ').trim()).toList());
        }
        return rows;
    }

    private static void collectRows(Node node, List<List<String>> rows) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableRow) {
                List<String> cells = new ArrayList<>();
                for (Node cell = child.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(marked(cell));
                    }
                }
                rows.add(cells);
            } else {
                collectRows(child, rows);
            }
        }
    }

    /**
     * Whether a paragraph breaks its lines with {@code <br>} tags ("Description: …<br> Date/time: …<br>", as wikis
     * converted to Markdown write their field blocks): its source line breaks are then only where the text was wrapped.
     */
    private static boolean hasBreakTag(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlInline html && BREAK_TAG.matcher(html.getLiteral()).matches() || hasBreakTag(node)) {
                return true;
            }
        }
        return false;
    }

    private static void inline(Node parent, StringBuilder out, boolean breakTags) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                out.append(text.getLiteral());
            } else if (node instanceof Code code) {
                out.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak) {
                out.append(breakTags ? ' ' : '\n');
            } else if (node instanceof HardLineBreak
                    || node instanceof HtmlInline html && BREAK_TAG.matcher(html.getLiteral()).matches()) {
                out.append('\n');
            } else if (node instanceof StrongEmphasis) {
                out.append(BOLD_START);
                inline(node, out, breakTags);
                out.append(BOLD_END);
            } else if (node instanceof Link) {
                StringBuilder label = new StringBuilder();
                inline(node, label, breakTags);
                // a link whose text is a bare number is a footnote reference copied from HTML, not content; one whose
                // text only says "a link" ("Pull Request", "here", "ticket") says nothing without where it goes
                String destination = ((Link) node).getDestination();
                if (FOOTNOTE_LABEL.matcher(label).matches()) {
                    out.append(FOOTNOTE);
                } else if (GENERIC_LINK_LABEL.matcher(label.toString().strip()).matches() && destination != null
                        && destination.matches("(?i)https?://\\S+")) {
                    out.append(label).append(" (").append(destination).append(')');
                } else {
                    out.append(label);
                }
            } else if (!(node instanceof HtmlInline) && !(node instanceof Image)) {
                // a picture's alt text describes the picture ("Grafana chart showing traffic dropping"), not the incident
                inline(node, out, breakTags);
            }
        }
    }

    private static String tidy(String text) {
        boolean blanks = text.indexOf('\t') >= 0 || text.contains("  ");
        String tidy = blanks ? RUN_OF_BLANKS.matcher(text).replaceAll(" ") : text;
        tidy = tidy.indexOf('\n') < 0 ? tidy : SPACES_AROUND_BREAK.matcher(tidy).replaceAll("\n");
        return tidy.strip();
    }
}
