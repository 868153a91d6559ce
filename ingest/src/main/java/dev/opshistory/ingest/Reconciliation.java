package dev.opshistory.ingest;

import java.util.List;

/**
 * The account of an ingest: for each file and in total, records read = accepted + rejected. Folded
 * records (merged into another event) are part of accepted. Written to {@code <out>/ingest/reconciliation.json}
 * (docs/warehouse.md) and read by the report.
 */
public record Reconciliation(List<FileCount> files, Count total) {

    /**
     * Counts of one file, with the format that read it (null when none did) and the SHA-256 of its bytes
     * (hex; null when the file could not be read), which the report's methodology lists.
     */
    public record FileCount(String file, String format, long read, long accepted, long rejected, long folded,
            String sha256) {
    }

    /** Counts summed over files. */
    public record Count(long read, long accepted, long rejected, long folded) {
    }

    public static Reconciliation of(List<FileCount> files) {
        long read = 0;
        long accepted = 0;
        long rejected = 0;
        long folded = 0;
        for (FileCount f : files) {
            read += f.read();
            accepted += f.accepted();
            rejected += f.rejected();
            folded += f.folded();
        }
        return new Reconciliation(List.copyOf(files), new Count(read, accepted, rejected, folded));
    }

    /** True when read = accepted + rejected for every file and in total. */
    public boolean holds() {
        return files.stream().allMatch(f -> f.read() == f.accepted() + f.rejected())
                && total.read() == total.accepted() + total.rejected();
    }

    /** The line every ingest ends with: {@code read=N accepted=M rejected=K}. */
    public String line() {
        return "read=" + total.read() + " accepted=" + total.accepted() + " rejected=" + total.rejected()
                + (total.folded() > 0 ? " (folded=" + total.folded() + ")" : "");
    }
}
