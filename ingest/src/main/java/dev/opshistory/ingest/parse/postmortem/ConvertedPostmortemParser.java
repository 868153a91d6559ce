package dev.opshistory.ingest.parse.postmortem;

import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.ExportParser;
import dev.opshistory.ingest.parse.FileExtension;
import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Reject;
import java.io.IOException;
import java.io.InputStream;

/**
 * Postmortems written in a format other than Markdown (an HTML page, a plain text file), read by turning the
 * document into Markdown ({@link AsMarkdown}) and mapping that as a Markdown postmortem is: sections, fields,
 * action items and all. One file is one postmortem: one accept, or one reject (empty, binary, over 32 MiB, or a
 * document without postmortem sections, also when {@code --format} names the parser).
 *
 * <p>Detection converts the first bytes and asks the Markdown parser about the result: two postmortem sections or
 * postmortem front matter make the document a postmortem, with the Markdown parser's score, and so does one section in
 * a text that names an incident ({@link #isPostmortem}). Prose alone does not, even prose that tells of an incident,
 * which is enough in a Markdown file: every wiki page, runbook and note tells of restarts and minutes. A file named as the format's whose first bytes show no section (a web page's head
 * can fill 64 KiB with styles and scripts) is still taken, with a low score, and judged on its whole text.
 */
abstract class ConvertedPostmortemParser implements ExportParser {

    /** The Markdown detection of two postmortem sections, or of postmortem front matter: a postmortem. */
    private static final int SURE_SCORE = 90;
    /** The Markdown detection of one postmortem section: a postmortem when its text names an incident too. */
    private static final int ONE_SECTION_SCORE = 60;
    /** A file taken by its name whose first bytes say nothing yet. */
    private static final int UNREAD_SCORE = 10;

    private final String format;
    private final String kind;
    private final String otherFiles;
    private final MarkdownPostmortemParser markdown = new MarkdownPostmortemParser();
    private final MarkdownPostmortemMapper mapper = new MarkdownPostmortemMapper();

    /**
     * @param format     the format name
     * @param kind       the document in words, for detections and rejects ("HTML page")
     * @param otherFiles the detection's reason for other files ("not an HTML page")
     */
    ConvertedPostmortemParser(String format, String kind, String otherFiles) {
        this.format = format;
        this.kind = kind;
        this.otherFiles = otherFiles;
    }

    /** Whether a file is a document of this kind, from its extension and first bytes. */
    abstract boolean takes(String extension, String head);

    /** The document as Markdown; never fails, whatever the text. */
    abstract AsMarkdown convert(String text);

    /** The document's bytes as text; UTF-8 unless the format says otherwise. */
    String decode(byte[] bytes) {
        return DocumentText.decode(bytes);
    }

    @Override
    public final String format() {
        return format;
    }

    @Override
    public final int highestScore() {
        return markdown.highestScore();
    }

    @Override
    public final Detection detect(String fileName, String head) {
        String extension = FileExtension.of(fileName);
        if (!takes(extension, head)) {
            return new Detection(0, otherFiles);
        }
        String text = convert(head).markdown();
        Detection asMarkdown = asMarkdown(fileName, text);
        if (isPostmortem(asMarkdown, text)) {
            return Detection.yes(asMarkdown.score(), kind + " read as Markdown: " + asMarkdown.reason());
        }
        if (!extension.isEmpty()) {
            return Detection.yes(UNREAD_SCORE, kind + " whose first bytes show no postmortem section"
                    + " (read whole: a postmortem, or one reject)");
        }
        return new Detection(0, kind + " without postmortem sections");
    }

    @Override
    public final void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
        DocumentText.Read read = DocumentText.read(in, this::decode);
        if (read.problem() != null) {
            sink.reject(Reject.of(fileName, "file", null, read.problem(), null));
            return;
        }
        AsMarkdown document = convert(read.text());
        Detection asMarkdown = asMarkdown(fileName, document.markdown());
        if (!isPostmortem(asMarkdown, document.markdown())) {
            sink.reject(Reject.of(fileName, "file", null, kind + " that is not a postmortem: " + asMarkdown.reason(),
                    document.markdown()));
            return;
        }
        try {
            CanonicalEvent event = mapper.map(document.markdown(), fileName);
            if (event.postmortem().date() == null && document.fallbackDate() != null) {
                event = mapper.map(document.withFallbackDate(), fileName);
            }
            sink.accept(event);
        } catch (FrontMatter.Unreadable e) {
            sink.reject(Reject.of(fileName, "line 1", "front matter", e.getMessage(), document.markdown()));
        }
    }

    /**
     * Two postmortem sections, or postmortem front matter; or one section in a text that names an incident
     * ({@link IncidentWording#namesAnIncident}): a wiki export also holds meeting notes with their "Action items" and
     * design documents with their "Summary".
     */
    private static boolean isPostmortem(Detection asMarkdown, String text) {
        return asMarkdown.score() >= SURE_SCORE
                || (asMarkdown.score() >= ONE_SECTION_SCORE && IncidentWording.namesAnIncident(text));
    }

    /** The Markdown parser's view of the converted text, under a Markdown name so that its rules for write-ups apply. */
    private Detection asMarkdown(String fileName, String markdownText) {
        return markdown.detect(MarkdownPostmortemMapper.stem(fileName) + ".md", markdownText);
    }
}
