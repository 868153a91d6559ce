package dev.opshistory.ingest.parse.postmortem;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;

/**
 * One section of a postmortem: under a heading, a bold pseudo-heading ({@code **What went well**}) or a
 * field label ({@code **Root Cause:** text}, {@code Date: 2015-10-21}), with what follows it up to the
 * next section at its level or above.
 *
 * @param heading  the name as written, without Markdown
 * @param depth    nesting: twice the heading level for headings, one more than the enclosing heading for
 *                 pseudo-headings and fields
 * @param ownKind  what the name itself stands for, or null when it is not a known section name
 * @param kind     the effective kind: {@code ownKind}, else the enclosing section's kind, else null
 * @param parts    the content: text (a field's value, paragraphs) or Markdown blocks (lists, tables, quotes)
 */
record Section(String heading, int depth, SectionKind ownKind, SectionKind kind, List<Part> parts) {

    /** A piece of a section's content. */
    sealed interface Part {
    }

    /** Text already rendered; {@code marked} keeps bold marks (see {@link MarkdownText}). */
    record TextPart(String marked) implements Part {
    }

    /** A Markdown block kept as a node: a list, a table, a quote or code. */
    record BlockPart(Node block) implements Part {
    }

    Section {
        parts = new ArrayList<>(parts);
    }

    /** Whether the section's name is a known postmortem section, itself or through its enclosing section. */
    boolean recognised() {
        return kind != null;
    }
}
