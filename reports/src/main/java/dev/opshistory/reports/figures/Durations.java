package dev.opshistory.reports.figures;

/**
 * A distribution of durations in minutes. Quantiles interpolate linearly between the two nearest values
 * (DuckDB's {@code quantile_cont}, the same as numpy's default); values are rounded to 0.00001 minute. All null when {@code count} is 0.
 *
 * @param count  how many alerts had the duration
 * @param median the 50th percentile
 * @param p90    the 90th percentile
 * @param mean   the arithmetic mean
 */
public record Durations(long count, Double median, Double p90, Double mean) {

    public static final Durations NONE = new Durations(0, null, null, null);
}
