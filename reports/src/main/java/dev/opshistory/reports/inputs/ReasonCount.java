package dev.opshistory.reports.inputs;

/**
 * How many rejects gave one reason.
 *
 * @param reason the reject's reason sentence (partly untrusted: it may quote the input)
 */
public record ReasonCount(String reason, long rejects) {
}
