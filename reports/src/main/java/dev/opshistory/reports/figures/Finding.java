package dev.opshistory.reports.figures;

/**
 * One of the summary's findings.
 *
 * @param kind  which rule produced it
 * @param score the ranking score (see {@link Findings}); higher matters more
 * @param text  the sentence the report prints (built from figures and, for fingerprints, untrusted titles)
 */
public record Finding(String kind, double score, String text) {
}
