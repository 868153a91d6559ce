package dev.opshistory.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
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

    /** The longest text {@link #format} writes: a nine-digit year with its sign and nine fractional digits. */
    public static final int MAX_FORMATTED = 40;

    /** Seconds of 10000-01-01T00:00:00Z: later instants need more than four year digits. */
    private static final long YEAR_10000 = 253_402_300_800L;

    /**
     * Writes {@code instant} as {@link java.time.format.DateTimeFormatter#ISO_INSTANT} does (and so
     * {@link Instant#toString()}), {@code 2023-02-26T00:10:04Z} with 3, 6 or 9 fractional digits when the nanoseconds
     * are not zero, into {@code out} from index 0, and returns the length written (at most
     * {@value #MAX_FORMATTED} characters). By hand for 1970 to 9999, the formatter otherwise: the formatter costs
     * several hundred nanoseconds per instant, and every event written to Kafka holds several.
     */
    public static int format(Instant instant, char[] out) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds >= YEAR_10000) {
            String text = instant.toString();
            text.getChars(0, text.length(), out, 0);
            return text.length();
        }
        LocalDate date = LocalDate.ofEpochDay(seconds / 86_400);
        int secondOfDay = (int) (seconds % 86_400);
        int year = date.getYear();
        put2(out, 0, year / 100);
        put2(out, 2, year % 100);
        out[4] = '-';
        put2(out, 5, date.getMonthValue());
        out[7] = '-';
        put2(out, 8, date.getDayOfMonth());
        out[10] = 'T';
        put2(out, 11, secondOfDay / 3600);
        out[13] = ':';
        put2(out, 14, secondOfDay / 60 % 60);
        out[16] = ':';
        put2(out, 17, secondOfDay % 60);
        int n = 19;
        int nanos = instant.getNano();
        if (nanos != 0) {
            out[n++] = '.';
            int digits = nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
            for (int i = 0, unit = 100_000_000; i < digits; i++, unit /= 10) {
                out[n++] = (char) ('0' + nanos / unit % 10);
            }
        }
        out[n++] = 'Z';
        return n;
    }

    private static void put2(char[] out, int at, int value) {
        out[at] = (char) ('0' + value / 10);
        out[at + 1] = (char) ('0' + value % 10);
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
