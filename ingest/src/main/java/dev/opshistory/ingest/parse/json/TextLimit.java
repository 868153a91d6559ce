package dev.opshistory.ingest.parse.json;

/**
 * Cuts oversized text so that one event stays far below Kafka's default 1 MB message limit
 * (DESIGN.md §3: truncate at 64 KB, flag the event, accept it).
 */
public final class TextLimit {

    /** Largest text kept in one field, in UTF-8 bytes. */
    public static final int MAX_UTF8_BYTES = 64 * 1024;

    private TextLimit() {
    }

    /** Whether {@code text} is longer than {@link #MAX_UTF8_BYTES} when encoded as UTF-8. */
    public static boolean exceeds(String text) {
        return text.length() > MAX_UTF8_BYTES / 3 && cutIndex(text) < text.length();
    }

    /** The longest prefix of {@code text} that fits {@link #MAX_UTF8_BYTES}, never splitting a character. */
    public static String cut(String text) {
        if (text.length() <= MAX_UTF8_BYTES / 3) {
            return text; // even three bytes per char would fit
        }
        return text.substring(0, cutIndex(text));
    }

    private static int cutIndex(String text) {
        int bytes = 0;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (bytes + size > MAX_UTF8_BYTES) {
                return i;
            }
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return i;
    }
}
