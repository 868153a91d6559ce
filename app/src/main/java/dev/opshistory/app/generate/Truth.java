package dev.opshistory.app.generate;

import dev.opshistory.model.Actionability;
import dev.opshistory.model.RootCause;

/**
 * What the generator planted in one alert: the ground truth written to {@code ground-truth.labels.json}.
 * Mutable while an episode is being planned; read once when the alert is written.
 */
final class Truth {

    /**
     * The episode kind that produced the alert: background, flapping, repeated, storm, deploy, deduplicated,
     * false_positive, incident, forgotten (acknowledged or snoozed and never closed), open (raised in the last hour).
     */
    final String pattern;
    /** What a perfect classifier would say: did the page need a human? */
    Actionability actionability;
    /** Created, with at least two other alerts of its title template, within 24 h (planted). */
    boolean repeated;
    /** Triggered and auto-resolved at least three times within an hour (planted). */
    boolean flapping;
    /** Resolved by the integration within minutes, never acknowledged by a person. */
    boolean transientAlert;
    /** Explicitly marked as a false positive by a person (note, annotate log entry or tag). */
    boolean falsePositive;
    /** Vendor de-duplication folded several occurrences into it (Opsgenie {@code count} &gt; 1). */
    boolean deduplicated;
    /** The group of alerts planted together (a burst, a repeat group, a storm), or null. */
    String group;
    /** A real incident: P1/P2 or referenced by a postmortem. */
    boolean significant;
    /** The category its story belongs to, for real incidents; written to the labels only when a postmortem was written. */
    RootCause rootCause;
    /** The story of a real incident (title, notes, postmortem text), or null. */
    Story.Told story;
    /** Whether a postmortem should be written for it when it is resolved before the export. */
    boolean wantsPostmortem;

    Truth(String pattern, Actionability actionability) {
        this.pattern = pattern;
        this.actionability = actionability;
    }
}
