package dev.opshistory.ingest.parse.postmortem;

import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.ExportParser;
import dev.opshistory.ingest.parse.FileExtension;
import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.model.Reject;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * Postmortems written as text in a format other than Markdown (an HTML page, a plain text file), read by turning the
 * document into Markdown ({@link AsMarkdown}) and judging and mapping that as {@link ConvertedPostmortem} says. One
 * file is one postmortem (or one per entry of a log of postmortems): accepts, or one reject (empty, binary, over 32 MiB, or a document without postmortem
 * sections, also when {@code --format} names the parser).
 *
 * <p>Detection converts the first bytes and asks the Markdown parser about the result. A file named as the format's
 * whose first bytes show no section (a web page's head can fill 64 KiB with styles and scripts) is still taken, with
 * a low score, and judged on its whole text; not one that opens as a record (a JSON object, or a Python dict a script
 * printed), which no document does: declined, it is named by the reject of a file no parser reads.
 */
abstract class ConvertedPostmortemParser implements ExportParser {

    /** A brace and a quoted key, alone or first in a list (<code>{"id"</code>, <code>[{'id'</code>): a record. */
    private static final Pattern RECORD = Pattern.compile("\\uFEFF?\\s*(?:\\[\\s*)?\\{\\s*[\"']");

    private final String format;
    private final String kind;
    private final String otherFiles;
    private final ConvertedPostmortem postmortem = new ConvertedPostmortem();

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
        return postmortem.highestScore();
    }

    @Override
    public final Detection detect(String fileName, String head) {
        String extension = FileExtension.of(fileName);
        if (!takes(extension, head)) {
            return new Detection(0, otherFiles);
        }
        if (RECORD.matcher(head).lookingAt()) {
            return new Detection(0, "a record (a JSON object or a Python dict), not a postmortem");
        }
        String text = convert(head).markdown();
        Detection asMarkdown = postmortem.detect(fileName, text);
        if (postmortem.isPostmortem(asMarkdown, text, fileName)) {
            return Detection.yes(asMarkdown.score(), kind + " read as Markdown: " + asMarkdown.reason());
        }
        if (!extension.isEmpty()) {
            return Detection.yes(ConvertedPostmortem.UNREAD_SCORE, kind + " whose first bytes show no postmortem section"
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
        postmortem.emit(convert(read.text()), fileName, kind, sink);
    }
}
