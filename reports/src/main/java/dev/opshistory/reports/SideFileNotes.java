package dev.opshistory.reports;

import dev.opshistory.reports.inputs.IngestReconciliation;
import java.util.ArrayList;
import java.util.List;

/**
 * The data-quality notes about inputs that are not exports: the files of the inputs' folders left unread by their
 * names (READMEs, images), and which side files ingest read (an Opsgenie teams
 * lookup changes every team figure, so a reader should know it was there) and how many Opsgenie team ids no
 * lookup named (those alerts are counted under the bare id).
 */
final class SideFileNotes {

    /** The kind ingest gives a file of the inputs' folders left unread because its name is not an export's. */
    private static final String SKIPPED = "skipped";
    /** How many of them the note names. */
    private static final int SKIPPED_NAMED = 5;

    private SideFileNotes() {
    }

    /** One note per side file, one for unnamed team ids and one for unnamed service ids when there are any. */
    static List<String> of(List<IngestReconciliation.SideFile> sideFiles, Long teamIdsWithoutName,
            Long serviceIdsWithoutName) {
        List<String> notes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (IngestReconciliation.SideFile side : sideFiles) {
            if (SKIPPED.equals(side.kind())) {
                skipped.add(side.file());
                continue;
            }
            notes.add("Side file (not an export): " + side.file() + ", " + side.kind() + ", "
                    + (side.note() == null ? side.entries() + " entries used." : "not used: " + side.note() + "."));
        }
        if (!skipped.isEmpty()) {
            // a folder of exports beside its images and notes: one note, not one per image
            notes.add(skipped.size() + " file" + (skipped.size() == 1 ? " was" : "s were") + " left unread, not exports"
                    + " by their names (give a file by its path to read it): " + String.join(", ",
                    skipped.subList(0, Math.min(SKIPPED_NAMED, skipped.size())))
                    + (skipped.size() > SKIPPED_NAMED ? ", … (all in ingest/reconciliation.json)." : "."));
        }
        if (teamIdsWithoutName != null && teamIdsWithoutName > 0) {
            notes.add(teamIdsWithoutName + " Opsgenie team id" + (teamIdsWithoutName == 1 ? " has" : "s have")
                    + " no name (no teams lookup named " + (teamIdsWithoutName == 1 ? "it" : "them")
                    + "): their alerts are counted under the id.");
        }
        if (serviceIdsWithoutName != null && serviceIdsWithoutName > 0) {
            notes.add(serviceIdsWithoutName + " Opsgenie service id" + (serviceIdsWithoutName == 1 ? " has" : "s have")
                    + " no name (no services list, GET /v1/services, named " + (serviceIdsWithoutName == 1 ? "it" : "them")
                    + "): their incidents are counted under the id.");
        }
        return notes;
    }
}
