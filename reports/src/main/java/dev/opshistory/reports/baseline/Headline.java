package dev.opshistory.reports.baseline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headline figures a later review compares against ({@code headline} in summary.json): keys and labels.
 * Shares are in [0, 1], durations in minutes.
 */
public final class Headline {

    /** Key → label, in the order the report prints them. */
    public static final Map<String, String> LABELS = new LinkedHashMap<>();

    /**
     * Where schema-1 summaries written before {@code headline} existed keep the same figure (JSON pointers);
     * figures not listed here are unknown in such a baseline.
     */
    public static final Map<String, String> LEGACY_POINTERS = Map.of(
            "alerts", "/totals/alerts",
            "incidents", "/totals/incidents",
            "mtta_median_minutes", "/response/mtta_minutes/median",
            "mttr_median_minutes", "/response/mttr_minutes/median");

    static {
        LABELS.put("alerts", "Alerts");
        LABELS.put("incidents", "Incidents");
        LABELS.put("pages", "Pages");
        LABELS.put("sleep_pages", "Pages in sleep hours");
        LABELS.put("non_actionable_share", "Non-actionable share of alerts");
        LABELS.put("mtta_median_minutes", "MTTA median (min)");
        LABELS.put("mttr_median_minutes", "MTTR median (min)");
        LABELS.put("shifts_over_guide_share", "Share of shifts over 2 pages");
        LABELS.put("alarms_with_runbook_share", "Share of alarms with a runbook");
    }

    private Headline() {
    }

    /** This report's headline figures, keyed as {@link #LABELS}; null where unknown. */
    public static Map<String, Double> of(dev.opshistory.reports.ReportData data) {
        Map<String, Double> values = new LinkedHashMap<>();
        long alerts = data.totals().alerts();
        values.put("alerts", (double) alerts);
        values.put("incidents", (double) data.totals().incidents());
        values.put("pages", (double) data.pages().pages());
        values.put("sleep_pages", (double) data.pages().sleep());
        values.put("non_actionable_share", alerts == 0 ? null : (double) data.nonActionable() / alerts);
        values.put("mtta_median_minutes", data.response().timeToAcknowledge().median());
        values.put("mttr_median_minutes", data.response().timeToResolve().median());
        values.put("shifts_over_guide_share", data.onCall().shareOverGuide());
        values.put("alarms_with_runbook_share", data.runbooks().fingerprintShare());
        return values;
    }
}
