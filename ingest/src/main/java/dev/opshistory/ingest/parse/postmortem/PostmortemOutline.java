package dev.opshistory.ingest.parse.postmortem;

import java.util.List;

/**
 * The structure read from one Markdown postmortem: its title heading, the text between the title and the
 * first section, and its sections in document order.
 *
 * @param title     the title heading's text, or null when the document has none
 * @param intro     the paragraphs before the first heading and those under the title before the first
 *                  section, or null
 * @param sections  every section, recognised or not, in document order
 * @param preamble  headings before the title (a generic "Example Postmortem" above the real title)
 */
record PostmortemOutline(String title, String intro, List<Section> sections, List<String> preamble) {

    PostmortemOutline {
        sections = List.copyOf(sections);
        preamble = List.copyOf(preamble);
    }

    /** Headings that are neither the title nor a known section (nor inside one): what the parser did not understand. */
    List<String> unrecognisedHeadings() {
        return sections.stream().filter(s -> !s.recognised()).map(Section::heading).toList();
    }

    /** The sections of one kind, in document order. */
    List<Section> sectionsOf(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).toList();
    }
}
