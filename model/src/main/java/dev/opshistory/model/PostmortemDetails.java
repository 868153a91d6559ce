package dev.opshistory.model;

import java.util.List;

/**
 * The parts of a postmortem document that the report uses. Text fields are the document's own words,
 * null when the section is missing or empty.
 *
 * @param incidentRefs     incident ids, numbers, keys or URLs the document names
 * @param rootCauseInProse whether {@code rootCause} is a sentence of the document's prose that tells a cause ("the
 *                         outage was caused by …", "due to …") rather than a root-cause section, field or a sentence
 *                         that names the root cause: the classifier reads it where it stands, not as the root cause
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
        String lessons,
        boolean rootCauseInProse) {

    public PostmortemDetails {
        incidentRefs = incidentRefs == null ? List.of() : List.copyOf(incidentRefs);
        actionItems = actionItems == null ? List.of() : List.copyOf(actionItems);
    }
}
