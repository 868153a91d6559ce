package dev.opshistory.model;

/** Normalised severity, SEV1 most severe. {@link #UNKNOWN} when no vendor field says anything. */
public enum Severity {
    SEV1, SEV2, SEV3, SEV4, SEV5, UNKNOWN;

    /** SEV1..SEV5 from a level 1..5; levels outside that range are clamped. */
    public static Severity ofLevel(int level) {
        return values()[Math.max(1, Math.min(5, level)) - 1];
    }
}
