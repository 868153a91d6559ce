package dev.opshistory.reports;

import dev.opshistory.reports.inputs.IngestReconciliation;
import java.util.ArrayList;
import java.util.List;

/**
 * The data-quality notes about inputs that are not exports: which side files ingest read (an Opsgenie teams
 * lookup changes every team figure, so a reader should know it was there) and how many Opsgenie team ids no
 * lookup named (those alerts are counted under the bare id).
 */
final class SideFileNotes {

    private SideFileNotes() {
    }

    /** One note per side file, and one for unnamed team ids when there are any. */
    static List<String> of(List<IngestReconciliation.SideFile> sideFiles, Long teamIdsWithoutName) {
        List<String> notes = new ArrayList<>();
        for (IngestReconciliation.SideFile side : sideFiles) {
            notes.add("Side file (not an export): " + side.file() + ", " + side.kind() + ", "
                    + (side.note() == null ? side.entries() + " entries used." : "not used: " + side.note() + "."));
        }
        if (teamIdsWithoutName != null && teamIdsWithoutName > 0) {
            notes.add(teamIdsWithoutName + " Opsgenie team id" + (teamIdsWithoutName == 1 ? " has" : "s have")
                    + " no name (no teams lookup named " + (teamIdsWithoutName == 1 ? "it" : "them")
                    + "): their alerts are counted under the id.");
        }
        return notes;
    }
}
