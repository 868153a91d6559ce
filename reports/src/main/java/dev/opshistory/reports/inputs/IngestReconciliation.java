package dev.opshistory.reports.inputs;

import java.util.List;

/**
 * {@code <run>/ingest/reconciliation.json} as ingest writes it (docs/warehouse.md). Unknown keys are ignored
 * so that ingest can add to it without breaking reports.
 *
 * @param sideFiles          inputs that are not exports (an Opsgenie teams lookup); null in older accounts
 * @param teamIdsWithoutName Opsgenie team ids no lookup named; null in older accounts
 * @param serviceIdsWithoutName Opsgenie service ids no services list named; null in older accounts
 */
public record IngestReconciliation(List<FileCount> files, Count total, List<SideFile> sideFiles,
                                   Long teamIdsWithoutName, Long serviceIdsWithoutName) {

    /** An account of exports only, as ingest wrote it before side files existed. */
    public IngestReconciliation(List<FileCount> files, Count total) {
        this(files, total, null, null, null);
    }

    /**
     * An input that is not an export but changed the result, such as the Opsgenie {@code GET /v2/teams}
     * response that names teams.
     *
     * @param entries how many entries it gave (teams named)
     * @param note    why it was not used, or null when it was
     */
    public record SideFile(String file, String kind, long entries, String sha256, String note) {
    }

    /** The side files, never null. */
    public List<SideFile> sideFilesOrEmpty() {
        return sideFiles == null ? List.of() : sideFiles;
    }

    /**
     * Counts of one export file; {@code format} is null when no parser recognised it, {@code sha256} when
     * ingest did not record the file's checksum.
     */
    public record FileCount(String file, String format, long read, long accepted, long rejected, long folded,
                            String sha256, Long duplicates) {

        /** A file without a recorded checksum. */
        public FileCount(String file, String format, long read, long accepted, long rejected, long folded) {
            this(file, format, read, accepted, rejected, folded, null);
        }

        /** A file as ingest accounts for it: its duplicates are known only once the warehouse is read. */
        public FileCount(String file, String format, long read, long accepted, long rejected, long folded,
                String sha256) {
            this(file, format, read, accepted, rejected, folded, sha256, null);
        }

        /**
         * This file with its duplicates: its accepted records that are neither folded nor among the warehouse's
         * rows of the file (another record with their id, later, in this file or another, was kept), never negative.
         */
        public FileCount withRowsInWarehouse(long rows) {
            return new FileCount(file, format, read, accepted, rejected, folded, sha256,
                    Math.max(0, accepted - folded - rows));
        }

        /**
         * True when the file looks cut at PagerDuty's CSV export limit: a PagerDuty CSV of exactly
         * {@value #PAGERDUTY_CSV_LIMIT} records.
         */
        public boolean looksTruncated() {
            String name = (file == null ? "" : file) + " " + (format == null ? "" : format);
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            return read == PAGERDUTY_CSV_LIMIT && lower.contains("pagerduty") && lower.contains("csv");
        }
    }

    /** PagerDuty's web UI exports at most this many incidents to CSV. */
    public static final long PAGERDUTY_CSV_LIMIT = 20_000;

    /** Counts summed over the files. */
    public record Count(long read, long accepted, long rejected, long folded) {
    }

    /** The files, never null. */
    public List<FileCount> filesOrEmpty() {
        return files == null ? List.of() : files;
    }

    /** The total as written, or the sum of the files when ingest left it out. */
    public Count totalOrSum() {
        if (total != null) {
            return total;
        }
        long read = 0;
        long accepted = 0;
        long rejected = 0;
        long folded = 0;
        for (FileCount f : filesOrEmpty()) {
            read += f.read();
            accepted += f.accepted();
            rejected += f.rejected();
            folded += f.folded();
        }
        return new Count(read, accepted, rejected, folded);
    }
}
