package dev.opshistory.ingest.parse.postmortem;

/**
 * What a heading, bold pseudo-heading or {@code **Field**: value} label of a postmortem stands for. Kinds
 * without a field in {@link dev.opshistory.model.PostmortemDetails} (timeline, narrative, other) are still
 * recognised, so that their content is not mistaken for the section before them.
 */
public enum SectionKind {
    SUMMARY, IMPACT, DURATION, ROOT_CAUSE, TRIGGER, RESOLUTION, DETECTION, ACTION_ITEMS, LESSONS,
    TIMELINE, NARRATIVE, DATE, AUTHORS, STATUS, INCIDENT, SEVERITY, MODIFIED, OTHER;

    /**
     * Kinds whose value is one short line ({@code Date: 2015-10-21}): such a field with a value does not take
     * the paragraphs after it; a plain (not bold) {@code Label: value} line is read as a field for them, and for
     * the other kinds only under a name of at most four words ({@code Root cause: …}).
     */
    public boolean isMetadata() {
        return switch (this) {
            case DATE, AUTHORS, STATUS, INCIDENT, SEVERITY, DURATION, MODIFIED -> true;
            default -> false;
        };
    }
}
