package dev.opshistory.reports.figures;

/**
 * One row of the risk-matrix draft, in the production readiness review's format.
 *
 * @param category    the root-cause category the risk comes from
 * @param risk        what could happen
 * @param impact      what the history says it cost
 * @param severity    1–5, from {@link RiskMatrix#severity}
 * @param likelihood  1–5, from {@link RiskMatrix#likelihood}
 * @param mitigations the category's investment
 */
public record Risk(String category, String risk, String impact, int severity, int likelihood, String mitigations) {

    /** severity × likelihood, the order of the matrix. */
    public int score() {
        return severity * likelihood;
    }
}
