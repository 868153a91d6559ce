package dev.opshistory.app.generate;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Vendor-looking ids that are unique by construction, not by luck: each is a bijective scramble of a
 * sequence number (multiplication by an odd constant and addition of a seeded salt modulo 2^64), so two
 * sequence numbers never give one id, yet the ids look random. No set of issued ids is kept, so memory does
 * not grow with the number of records.
 */
final class Ids {

    private static final long MIX = 0x9E3779B97F4A7C15L;
    private static final long SHORT_SPACE = 2_176_782_336L; // 36^6
    private static final long SHORT_MIX = 1_000_003L;
    private static final long MASK_62 = (1L << 62) - 1;

    private final long salt;
    private final SplittableRandom random;

    Ids(SplittableRandom random) {
        this.random = random;
        this.salt = random.nextLong();
    }

    /** A PagerDuty id of a new account's shape: a letter and 13 upper-case base-36 characters ({@code Q0TUTXDJ0P1RRT}). */
    String pagerDuty(char first, long sequence) {
        return first + base36(sequence * MIX + salt, 13);
    }

    /** A PagerDuty log entry id: {@code R} and 25 characters, unique per sequence number. */
    String logEntry(long sequence) {
        return "R" + base36(sequence * MIX + salt, 13) + base36(random.nextLong(), 12);
    }

    /**
     * A classic 7-character PagerDuty id ({@code PT4KHLK}) for users, teams, services and policies: a bijection
     * on the 36^6 six-character values (the multiplier is coprime to 36), unique for the first 36^6 numbers.
     */
    String shortPagerDuty(long sequence) {
        long value = Math.floorMod(sequence * SHORT_MIX + salt, SHORT_SPACE);
        return "P" + base36(value, 6);
    }

    /**
     * A Grafana OnCall public id: a letter and 12 upper-case base-36 characters ({@code I68T24C13IFW1}); the
     * scrambled sequence number is 62 bits, and every 62-bit value has 12 base-36 digits, so ids never repeat.
     */
    String grafanaOnCall(char first, long sequence) {
        return first + base36((sequence * MIX + salt) & MASK_62, 12);
    }

    /** An Opsgenie alert id: a version-4 UUID whose low bits carry the scrambled sequence, then {@code -<epoch ms>}. */
    String opsgenieAlert(long sequence, long createdEpochMillis) {
        return uuid(sequence) + "-" + createdEpochMillis;
    }

    /** A version-4 UUID, unique per sequence number. */
    String uuid(long sequence) {
        long msb = (random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        long lsb = ((sequence * MIX + salt) & MASK_62) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /** 128 random bits as 32 lower-case hex digits, for keys that need not be unique. */
    String hex32() {
        return String.format(Locale.ROOT, "%016x%016x", random.nextLong(), random.nextLong());
    }

    private static String base36(long value, int width) {
        String digits = Long.toUnsignedString(value, 36).toUpperCase(Locale.ROOT);
        return "0".repeat(Math.max(0, width - digits.length())) + digits.substring(Math.max(0, digits.length() - width));
    }
}
