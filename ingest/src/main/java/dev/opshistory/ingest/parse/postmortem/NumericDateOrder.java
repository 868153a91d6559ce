package dev.opshistory.ingest.parse.postmortem;

import java.util.regex.Matcher;

/**
 * The order in which a document writes its numeric dates, told by the dates that can be read only one way. "03/10/2021"
 * alone could be 3 October or 10 March, and {@link PostmortemDate} reads no date from it rather than guess; but a writer
 * keeps one order throughout, so a document that also writes "29-09-2021" writes its days first, and its "03-10-2021"
 * is 3 October. A document whose unambiguous dates disagree, or that has none, tells no order.
 */
enum NumericDateOrder {
    DAY_FIRST, MONTH_FIRST, UNKNOWN;

    private static final int MONTHS = 12;
    private static final int DAYS = 31;

    /** The order the unambiguous numeric dates of {@code text} agree on; {@link #UNKNOWN} when none or when they differ. */
    static NumericDateOrder of(String text) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        Matcher date = PostmortemDate.NUMERIC.matcher(text == null ? "" : text);
        while (date.find()) {
            int first = Integer.parseInt(date.group(1));
            int second = Integer.parseInt(date.group(3));
            dayFirst |= first > MONTHS && first <= DAYS && second <= MONTHS;
            monthFirst |= second > MONTHS && second <= DAYS && first <= MONTHS;
        }
        return dayFirst == monthFirst ? UNKNOWN : dayFirst ? DAY_FIRST : MONTH_FIRST;
    }

    /**
     * {@code text} with its ambiguous numeric dates ("03-10-2021", both numbers 12 or under) written as ISO dates in
     * this order ("2021-10-03"), for {@link PostmortemDate} to read; unchanged when the order is unknown.
     */
    String resolve(String text) {
        if (this == UNKNOWN || text == null) {
            return text;
        }
        Matcher date = PostmortemDate.NUMERIC.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (date.find()) {
            int first = Integer.parseInt(date.group(1));
            int second = Integer.parseInt(date.group(3));
            String replacement = date.group();
            if (first >= 1 && second >= 1 && first <= MONTHS && second <= MONTHS) {
                int day = this == DAY_FIRST ? first : second;
                int month = this == DAY_FIRST ? second : first;
                replacement = String.format("%s-%02d-%02d", date.group(4), month, day);
            }
            date.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        date.appendTail(resolved);
        return resolved.toString();
    }
}
