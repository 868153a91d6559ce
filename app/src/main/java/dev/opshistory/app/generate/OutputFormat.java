package dev.opshistory.app.generate;

import java.util.Arrays;
import java.util.Locale;

/** The vendor shapes {@code opshistory generate} can write, by their {@code --formats} names. */
public enum OutputFormat {
    /** PagerDuty {@code GET /incidents} pages and {@code GET /log_entries} pages. */
    PAGERDUTY_JSON("pagerduty-json", Vendor.PAGERDUTY),
    /** PagerDuty's incidents CSV export (the 23 columns of the advanced-reporting download). */
    PAGERDUTY_CSV("pagerduty-csv", Vendor.PAGERDUTY),
    /** Opsgenie {@code GET /v2/alerts} pages. */
    OPSGENIE_JSON("opsgenie-json", Vendor.OPSGENIE),
    /** Markdown postmortems in the Google SRE book layout, for a share of the significant PagerDuty incidents. */
    POSTMORTEMS("postmortems", Vendor.PAGERDUTY),
    /** Prometheus Alertmanager webhook notifications (version 4), logged as NDJSON; not in the default set. */
    ALERTMANAGER_JSON("alertmanager-json", Vendor.ALERTMANAGER),
    /** Grafana OnCall {@code GET /api/v1/alert_groups/} pages; not in the default set. */
    GRAFANA_ONCALL_JSON("grafana-oncall-json", Vendor.GRAFANA_ONCALL);

    /**
     * The tools whose alerts the generator writes, in the order they are generated and labelled, with their
     * shares of {@code --alerts} when several are written (PagerDuty 3, every other 2: 60/40 for PagerDuty and
     * Opsgenie).
     */
    enum Vendor {
        PAGERDUTY(3), OPSGENIE(2), ALERTMANAGER(2), GRAFANA_ONCALL(2);

        final int shares;

        Vendor(int shares) {
            this.shares = shares;
        }
    }

    private final String cliName;
    private final Vendor vendor;

    OutputFormat(String cliName, Vendor vendor) {
        this.cliName = cliName;
        this.vendor = vendor;
    }

    /** The name used on the command line. */
    public String cliName() {
        return cliName;
    }

    /** The format of a command-line name, case-insensitive. */
    public static OutputFormat of(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "'; known formats: "
                        + String.join(", ", Arrays.stream(values()).map(OutputFormat::cliName).toList())));
    }

    /** Whose alerts the format carries: PagerDuty for its JSON, its CSV and the postmortems naming its incidents. */
    Vendor vendor() {
        return vendor;
    }
}
