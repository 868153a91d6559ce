package dev.opshistory.ingest.parse;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one export format into canonical events. Implementations are pure: a stream in, events and
 * rejects out through the sink; no Kafka, no clock, no file system. They stream: one record in memory at
 * a time, never the whole export.
 *
 * <p>Contract: every record of the input ends in exactly one call to {@link ParseSink#accept},
 * {@link ParseSink#fold} (a log entry, note or grouped alert that adds to another event) or
 * {@link ParseSink#reject}; a bad record never stops the good records after it unless the input cannot
 * be read any further (then one reject says where and why). All instants are UTC.
 */
public interface ExportParser {

    /** Stable short name, shown by {@code inspect} and accepted by {@code --format}, e.g. {@code pagerduty-incidents-json}. */
    String format();

    /**
     * How sure this parser is that it reads the file, judged from its name and first bytes only.
     *
     * @param fileName the file's name (no directories)
     * @param head     the first bytes of the file decoded as UTF-8 (at most 64 KiB; may end mid-record)
     * @return a detection whose score is 0 when the parser does not read this file
     */
    Detection detect(String fileName, String head);

    /**
     * The highest score {@link #detect} can give. The registry does not ask a parser whose highest score is below
     * the best detection already found (it could neither win nor tie), so a parser whose detection is dear (Markdown
     * parses the head, milliseconds per file) says how high it goes; the default, no bound, means always asked.
     */
    default int highestScore() {
        return Integer.MAX_VALUE;
    }

    /**
     * Parses the whole stream.
     *
     * @param in       the file's bytes; not closed by the parser
     * @param fileName the name used in rejects and in {@code source_file}
     * @throws IOException only when the stream itself fails; malformed content becomes rejects
     */
    void parse(InputStream in, String fileName, ParseSink sink) throws IOException;

    /**
     * Parses the whole stream with the run's Opsgenie team names at hand ({@link TeamDirectory}), for the formats
     * whose records name teams by id; the others ignore them, which is what this default does.
     *
     * @param teams team names by id, read from the inputs before the exports
     * @throws IOException only when the stream itself fails; malformed content becomes rejects
     */
    default void parse(InputStream in, String fileName, ParseSink sink, TeamDirectory teams) throws IOException {
        parse(in, fileName, sink);
    }
}
