package dev.opshistory.ingest.parse.postmortem;

import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.ExportParser;
import dev.opshistory.ingest.parse.FileExtension;
import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.model.Reject;
import java.io.IOException;
import java.io.InputStream;

/**
 * Postmortems kept as Word documents ({@code .docx}): written in Word, or downloaded from Google Docs, whose default
 * download is a Word document. The document is read whole as the page Word would save it as ({@link WordDocument}),
 * that page as Markdown ({@link HtmlDocument}), and the Markdown judged and mapped as {@link ConvertedPostmortem}
 * says: one accept, or one reject (not a Word document, over 32 MiB, or a document without postmortem sections).
 *
 * <p>A {@code .docx} is a zip archive whose parts can come in any order, so its first bytes say nothing of its text:
 * a file named {@code .docx}, or a zip archive whose first part names Word's, is taken with a low score and judged
 * on its whole text. The legacy binary {@code .doc} is not read (save it as {@code .docx}).
 */
public final class DocxPostmortemParser implements ExportParser {

    public static final String FORMAT = "postmortem-docx";

    private static final String KIND = "Word document";
    /** The start of every zip archive: a local file header. */
    private static final String ZIP_START = "PK\u0003\u0004";

    private final ConvertedPostmortem postmortem = new ConvertedPostmortem();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public int highestScore() {
        return ConvertedPostmortem.UNREAD_SCORE;
    }

    @Override
    public Detection detect(String fileName, String head) {
        boolean named = FileExtension.of(fileName).equals("docx");
        boolean wordArchive = head.startsWith(ZIP_START) && (head.contains("word/") || head.contains("[Content_Types].xml"));
        if (!named && !(wordArchive && FileExtension.of(fileName).isEmpty())) {
            return new Detection(0, "not a Word document (.docx)");
        }
        return Detection.yes(ConvertedPostmortem.UNREAD_SCORE, KIND + (named ? " by its name" : " by its first bytes")
                + ", read whole: a postmortem, or one reject");
    }

    @Override
    public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
        byte[] bytes = in.readNBytes(DocumentText.MAX_BYTES + 1);
        if (bytes.length > DocumentText.MAX_BYTES) {
            sink.reject(Reject.of(fileName, "file", null, "file larger than " + (DocumentText.MAX_BYTES >> 20)
                    + " MiB, too large for a postmortem document", null));
            return;
        }
        if (bytes.length == 0) {
            sink.reject(Reject.of(fileName, "file", null, "empty file", null));
            return;
        }
        AsMarkdown document;
        try {
            document = HtmlDocument.read(WordDocument.asPage(bytes));
        } catch (IOException e) {
            sink.reject(Reject.of(fileName, "file", null, "not a readable Word document (.docx): " + e.getMessage(), null));
            return;
        }
        postmortem.emit(document, fileName, KIND, sink);
    }
}
