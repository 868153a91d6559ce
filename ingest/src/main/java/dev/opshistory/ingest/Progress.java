package dev.opshistory.ingest;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress of a long ingest on stderr: records done and records per second, at most every few seconds,
 * so short runs stay quiet.
 */
public final class Progress {

    private static final long INTERVAL_NANOS = Duration.ofSeconds(5).toNanos();

    private final PrintStream out;
    private final long start = System.nanoTime();
    private long lastReport = start;
    private long records;

    public Progress(PrintStream out) {
        this.out = out;
    }

    /** A progress that prints nothing. */
    public static Progress silent() {
        return new Progress(null);
    }

    void record() {
        records++;
        if (out != null && (records & 0x3FF) == 0) {
            long now = System.nanoTime();
            if (now - lastReport >= INTERVAL_NANOS) {
                lastReport = now;
                double seconds = (now - start) / 1e9;
                out.printf("ingest: %,d records, %,.0f records/s%n", records, records / seconds);
            }
        }
    }
}
