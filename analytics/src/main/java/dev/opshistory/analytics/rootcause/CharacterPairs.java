package dev.opshistory.analytics.rootcause;

/**
 * The pairs of adjacent characters in a text, as a 65,536-bit set: a word whose every pair is absent from it
 * is certainly not in the text. With hundreds of terms per field and most of them absent, checking a term's
 * anchor here first spares a scan of the whole text per term. Pairs are hashed into the set, so a collision
 * can only let a term through to the exact check, never keep a present one out.
 */
final class CharacterPairs {

    private final long[] bits = new long[1024];

    CharacterPairs(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            int h = hash(text.charAt(i), text.charAt(i + 1));
            bits[h >>> 6] |= 1L << h;
        }
    }

    /** False when {@code word} is certainly not in the text; true when it may be. */
    boolean mayContain(String word) {
        for (int i = 0; i + 1 < word.length(); i++) {
            int h = hash(word.charAt(i), word.charAt(i + 1));
            if ((bits[h >>> 6] & (1L << h)) == 0) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char a, char b) {
        return (a * 31 + b) & 0xFFFF;
    }
}
