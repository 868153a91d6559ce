package dev.opshistory.ingest.parse.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits an NDJSON stream into lines with a cap on a line's length. {@link java.io.BufferedReader#readLine()} has
 * no cap: one line without a newline (a corrupt file, a hostile one, a 300 MB blob) would be built up in memory
 * whole and can exhaust the heap before any parser sees it. Here at most {@code maxBytes} of a line are held; a
 * longer line is answered as {@link TooLong} with its length and its first bytes, and the rest of it is only
 * scanned for the next line end, never kept, so the lines after it are read as usual.
 *
 * <p>Lines end as {@code readLine} ends them ({@code \n}, {@code \r} or {@code \r\n}) and are numbered from 1 the
 * same way, so positions in rejects do not change. A kept line is decoded as UTF-8 with malformed bytes replaced
 * (U+FFFD), as {@code InputStreamReader} does; line ends are ASCII and never part of a multi-byte character, so
 * splitting bytes first gives the same lines.
 */
final class NdjsonLines {

    /**
     * The longest line read: as long as the longest text value a JSON record may hold ({@link VendorJson#MAX_STRING_CHARS}),
     * so that an NDJSON record with a 10 MB or 30 MB title is still read (and its title cut, DESIGN.md §3).
     */
    static final int MAX_LINE_BYTES = VendorJson.MAX_STRING_CHARS;

    /** Bytes of an over-long line kept for its reject's excerpt. */
    private static final int EXCERPT_BYTES = 300;
    /** A line buffer grown beyond this for one long line is dropped afterwards rather than held for the whole file. */
    private static final int KEEP_CAPACITY = 1 << 20;

    /** One line of the stream: its number and either its text or the fact that it was too long. */
    sealed interface Line permits Text, TooLong {
        int number();
    }

    /** A line within the cap, decoded. */
    record Text(int number, String text) implements Line {
    }

    /**
     * A line longer than the cap, not kept.
     *
     * @param bytes   its whole length in bytes (line end excluded)
     * @param excerpt its first bytes, decoded, for the reject
     */
    record TooLong(int number, long bytes, String excerpt) implements Line {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] chunk = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean ended;
    /** The last line ended with {@code \r}: a {@code \n} right after it belongs to that line end. */
    private boolean skipLineFeed;
    private byte[] line = new byte[8 * 1024];
    private int length;
    private int number;

    /**
     * @param in       the stream, read from its current position; not closed
     * @param maxBytes the longest line kept, in bytes
     */
    NdjsonLines(InputStream in, int maxBytes) {
        if (maxBytes < EXCERPT_BYTES) {
            throw new IllegalArgumentException("maxBytes below " + EXCERPT_BYTES);
        }
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The longest line kept, in bytes. */
    int maxBytes() {
        return maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        length = 0;
        long total = 0;
        boolean started = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!started) {
                    return null;
                }
                break;
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (chunk[position] == '\n') {
                    position++;
                    continue;
                }
            }
            started = true;
            int end = position;
            while (end < limit && chunk[end] != '\n' && chunk[end] != '\r') {
                end++;
            }
            keep(position, end - position, total);
            total += end - position;
            if (end < limit) {
                skipLineFeed = chunk[end] == '\r';
                position = end + 1;
                break;
            }
            position = limit;
        }
        number++;
        Line result = total > maxBytes
                ? new TooLong(number, total, new String(line, 0, Math.min(length, EXCERPT_BYTES), StandardCharsets.UTF_8))
                : new Text(number, new String(line, 0, length, StandardCharsets.UTF_8));
        if (line.length > KEEP_CAPACITY) {
            line = new byte[8 * 1024];
        }
        return result;
    }

    /** Appends bytes of the current line while it is within the cap; past the cap only the excerpt stays. */
    private void keep(int from, int count, long before) {
        if (before + count > maxBytes) {
            int room = (int) Math.max(0, Math.min(EXCERPT_BYTES - length, count));
            append(from, room);
            return;
        }
        append(from, count);
    }

    private void append(int from, int count) {
        if (count == 0) {
            return;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(maxBytes, Math.max((long) line.length * 2, length + count)));
        }
        System.arraycopy(chunk, from, line, length, count);
        length += count;
    }

    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int n = in.read(chunk);
        while (n == 0) {
            n = in.read(chunk);
        }
        if (n < 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
