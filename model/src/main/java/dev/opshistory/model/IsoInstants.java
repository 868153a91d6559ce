package dev.opshistory.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The spelling of instants nearly every export and our own JSON use, {@code 2023-02-26T00:10:04Z}, with 1 to 9
 * fractional digits and {@code Z} or {@code ±HH:MM}, read by hand: a {@code java.time} formatter costs several
 * microseconds per timestamp, which adds up over millions of records.
 */
public final class IsoInstants {

    private IsoInstants() {
    }

    /**
     * The instant of {@code t} in the common spelling, or null for any other spelling and for impossible values
     * ({@code 2017-02-30}, {@code 24:00}), which a formatter then reads or refuses; every value taken here is one
     * {@link java.time.format.DateTimeFormatter#ISO_OFFSET_DATE_TIME} reads to the same instant.
     */
    public static Instant parseCommon(String t) {
        int n = t.length();
        if (n < 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (t.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && isDigit(t.charAt(i))) {
                nanos = nanos * 10 + (t.charAt(i) - '0');
                i++;
            }
            int fraction = i - start;
            if (fraction == 0 || (i < n && isDigit(t.charAt(i)))) {
                return null;
            }
            for (int k = fraction; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && t.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (t.charAt(i) == '+' || t.charAt(i) == '-') && t.charAt(i + 3) == ':') {
            int offsetHours = digits(t, i + 1, 2);
            int offsetMinutes = digits(t, i + 4, 2);
            if ((offsetHours | offsetMinutes) < 0 || offsetHours > 18 || offsetMinutes > 59
                    || offsetHours * 3600 + offsetMinutes * 60 > 18 * 3600) {
                return null;
            }
            offsetSeconds = (t.charAt(i) == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
        } else {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                    .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException e) {
            return null; // an impossible date or time: the formatters give the reason
        }
    }

    /** The number written by {@code count} ASCII digits from {@code from}, or -1 when one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
