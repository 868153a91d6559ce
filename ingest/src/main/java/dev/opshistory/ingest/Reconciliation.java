package dev.opshistory.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The account of an ingest: for each file and in total, records read = accepted + rejected. Folded
 * records (merged into another event) are part of accepted. Written to {@code <out>/ingest/reconciliation.json}
 * (docs/warehouse.md) and read by the report.
 *
 * <p>Side files (an Opsgenie {@code GET /v2/teams} response, other {@code *.lookup.json}) are inputs that hold no
 * records: they are listed apart, with what they gave, so that the account of records stays exact and every input
 * file is still named. {@code teamIdsWithoutName} counts the distinct Opsgenie team ids that no teams lookup named,
 * which the events then carry as ids; {@code serviceIdsWithoutName} the Opsgenie service ids (an incident's
 * {@code impactedServices}) that no services list named.
 */
public record Reconciliation(List<FileCount> files, Count total, List<SideFile> sideFiles, long teamIdsWithoutName,
        long serviceIdsWithoutName) {

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

    /**
     * An input that is not an export.
     *
     * @param kind    what it is, e.g. {@value dev.opshistory.ingest.parse.TeamsLookup#KIND}
     * @param entries how many entries it gave (teams named), 0 when unused
     * @param sha256  hex SHA-256 of its bytes; null when it could not be read
     * @param note    why it was not used, or null when it was
     */
    public record SideFile(String file, String kind, long entries, String sha256, String note) {
    }

    public static Reconciliation of(List<FileCount> files, List<SideFile> sideFiles, long teamIdsWithoutName,
            long serviceIdsWithoutName) {
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
        return new Reconciliation(List.copyOf(files), new Count(read, accepted, rejected, folded),
                List.copyOf(sideFiles), teamIdsWithoutName, serviceIdsWithoutName);
    }

    /** The kind of a side file left unread because its name is not an export's. */
    public static final String SKIPPED_KIND = "skipped";

    /**
     * This account with the files of the inputs' folders that were left unread because their names are not exports'
     * (READMEs, licences, images, logs) listed as side files, so that every input file is named in the account.
     */
    public Reconciliation withSkipped(List<String> skippedFiles) {
        List<SideFile> all = new ArrayList<>(sideFiles);
        for (String file : skippedFiles) {
            all.add(new SideFile(file, SKIPPED_KIND, 0, null, "not an export by its name (a README, licence, image or"
                    + " log?); give it by its path to read it"));
        }
        return new Reconciliation(files, total, List.copyOf(all), teamIdsWithoutName, serviceIdsWithoutName);
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
