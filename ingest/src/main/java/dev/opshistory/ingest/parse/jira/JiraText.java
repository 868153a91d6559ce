package dev.opshistory.ingest.parse.jira;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opshistory.ingest.parse.postmortem.WikiMarkup;

/**
 * A Jira text field as Markdown: the Atlassian Document Format of REST API v3 ({@code {"type":"doc",
 * "content":[…]}}) or the wiki markup of v2 ({@code h2. Root cause}, {@code * item}, {@code ||a||b||}). Headings,
 * lists and tables keep their shape, which is what a post-incident review's sections, action items and fields are
 * read from; marks (bold, links, colours) and media are dropped to their text. Never fails: a node of a type it does
 * not know gives its text.
 */
public final class JiraText {

    /** Deeply nested documents are cut, not followed: the text is for reading, a stack is not spent on it. */
    private static final int MAX_DEPTH = 64;

    private JiraText() {
    }

    /** The field as Markdown; null for null. */
    public static String markdown(JsonNode field) {
        if (field == null || field.isNull()) {
            return null;
        }
        if (field.isTextual()) {
            return wiki(field.asText());
        }
        StringBuilder out = new StringBuilder();
        block(field, out, "", 0);
        String text = out.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /** Wiki markup's headings, lists and header rows written as Markdown; the rest reads as it is. */
    public static String wiki(String text) {
        return WikiMarkup.asMarkdown(text);
    }

    private static void block(JsonNode node, StringBuilder out, String indent, int depth) {
        if (depth > MAX_DEPTH || !node.isObject()) {
            return;
        }
        String type = node.path("type").asText("");
        switch (type) {
            case "heading" -> {
                int level = Math.max(1, Math.min(6, node.path("attrs").path("level").asInt(2)));
                out.append("#".repeat(level)).append(' ').append(inline(node, depth)).append("\n\n");
            }
            case "paragraph" -> out.append(indent).append(inline(node, depth)).append("\n\n");
            case "bulletList", "orderedList", "taskList" -> {
                for (JsonNode item : node.path("content")) {
                    String box = !item.path("type").asText().equals("taskItem") ? ""
                            : "DONE".equals(item.path("attrs").path("state").asText()) ? "[x] " : "[ ] ";
                    String mark = type.equals("orderedList") ? "1. " : "- ";
                    StringBuilder itemText = new StringBuilder();
                    if (item.path("type").asText().equals("taskItem")) {
                        itemText.append(inline(item, depth + 1));
                    } else {
                        for (JsonNode child : item.path("content")) {
                            block(child, itemText, "", depth + 1);
                        }
                    }
                    out.append(indent).append(mark).append(box)
                            .append(itemText.toString().strip().replace("\n\n", "\n").replace("\n", "\n" + indent + "  "))
                            .append('\n');
                }
                out.append('\n');
            }
            case "table" -> {
                boolean first = true;
                for (JsonNode row : node.path("content")) {
                    StringBuilder line = new StringBuilder("|");
                    int cells = 0;
                    for (JsonNode cell : row.path("content")) {
                        StringBuilder cellText = new StringBuilder();
                        for (JsonNode child : cell.path("content")) {
                            block(child, cellText, "", depth + 1);
                        }
                        line.append(' ').append(cellText.toString().strip().replace("\n", " ").replace("|", "\\|"))
                                .append(" |");
                        cells++;
                    }
                    out.append(line).append('\n');
                    if (first) {
                        out.append('|').append("---|".repeat(Math.max(cells, 1))).append('\n');
                        first = false;
                    }
                }
                out.append('\n');
            }
            case "codeBlock" -> out.append("```\n").append(inline(node, depth)).append("\n```\n\n");
            case "rule" -> out.append("* * *\n\n");
            case "text", "hardBreak", "mention", "emoji", "inlineCard", "date", "status" ->
                    out.append(indent).append(inline(node, depth)).append("\n\n");
            default -> {
                for (JsonNode child : node.path("content")) { // doc, panel, blockquote, expand, layouts…
                    block(child, out, indent, depth + 1);
                }
            }
        }
    }

    /** The text of an inline node or of the inline nodes under a block. */
    private static String inline(JsonNode node, int depth) {
        StringBuilder out = new StringBuilder();
        appendInline(node, out, depth);
        return out.toString().strip();
    }

    private static void appendInline(JsonNode node, StringBuilder out, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        JsonNode attrs = node.path("attrs");
        switch (node.path("type").asText("")) {
            case "text" -> out.append(node.path("text").asText(""));
            case "hardBreak" -> out.append('\n');
            case "mention", "emoji" -> out.append(attrs.path("text").asText(attrs.path("shortName").asText("")));
            case "inlineCard" -> out.append(attrs.path("url").asText(""));
            case "status" -> out.append(attrs.path("text").asText(""));
            case "date" -> out.append(attrs.path("timestamp").asText(""));
            default -> {
                for (JsonNode child : node.path("content")) {
                    appendInline(child, out, depth + 1);
                }
            }
        }
    }
}
