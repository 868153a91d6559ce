package dev.opshistory.analytics.overrides;

import java.io.Serializable;

/** One line of a reviewer's overrides file: set {@code field} of {@code eventId} to {@code value}, because {@code note}. */
public record Override(String eventId, OverrideField field, String value, String note) implements Serializable {
}
