package dev.opshistory.analytics.rootcause;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names written into a text — hosts, pods, regions, versions, and the event's own service — say which thing is
 * affected, not what went wrong: "Disk usage above 90% on inventory-data-03 (inventory-db)" is not a data fault,
 * and "latency above 1500 ms on routing-search" is not a networking one. Such names are replaced by a mark
 * before the rules read the text, so a word inside a name never counts as a cause. Two kinds are names whatever
 * the text: a token of words joined by {@code - _ . :} that holds a digit ({@code web-01}, {@code us-east-1},
 * {@code ip-10-0-3-7}, {@code 2026.01.01-4}); and the event's service when it is written as one joined token
 * ({@code fraud-search}) — a service named in plain words ("DNS", "Database") still counts, as it may be the cause.
 * Masking the names also lets alerts that differ only in a host share one cached verdict.
 */
final class NamesInText {

    /** What a name becomes: not a letter, digit or phrase separator, so no term matches across it. */
    static final String MARK = "#";

    private static final Pattern JOINED = Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]+(?:[-_.:][\\p{L}\\p{N}]+)+");

    /** The event's service when it is one joined token (matched ignoring case), else null. */
    private final String joinedService;

    private NamesInText(String joinedService) {
        this.joinedService = joinedService;
    }

    /** The names of an event whose service is {@code service} (may be null). */
    static NamesInText of(String service) {
        String name = service == null ? null : service.strip();
        return new NamesInText(name != null && isJoined(name) ? name : null);
    }

    /** {@code text} with its names replaced by {@link #MARK}; null stays null. */
    String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            int end = joinedTokenEnd(text, i);
            if (end < 0) {
                i = wordEnd(text, i);
                continue;
            }
            String token = text.substring(i, end);
            if (hasDigit(token) || token.equalsIgnoreCase(joinedService)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i).append(MARK);
                copied = end;
            }
            i = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * Where the joined token starting at a word's first character ends, or -1 when the word is joined to none: what
     * {@link #JOINED} matches there, scanned by hand (the pattern took more than a quarter of the root-cause rules'
     * time at a million alerts).
     */
    private static int joinedTokenEnd(String text, int start) {
        int end = wordEnd(text, start);
        int joined = -1;
        while (end + 1 < text.length() && "-_.:".indexOf(text.charAt(end)) >= 0
                && isWordChar(text.codePointAt(end + 1))) {
            end = wordEnd(text, end + 1);
            joined = end;
        }
        return joined;
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && isWordChar(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** A letter or a number, as {@code [\p{L}\p{N}]} has them. */
    private static boolean isWordChar(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isJoined(String name) {
        return JOINED.matcher(name).matches();
    }

    private static boolean hasDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
