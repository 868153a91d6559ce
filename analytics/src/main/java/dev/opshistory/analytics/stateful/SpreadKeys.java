package dev.opshistory.analytics.stateful;

/**
 * Keys that sort cheaply. A bounded run sorts every keyed input by its serialized key, comparing first a
 * normalised prefix of 16 bytes and the whole key only where prefixes are equal; our natural keys share their
 * first 15 characters ({@code pagerduty:incident:…}, {@code opsgenie:alert:…}, {@code ALERT:checkout…}), so
 * nearly every comparison read both records' keys back (the sort's largest cost). A spread key is the natural
 * key behind the hex of its hash: it groups exactly the same records (the natural key is still all there), and
 * its first bytes differ between nearly all keys.
 */
public final class SpreadKeys {

    /** Characters of hash in front of the natural key. */
    static final int PREFIX_LENGTH = 8;
    private static final String ZEROS = "0".repeat(PREFIX_LENGTH);

    private SpreadKeys() {
    }

    /** The key to group {@code naturalKey}'s records under. */
    public static String spread(String naturalKey) {
        String hash = Integer.toHexString(naturalKey.hashCode());
        return ZEROS.substring(hash.length()) + hash + naturalKey;
    }

    /** The natural key of a key made by {@link #spread}. */
    public static String natural(String spreadKey) {
        return spreadKey.substring(PREFIX_LENGTH);
    }
}
