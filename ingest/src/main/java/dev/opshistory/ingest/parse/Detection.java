package dev.opshistory.ingest.parse;

/**
 * A parser's answer to "is this file yours?": a score (0 = no, higher = surer) and the reason, which
 * {@code inspect} shows to the user.
 */
public record Detection(int score, String reason) {

    /** A plain "not mine"; parsers prefer {@code new Detection(0, why)} so that users learn why. */
    public static final Detection NO = new Detection(0, "not recognised");

    /**
     * A match. Scores used so far: 100 a vendor envelope with a recognised first record, 90 a bare array or
     * NDJSON of recognised records, 80 one bare record, 60 and below an empty envelope.
     */
    public static Detection yes(int score, String reason) {
        return new Detection(score, reason);
    }

    /** Whether the parser reads the file at all. */
    public boolean matches() {
        return score > 0;
    }
}
