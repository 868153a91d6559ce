package dev.opshistory.app.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Writes records into a series of list pages, one file per page, as an API client saves them: each page is
 * the vendor's envelope around at most {@code pageSize} records. A full page is finished only when the next
 * record arrives (or at {@link #close}), so that its "more" flag is true exactly when a page follows. One page
 * is open at a time and records are streamed straight into it.
 */
final class JsonPages implements Closeable {

    /** The vendor's envelope around the records of one page. */
    interface Envelope {
        /** Starts the page and opens its array of records. */
        void head(JsonGenerator json, long offset) throws IOException;

        /** Closes the array of records and ends the page. */
        void tail(JsonGenerator json, long offset, int count, boolean more) throws IOException;
    }

    /** No envelope: records one per line (NDJSON), with a factory whose root values are separated by newlines. */
    static final Envelope NONE = new Envelope() {
        @Override
        public void head(JsonGenerator json, long offset) {
        }

        @Override
        public void tail(JsonGenerator json, long offset, int count, boolean more) {
        }
    };

    private final OutputFiles files;
    private final JsonFactory factory;
    private final String pathFormat;
    private final int pageSize;
    private final Envelope envelope;
    private JsonGenerator json;
    private OutputStream out;
    private long offset;
    private int count;
    private int page = -1;

    /** @param pathFormat the page's file path with one {@code %d}-style placeholder for the page's offset */
    JsonPages(OutputFiles files, JsonFactory factory, String pathFormat, int pageSize, Envelope envelope) {
        this.files = files;
        this.factory = factory;
        this.pathFormat = pathFormat;
        this.pageSize = pageSize;
        this.envelope = envelope;
    }

    /** The generator to write the next record with, on a new page if the current one is full. */
    JsonGenerator next() throws IOException {
        if (json != null && count == pageSize) {
            finish(true);
        }
        if (json == null) {
            page++;
            out = files.create(String.format(Locale.ROOT, pathFormat, offset));
            json = factory.createGenerator(out, JsonEncoding.UTF8);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the page ends with a newline after the JSON
            envelope.head(json, offset);
        }
        count++;
        return json;
    }

    /** The index of the page the last record went to, from 0. */
    int page() {
        return page;
    }

    private void finish(boolean more) throws IOException {
        envelope.tail(json, offset, count, more);
        json.close();
        out.write('\n');
        out.close();
        offset += count;
        count = 0;
        json = null;
        out = null;
    }

    @Override
    public void close() throws IOException {
        if (json != null) {
            finish(false);
        }
    }
}
