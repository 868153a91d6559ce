package dev.opshistory.reports.inputs;

/**
 * How many rejects gave one reason.
 *
 * @param reason the reject's reason sentence with its file name taken out ({@link RejectReasons#grouped}), whole
 *               (partly untrusted: it may quote the input)
 */
public record ReasonCount(String reason, long rejects) {

    /** The longest reason the report's tables print whole; csv/ and summary.json keep it whole. */
    public static final int SHOWN_LENGTH = 200;

    /** The reason as the report's tables print it: cut to {@value #SHOWN_LENGTH} characters and "…" when longer. */
    public String shortReason() {
        if (reason == null || reason.length() <= SHOWN_LENGTH) {
            return reason;
        }
        // Not between the halves of a surrogate pair.
        int end = Character.isLowSurrogate(reason.charAt(SHOWN_LENGTH)) ? SHOWN_LENGTH - 1 : SHOWN_LENGTH;
        return reason.substring(0, end) + "…";
    }
}
