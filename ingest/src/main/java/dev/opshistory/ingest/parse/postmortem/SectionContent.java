package dev.opshistory.ingest.parse.postmortem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * The text of sections, with template placeholders left out so that an unfilled template gives empty
 * (null) fields: text wholly in parentheses ({@code (Names)}, {@code (all times in Pacific Time)}),
 * {@code TBD}/{@code TODO}/{@code N/A}/{@code <…>}/{@code […]} alone, lists whose every item is a bare label
 * or a question ({@code - Postmortem Owner:}, {@code - What went well?}), tables without a filled row, HTML
 * comments.
 */
final class SectionContent {

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?is)\\(.*\\)|tbd|tba|todo|to do|n/?a|-+|—|…|\\.\\.\\.|<[^>]*>|\\[[^\\]]*]|_+|\\?+"
                    + "|no comments?( added)?\\.?");

    private SectionContent() {
    }

    /** The section's own content as plain text, or null when it is empty or only placeholders. */
    static String text(Section section) {
        List<String> pieces = new ArrayList<>();
        for (Section.Part part : section.parts()) {
            String text = part instanceof Section.TextPart t
                    ? MarkdownText.unmark(t.marked()).strip()
                    : blockText(((Section.BlockPart) part).block());
            if (!isPlaceholder(text)) {
                pieces.add(text);
            }
        }
        return pieces.isEmpty() ? null : String.join("\n", pieces);
    }

    /**
     * The text of every section of one kind, joined: the first section's content as it is, later ones
     * (sub-sections such as "What went well", or a second "Timeline (continued)") under their heading, and the first
     * lessons under their own when they stand beside the next ("What went well", "What went wrong").
     */
    static String text(List<Section> sections) {
        if (sections.isEmpty()) {
            return null;
        }
        List<String> pieces = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // Lessons side by side ("What went well", "What didn't go so well") each keep their heading, the first too,
        // since each says which way its lessons go; a section over the ones after it ("Lessons learned" over "What
        // went well") is their heading already.
        boolean firstIsSibling = sections.size() > 1 && sections.get(1).depth() <= sections.get(0).depth()
                && sections.get(0).ownKind() == SectionKind.LESSONS;
        String first = text(sections.get(0));
        for (int i = 0; i < sections.size(); i++) {
            String text = i == 0 ? first : text(sections.get(i));
            // a value written twice (a header's "Duration:" and the impact table's) is one value
            if (text != null && seen.add(text)) {
                pieces.add(i == 0 && !firstIsSibling ? text : sections.get(i).heading() + "\n" + text);
            }
        }
        if (pieces.size() == 1 && first != null) {
            return first; // the sections after the first were empty: its heading says nothing more
        }
        return pieces.isEmpty() ? null : String.join("\n\n", pieces);
    }

    static boolean isPlaceholder(String text) {
        return text == null || text.isBlank() || PLACEHOLDER.matcher(text.strip()).matches();
    }

    private static String blockText(Node block) {
        if (block instanceof TableBlock table) {
            List<List<String>> rows = MarkdownText.tableRows(table);
            boolean filled = rows.stream().skip(1).anyMatch(r -> r.stream().anyMatch(c -> !isPlaceholder(c)));
            return filled ? MarkdownText.block(table) : "";
        }
        if (block instanceof ListBlock list && onlyLabels(list)) {
            return "";
        }
        return MarkdownText.block(block);
    }

    /** Whether every item of the list is a label waiting for a value or a question waiting for an answer. */
    private static boolean onlyLabels(ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                String text = MarkdownText.block(item).strip();
                if (!(text.endsWith(":") || text.endsWith("?") || isPlaceholder(text))) {
                    return false;
                }
            }
        }
        return true;
    }
}
