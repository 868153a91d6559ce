package dev.opshistory.ingest.parse.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.ingest.parse.TeamDirectory;
import dev.opshistory.model.Reject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams the records of a JSON export to a {@link RecordHandler} (or a {@link RecordMapper}), one record in
 * memory at a time, and turns every record into exactly one accept, fold or reject.
 *
 * <p>Shapes read: a list envelope ({@code {"incidents":[…], "more":…}}), a single envelope
 * ({@code {"incident":{…}}}), a bare array, a bare record, several top-level values one after the other
 * (pretty-printed {@code jq} output), and NDJSON. NDJSON is read line by line so that a malformed line
 * costs only that line; a line longer than {@link NdjsonLines#MAX_LINE_BYTES} is one reject and is skipped to
 * its end without being held ({@link NdjsonLines}), so that one endless line cannot exhaust the heap. Any other
 * document stops at the first malformed byte with one reject giving the line, because a streaming parser cannot
 * resynchronise.
 *
 * <p>Positions in rejects: {@code record N} for the N-th record of an array (counted over the whole file
 * when several pages are concatenated, or a root array holds envelopes), {@code line N} for an NDJSON line or a record that is a
 * top-level value among several, {@code line N record K} for the K-th record of an envelope on NDJSON line N,
 * {@code file} for the file as a whole.
 *
 * <p>Wrappers: each record is handed the other top-level fields of its envelope ({@link RecordContext#wrapper()}).
 * A streamed envelope's fields after the records are not known yet, so a handler may answer
 * {@link MappedRecord#deferred()}; that record and the ones after it in the same envelope are then held (at
 * most {@value #MAX_DEFERRED}, one small log or note each) and offered again, in order, when the envelope
 * ends, when the file turns out malformed, or when the limit is reached, each time with the wrapper read so far
 * marked complete.
 */
public final class JsonRecordReader {

    /** Where Jackson says an unclosed object or array started: "(start marker at [Source: …; line: 20, column: 18])". */
    private static final Pattern START_MARKER = Pattern.compile("\\(start marker at \\[[^\\]]*?line: (\\d+), column: (\\d+)\\]\\)");
    /** The source Jackson names in a location, which says nothing to a user. */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*(?:\\([^)]*\\))?;\\s*");

    /** How far ahead the NDJSON check looks; a first line longer than this is read as one document. */
    private static final int PEEK_BYTES = 1 << 20;

    /** Records held while waiting for the end of their wrapper; a per-item log or note page holds at most 100. */
    static final int MAX_DEFERRED = 10_000;

    private final EnvelopeKeys envelope;
    private final RecordHandler handler;
    private final ObjectMapper json = VendorJson.mapper();

    /** A reader whose records each become an event. */
    public JsonRecordReader(EnvelopeKeys envelope, RecordMapper mapper) {
        this(envelope, (RecordHandler) (record, context) ->
                MappedRecord.event(mapper.map(record, context.container(), context.sourceFile())));
    }

    /** A reader whose records become events or enrichments, as the handler decides. */
    public JsonRecordReader(EnvelopeKeys envelope, RecordHandler handler) {
        this.envelope = envelope;
        this.handler = handler;
    }

    /**
     * Reads the whole stream; does not close it.
     *
     * @throws IOException only when the stream itself fails
     */
    public void read(InputStream input, String fileName, ParseSink sink) throws IOException {
        read(input, fileName, sink, TeamDirectory.empty());
    }

    /**
     * Reads the whole stream, handing each record the run's team names ({@link RecordContext#teams()}); does not
     * close it.
     *
     * @throws IOException only when the stream itself fails
     */
    public void read(InputStream input, String fileName, ParseSink sink, TeamDirectory teams) throws IOException {
        BufferedInputStream in = new BufferedInputStream(input, 1 << 16);
        Run run = new Run(fileName, sink, teams);
        switch (sniff(in)) {
            case EMPTY -> sink.reject(Reject.of(fileName, "file", null, "empty file", null));
            case NDJSON -> readLines(in, run);
            case DOCUMENT -> readDocument(in, run);
        }
    }

    private enum Layout { EMPTY, NDJSON, DOCUMENT }

    /**
     * Looks at the first bytes without consuming them. NDJSON when the first two non-blank lines start with an
     * object and at least one of them is a whole value on its own (so a cut first or second line is still
     * NDJSON), unless the lines that follow show pretty-printed values: the first line in the window that is not
     * a whole value holds only opening braces or brackets, as pretty printers (jq, Jackson, Python) write the
     * first line of every value that spans several lines. That is the case of an empty object followed by
     * pretty-printed records; an NDJSON line is never a lone brace, only ever a whole value or a broken one.
     */
    private Layout sniff(BufferedInputStream in) throws IOException {
        in.mark(PEEK_BYTES + 1);
        byte[] window = in.readNBytes(PEEK_BYTES);
        in.reset();
        int start = skipBlank(window, window.length > 2 && (window[0] & 0xFF) == 0xEF
                && (window[1] & 0xFF) == 0xBB && (window[2] & 0xFF) == 0xBF ? 3 : 0);
        if (start == window.length) {
            return window.length < PEEK_BYTES ? Layout.EMPTY : Layout.DOCUMENT;
        }
        int firstEnd = lineEnd(window, start);
        if (window[start] != '{' || firstEnd == window.length) {
            return Layout.DOCUMENT;
        }
        int second = skipBlank(window, firstEnd);
        if (second == window.length || window[second] != '{') {
            return Layout.DOCUMENT;
        }
        boolean firstComplete = isOneValue(window, start, firstEnd);
        boolean secondComplete = isOneValue(window, second, lineEnd(window, second));
        if (!firstComplete && !secondComplete) {
            return Layout.DOCUMENT;
        }
        return firstIncompleteLineOpensAValue(window, start) ? Layout.DOCUMENT : Layout.NDJSON;
    }

    /**
     * Whether the first non-blank line from {@code from} that is not a whole JSON value holds only opening
     * braces or brackets; false when every line is whole up to the window's end (a line cut by the window's end is
     * not judged).
     */
    private boolean firstIncompleteLineOpensAValue(byte[] window, int from) {
        int line = skipBlank(window, from);
        while (line < window.length) {
            int end = lineEnd(window, line);
            if (end == window.length && window.length == PEEK_BYTES) {
                return false;
            }
            if (!isOneValue(window, line, end)) {
                return onlyOpeners(window, line, end);
            }
            line = skipBlank(window, end);
        }
        return false;
    }

    private static int skipBlank(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i;
    }

    private static int lineEnd(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && bytes[i] != '\n') {
            i++;
        }
        return i;
    }

    /** Whether the line holds only opening braces and brackets, as the first line of a pretty-printed value does. */
    private static boolean onlyOpeners(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != '{' && bytes[i] != '[' && bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes hold exactly one whole JSON value. */
    private boolean isOneValue(byte[] bytes, int from, int to) {
        try (JsonParser parser = json.createParser(bytes, from, to - from)) {
            return parser.nextToken() != null && parser.skipChildren() != null && parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** NDJSON line by line; a line longer than the cap is one reject, skipped without being held. */
    private void readLines(InputStream in, Run run) throws IOException {
        NdjsonLines lines = new NdjsonLines(in, NdjsonLines.MAX_LINE_BYTES);
        NdjsonLines.Line next;
        while ((next = lines.next()) != null) {
            int number = next.number();
            String position = "line " + number;
            if (next instanceof NdjsonLines.TooLong tooLong) {
                run.sink.reject(Reject.of(run.fileName, position, null, "line longer than " + lines.maxBytes()
                        + " bytes (" + tooLong.bytes() + " bytes), skipped to the next line", tooLong.excerpt()));
                continue;
            }
            String line = ((NdjsonLines.Text) next).text();
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode value;
            try (JsonParser lineParser = json.createParser(line)) {
                value = json.readTree(lineParser);
                if (lineParser.nextToken() != null) {
                    // two values on one line: refuse the line rather than read half of it
                    throw new JsonParseException(lineParser, "more than one JSON value on the line");
                }
            } catch (JsonProcessingException e) {
                run.sink.reject(Reject.of(run.fileName, position, null,
                        "malformed JSON line: " + plain(e), line));
                continue;
            }
            if (value.isArray()) {
                int index = 0;
                for (JsonNode element : value) {
                    run.emit(element, null, position + " record " + ++index, noWrapper(), true);
                }
            } else if (value.isObject() && envelopeList(value) != null) {
                Map.Entry<String, JsonNode> list = envelopeList(value);
                ObjectNode wrapper = without(value, list.getKey());
                int index = 0;
                for (JsonNode element : list.getValue()) {
                    run.emit(element, list.getKey(), position + " record " + ++index, wrapper, true);
                }
            } else if (value.isObject() && envelopeSingle(value) != null) {
                Map.Entry<String, JsonNode> single = envelopeSingle(value);
                run.emit(single.getValue(), single.getKey(), position, without(value, single.getKey()), true);
            } else {
                run.emit(value, null, position, noWrapper(), true);
            }
        }
    }

    private ObjectNode noWrapper() {
        return json.createObjectNode();
    }

    /** The object's other fields, sharing their values (no deep copy of the records). */
    private ObjectNode without(JsonNode object, String key) {
        ObjectNode rest = json.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().equals(key)) {
                rest.set(field.getKey(), field.getValue());
            }
        }
        return rest;
    }

    /**
     * An object with an {@code id} of its own is a record, whatever it holds (a log entry names its {@code incident},
     * an incident from a sync tool carries its {@code log_entries}); an envelope only pages or wraps its records.
     */
    private static boolean isRecord(JsonNode object) {
        JsonNode id = object.get(EnvelopeKeys.OWN_ID);
        return id != null && id.isValueNode() && !id.isNull();
    }

    private Map.Entry<String, JsonNode> envelopeList(JsonNode object) {
        if (isRecord(object)) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (envelope.listKeys().contains(field.getKey()) && field.getValue().isArray()) {
                return field;
            }
        }
        return null;
    }

    private Map.Entry<String, JsonNode> envelopeSingle(JsonNode object) {
        if (isRecord(object)) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (envelope.singleKeys().contains(field.getKey()) && field.getValue().isObject()) {
                return field;
            }
        }
        return null;
    }

    /**
     * Jackson's message in a user's words: "Unexpected end-of-input: expected close marker for Object (start marker at
     * [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 20, column: 18])" becomes
     * "… (the object opened at line 20, column 18; the file is cut short?)".
     */
    static String plain(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        Matcher marker = START_MARKER.matcher(message);
        if (marker.find()) {
            String kind = message.contains("for Array") ? "array" : "object";
            return marker.replaceFirst(Matcher.quoteReplacement("(the " + kind + " opened at line " + marker.group(1)
                    + ", column " + marker.group(2) + (message.startsWith("Unexpected end-of-input")
                    ? "; the file is cut short?)" : ")")));
        }
        String plain = SOURCE.matcher(message).replaceAll("");
        return plain.startsWith("Unexpected end-of-input") ? plain + " (the file is cut short?)" : plain;
    }

    private void readDocument(InputStream in, Run run) throws IOException {
        try (JsonParser parser = json.createParser(in)) {
            try {
                readValues(parser, run);
            } catch (JsonProcessingException e) {
                run.flushPending("record 1");
                run.drainDeferred();
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                String where = run.recordInProgress > 0 ? " in record " + run.recordInProgress : "";
                run.sink.reject(Reject.of(run.fileName, "line " + at.getLineNr(), null,
                        "malformed JSON" + where + ", stopped reading the file: " + plain(e), null));
            }
        }
    }

    private void readValues(JsonParser parser, Run run) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            run.sink.reject(Reject.of(run.fileName, "file", null, "empty file", null));
            return;
        }
        int values = 0;
        while (token != null) {
            values++;
            int line = parser.currentTokenLocation().getLineNr();
            if (values == 2) {
                run.flushPending("line " + run.pendingLine);
            }
            if (token == JsonToken.START_ARRAY) {
                streamArray(parser, null, run, noWrapper(), true);
            } else if (token == JsonToken.START_OBJECT) {
                readRootObject(parser, run, values == 1, line);
            } else {
                run.sink.reject(Reject.of(run.fileName, values == 1 ? "file" : "line " + line, null,
                        "top-level value is a " + scalarKind(token) + ", not a JSON object or array", parser.getText()));
            }
            token = parser.nextToken();
        }
        run.flushPending("record 1");
    }

    /**
     * Reads a top-level object field by field: an envelope's records are streamed as they come; other
     * fields are kept, because without an envelope key the object is itself the record.
     */
    private void readRootObject(JsonParser parser, Run run, boolean first, int line) throws IOException {
        ObjectNode rest = json.createObjectNode();
        JsonNode single = null;
        String singleKey = null;
        boolean list = false;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (envelope.listKeys().contains(name) && value == JsonToken.START_ARRAY) {
                list = true;
                streamArray(parser, name, run, rest, false);
            } else if (envelope.singleKeys().contains(name) && value == JsonToken.START_OBJECT) {
                single = json.readTree(parser);
                singleKey = name;
            } else {
                rest.set(name, json.readTree(parser));
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new JsonParseException(parser, "unexpected end of object");
        }
        run.drainDeferred();
        if (single != null && !list && isRecord(rest)) {
            rest.set(singleKey, single); // a record that names another ("incident": {…} of a log entry), no envelope
            run.single(rest, null, first, line, noWrapper());
        } else if (single != null) {
            run.single(single, singleKey, first, line, rest);
        } else if (!list) {
            run.single(rest, null, first, line, noWrapper());
        }
    }

    private static String scalarKind(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            default -> "null";
        };
    }

    private void streamArray(JsonParser parser, String container, Run run, ObjectNode wrapper, boolean complete)
            throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new JsonEOFException(parser, null, "end of input inside an array");
            }
            if (container == null && envelope.inArrays() && token == JsonToken.START_OBJECT) {
                readArrayElement(parser, run);
                continue;
            }
            run.recordInProgress = ++run.records;
            JsonNode record = json.readTree(parser);
            run.recordInProgress = 0;
            run.emit(record, container, "record " + run.records, wrapper, complete);
        }
    }

    /**
     * An object element of a root array whose elements may be envelopes ({@link EnvelopeKeys#inArrays()}): when it
     * holds a list envelope, its records are read with the element's other fields as their wrapper, numbered on
     * from the records before them as concatenated pages are; otherwise the element is itself a record. One element
     * is held at a time (one webhook payload).
     */
    private void readArrayElement(JsonParser parser, Run run) throws IOException {
        run.recordInProgress = run.records + 1;
        JsonNode element = json.readTree(parser);
        run.recordInProgress = 0;
        Map.Entry<String, JsonNode> list = envelopeList(element);
        if (list == null) {
            run.emit(element, null, "record " + ++run.records, noWrapper(), true);
            return;
        }
        ObjectNode wrapper = without(element, list.getKey());
        for (JsonNode record : list.getValue()) {
            run.emit(record, list.getKey(), "record " + ++run.records, wrapper, true);
        }
    }

    /** The state of reading one file. */
    private final class Run {
        private final String fileName;
        private final ParseSink sink;
        private final TeamDirectory teams;
        private int records;
        private int recordInProgress;
        private JsonNode pending;
        private String pendingContainer;
        private ObjectNode pendingWrapper;
        private int pendingLine;
        private final List<Held> deferred = new ArrayList<>();
        private ObjectNode deferredWrapper;

        private Run(String fileName, ParseSink sink, TeamDirectory teams) {
            this.fileName = fileName;
            this.sink = sink;
            this.teams = teams;
        }

        /**
         * A record that is a whole top-level value. Whether it is labelled {@code record 1} or by its line
         * depends on whether more values follow, so the first one waits until that is known.
         */
        void single(JsonNode record, String container, boolean first, int line, ObjectNode wrapper) {
            if (first) {
                pending = record;
                pendingContainer = container;
                pendingWrapper = wrapper;
                pendingLine = line;
            } else {
                emit(record, container, "line " + line, wrapper, true);
            }
        }

        void flushPending(String position) {
            if (pending != null) {
                JsonNode record = pending;
                pending = null;
                emit(record, pendingContainer, position, pendingWrapper, true);
            }
        }

        void emit(JsonNode record, String container, String position, ObjectNode wrapper, boolean complete) {
            if (!complete && !deferred.isEmpty()) {
                // an earlier record of this envelope is waiting: wait behind it to keep the input order
                hold(record, container, position, wrapper);
                return;
            }
            if (!record.isObject()) {
                sink.reject(Reject.of(fileName, position, null,
                        "record is " + record.getNodeType().name().toLowerCase(Locale.ROOT)
                                + ", not a JSON object", record.toString()));
                return;
            }
            MappedRecord result;
            try {
                result = handler.map((ObjectNode) record, new RecordContext(container, fileName, wrapper, complete, teams));
            } catch (RecordProblem problem) {
                sink.reject(Reject.of(fileName, position, problem.field(), problem.getMessage(), record.toString()));
                return;
            }
            if (result instanceof MappedRecord.Event event) {
                sink.accept(event.event());
            } else if (result instanceof MappedRecord.EventWithParts whole) {
                sink.accept(whole.event());
                for (MappedRecord.Part part : whole.parts()) {
                    if (part.enrichment() != null) {
                        sink.fold(part.enrichment());
                    } else {
                        sink.reject(Reject.of(fileName, position + " " + part.where(), part.problem().field(),
                                part.problem().getMessage(), part.raw()));
                    }
                }
            } else if (result instanceof MappedRecord.Folded folded) {
                sink.fold(folded.enrichment());
            } else if (complete) {
                throw new IllegalStateException("handler deferred a record although its wrapper is complete");
            } else {
                hold(record, container, position, wrapper);
            }
        }

        private void hold(JsonNode record, String container, String position, ObjectNode wrapper) {
            deferred.add(new Held(record, container, position));
            deferredWrapper = wrapper;
            if (deferred.size() >= MAX_DEFERRED) {
                drainDeferred();
            }
        }

        /** Offers the held records again with what is known of their wrapper, now final. */
        void drainDeferred() {
            List<Held> held = List.copyOf(deferred);
            deferred.clear();
            for (Held h : held) {
                emit(h.record(), h.container(), h.position(), deferredWrapper, true);
            }
        }
    }

    private record Held(JsonNode record, String container, String position) {
    }
}
