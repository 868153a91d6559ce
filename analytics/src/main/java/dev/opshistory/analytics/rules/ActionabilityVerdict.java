package dev.opshistory.analytics.rules;

import dev.opshistory.model.Actionability;

/**
 * The outcome of {@link ActionabilityClassifier}: the class, the rule that gave it, and the evidence in words
 * a reviewer can check against the vendor's UI.
 *
 * @param actionability the class
 * @param reasonCode    the rule that decided
 * @param reasonText    why, for a person: who did what, how long after the alert fired
 */
public record ActionabilityVerdict(Actionability actionability, ActionabilityReason reasonCode, String reasonText) {

    /** A verdict of the class the rule gives. */
    public static ActionabilityVerdict of(ActionabilityReason code, String text) {
        return new ActionabilityVerdict(code.actionability(), code, text);
    }

    /** {@code CODE: text}, as in the warehouse's {@code actionability_reason} column. */
    public String reason() {
        return reasonCode.name() + ": " + reasonText;
    }
}
