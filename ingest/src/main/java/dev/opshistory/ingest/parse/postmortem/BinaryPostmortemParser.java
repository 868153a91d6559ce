package dev.opshistory.ingest.parse.postmortem;

import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.ExportParser;
import dev.opshistory.ingest.parse.FileExtension;
import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.model.Reject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Postmortems kept in a binary document format (a Word document, a PDF) whose text only a library can read, and only
 * from the whole file: the document is read whole, turned into Markdown, and judged and mapped as
 * {@link ConvertedPostmortem} says: accepts, or one reject (empty, over 32 MiB, not readable as the format, or a
 * document without postmortem sections).
 *
 * <p>The first bytes of such a file say what it is, not what it tells: a file named with the format's extension, or
 * one without an extension whose first bytes open as the format does, is taken with a low score and judged on its
 * whole text.
 */
abstract class BinaryPostmortemParser implements ExportParser {

    private final String format;
    private final String kind;
    private final List<String> extensions;
    /** The extensions as a reader writes them (".mhtml, .mht"), for detections and rejects. */
    private final String dotted;
    private final ConvertedPostmortem postmortem = new ConvertedPostmortem();

    /**
     * @param format    the format name
     * @param kind      the document in words, for detections and rejects ("Word document")
     * @param extensions the format's file extensions, without the dot ("docx"), the usual one first
     */
    BinaryPostmortemParser(String format, String kind, String... extensions) {
        this.format = format;
        this.kind = kind;
        this.extensions = List.of(extensions);
        this.dotted = this.extensions.stream().map(e -> "." + e).collect(Collectors.joining(", "));
    }

    /** Whether a file's first bytes (decoded as UTF-8) open as a document of this format. */
    abstract boolean opensAs(String head);

    /**
     * The whole document as Markdown.
     *
     * @throws IOException when the bytes are not a readable document of this format; its message says why
     */
    abstract AsMarkdown convert(byte[] document) throws IOException;

    @Override
    public final String format() {
        return format;
    }

    @Override
    public final int highestScore() {
        return ConvertedPostmortem.UNREAD_SCORE;
    }

    @Override
    public final Detection detect(String fileName, String head) {
        String fileExtension = FileExtension.of(fileName);
        boolean named = extensions.contains(fileExtension);
        if (!named && !(fileExtension.isEmpty() && opensAs(head))) {
            return new Detection(0, "not a " + kind + " (" + dotted + ")");
        }
        return Detection.yes(ConvertedPostmortem.UNREAD_SCORE, kind + (named ? " by its name" : " by its first bytes")
                + ", read whole: a postmortem, or one reject");
    }

    @Override
    public final void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
        DocumentText.Bytes read = DocumentText.readBytes(in);
        if (read.problem() != null) {
            sink.reject(Reject.of(fileName, "file", null, read.problem(), null));
            return;
        }
        AsMarkdown document;
        try {
            document = convert(read.bytes());
        } catch (IOException e) {
            sink.reject(Reject.of(fileName, "file", null, "not a readable " + kind + " (" + dotted + "): "
                    + e.getMessage(), null));
            return;
        }
        postmortem.emit(document, fileName, kind, sink);
    }

}
