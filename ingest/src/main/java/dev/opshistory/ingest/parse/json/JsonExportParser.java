package dev.opshistory.ingest.parse.json;

import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.ExportParser;
import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.ingest.parse.TeamDirectory;
import java.io.IOException;
import java.io.InputStream;

/**
 * A vendor's JSON export: detected by its {@link JsonShape}, read by a {@link JsonRecordReader} that unwraps the
 * shape's envelopes and hands each record to the format's mapper. A subclass names the format and gives its shape
 * and mapper; nothing else differs between the JSON formats.
 */
public abstract class JsonExportParser implements ExportParser {

    private final String format;
    private final JsonShape shape;
    private final JsonRecordReader reader;

    /** A format whose records each become an event. */
    protected JsonExportParser(String format, JsonShape shape, RecordMapper mapper) {
        this(format, shape, new JsonRecordReader(shape.envelopeKeys(), mapper));
    }

    /** A format whose records become events or fold into another event, as the handler decides. */
    protected JsonExportParser(String format, JsonShape shape, RecordHandler handler) {
        this(format, shape, new JsonRecordReader(shape.envelopeKeys(), handler));
    }

    private JsonExportParser(String format, JsonShape shape, JsonRecordReader reader) {
        this.format = format;
        this.shape = shape;
        this.reader = reader;
    }

    @Override
    public final String format() {
        return format;
    }

    @Override
    public final Detection detect(String fileName, String head) {
        return shape.detect(fileName, head);
    }

    @Override
    public final void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
        reader.read(in, fileName, sink);
    }

    @Override
    public final void parse(InputStream in, String fileName, ParseSink sink, TeamDirectory teams) throws IOException {
        reader.read(in, fileName, sink, teams);
    }
}
