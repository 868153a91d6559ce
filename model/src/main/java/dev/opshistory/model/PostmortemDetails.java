package dev.opshistory.model;

import java.util.List;

/**
 * The parts of a postmortem document that the report uses. Text fields are the document's own words,
 * null when the section is missing or empty.
 *
 * @param incidentRefs incident ids, numbers, keys or URLs the document names
 */
public record PostmortemDetails(
        String date,
        List<String> incidentRefs,
        String summary,
        String impact,
        String duration,
        String rootCause,
        String trigger,
        String resolution,
        String detection,
        List<ActionItem> actionItems,
        String lessons) {

    public PostmortemDetails {
        incidentRefs = incidentRefs == null ? List.of() : List.copyOf(incidentRefs);
        actionItems = actionItems == null ? List.of() : List.copyOf(actionItems);
    }
}
