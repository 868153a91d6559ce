package dev.opshistory.ingest.parse.postmortem;

import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.FileExtension;
import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Reject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A postmortem document turned into Markdown (an HTML page, a plain text, a Word document), judged and mapped as a
 * Markdown postmortem is: sections, fields, action items and all. One document is one postmortem (or one per entry
 * of a document that keeps several, {@link PostmortemLog}): accepts, or one reject.
 *
 * <p>Two postmortem sections, one of them a section only incidents have (impact, root cause, timeline), or postmortem
 * front matter make the document a postmortem, with the Markdown parser's score; so does any postmortem section in a
 * text that names an incident ({@link IncidentWording#namesAnIncident}), and so does an account in prose under a title
 * that names an outage (the first heading or, with none, the file's name). Prose alone does not, even prose that tells
 * of an incident, which is enough in a Markdown file: every wiki page, runbook and note tells of restarts and minutes.
 * Nor do a summary and action items alone: a wiki export or a shared drive also holds meeting notes and design
 * documents with both.
 */
final class ConvertedPostmortem {

    /** The Markdown detection of two postmortem sections, or of postmortem front matter: a postmortem. */
    private static final int SURE_SCORE = 90;
    /** The Markdown detection of one postmortem section: a postmortem when its text names an incident too. */
    private static final int ONE_SECTION_SCORE = 60;
    /** The Markdown detection of a titled account in prose, or of prose that tells of an incident. */
    private static final int TITLED_PROSE_SCORE = 20;
    /** A document taken by its name or kind whose first bytes say nothing yet: judged on its whole text. */
    static final int UNREAD_SCORE = 10;
    /**
     * Sections that meeting notes and design documents have too; no section at all with a sure score is front
     * matter that says "postmortem", which is not generic.
     */
    /** Extensions of data files, which no document has. */
    private static final Set<String> DATA_EXTENSIONS = Set.of("json", "ndjson", "jsonl", "csv", "tsv");
    /** A page's first heading, which holds its title once the page is Markdown. */
    private static final Pattern PAGE_TITLE = Pattern.compile("(?m)^#{1,6}[ \\t]+(.+)$");
    private static final int TITLE_CHARS = 80;
    private static final Set<SectionKind> GENERIC_SECTIONS = EnumSet.of(SectionKind.SUMMARY, SectionKind.ACTION_ITEMS);

    private final MarkdownPostmortemParser markdown = new MarkdownPostmortemParser();
    private final MarkdownPostmortemMapper mapper = new MarkdownPostmortemMapper();

    /** The highest score {@link #detect} gives: the Markdown parser's. */
    int highestScore() {
        return markdown.highestScore();
    }

    /**
     * The Markdown parser's view of the converted text, under a Markdown name so that its rules for write-ups apply;
     * {@link #isPostmortem} says whether it makes the document a postmortem.
     */
    Detection detect(String fileName, String markdownText) {
        return markdown.detect(MarkdownPostmortemMapper.stem(fileName) + ".md", markdownText);
    }

    /** Whether the Markdown detection of the converted text makes the document a postmortem. */
    boolean isPostmortem(Detection asMarkdown, String markdownText, String fileName) {
        return whyNotAPostmortem(asMarkdown, markdownText, fileName) == null;
    }

    /** Null when the Markdown detection of the converted text makes the document a postmortem; else why not. */
    private String whyNotAPostmortem(Detection asMarkdown, String markdownText, String fileName) {
        if (asMarkdown.score() >= SURE_SCORE) {
            Set<SectionKind> sections = markdown.coreSections(markdownText);
            if (sections.isEmpty() || !GENERIC_SECTIONS.containsAll(sections)
                    || IncidentWording.namesAnIncident(markdownText)) {
                return null;
            }
            return "it has only a summary and action items, and no words that name an incident (meeting notes or a"
                    + " design document?)";
        }
        boolean oneSectionOfAnIncident = asMarkdown.score() >= ONE_SECTION_SCORE
                && IncidentWording.namesAnIncident(markdownText);
        // a blog post told in prose under a title that names the outage ("Outage 😞", "Bloggulus is Down"), or an
        // untitled account in a file so named ("this-mornings-outage.txt")
        boolean titledAccount = asMarkdown.score() >= TITLED_PROSE_SCORE
                && IncidentWording.titleNamesAnOutage(markdownText, fileName);
        return oneSectionOfAnIncident || titledAccount ? null : asMarkdown.reason();
    }

    /**
     * Why a document is rejected. A page in a file named as data ({@code incidents.json}) is what a server answered
     * instead of the data, an error or sign-in page as a rule: saying so, with the page's title, tells the user to
     * download the export again, where "no postmortem sections" would not.
     */
    private static String notAPostmortem(String kind, String fileName, String markdown, String whyNot) {
        String extension = FileExtension.of(fileName);
        if (!DATA_EXTENSIONS.contains(extension)) {
            return kind + " that is not a postmortem: " + whyNot;
        }
        String title = PAGE_TITLE.matcher(markdown).results().findFirst().map(m -> m.group(1).strip()).orElse("");
        String titled = title.isEmpty() ? "" : " (\""
                + (title.length() <= TITLE_CHARS ? title : title.substring(0, TITLE_CHARS - 1) + "…") + "\")";
        return kind + " saved as ." + extension + ", not an export: what the server answered instead of the data"
                + titled + ", often an error or sign-in page; download the export again";
    }

    /**
     * The document's accepts (one, or one per entry of a log of postmortems), or its one reject naming the document's kind ("HTML page") when it is not a postmortem
     * or its front matter cannot be read. A date the document gives apart from its text is used when the text names
     * none.
     */
    void emit(AsMarkdown document, String fileName, String kind, ParseSink sink) {
        String whyNot = whyNotAPostmortem(detect(fileName, document.markdown()), document.markdown(), fileName);
        if (whyNot != null) {
            sink.reject(Reject.of(fileName, "file", null, notAPostmortem(kind, fileName, document.markdown(), whyNot),
                    document.markdown()));
            return;
        }
        try {
            List<CanonicalEvent> events = mapper.mapAll(document.markdown(), fileName);
            if (events.size() == 1 && events.get(0).postmortem().date() == null && document.fallbackDate() != null) {
                events = mapper.mapAll(document.withFallbackDate(), fileName);
            }
            events.forEach(sink::accept);
        } catch (FrontMatter.Unreadable e) {
            sink.reject(Reject.of(fileName, "line 1", "front matter", e.getMessage(), document.markdown()));
        }
    }
}
