package dev.opshistory.app.generate;

import java.util.Arrays;
import java.util.Locale;

/** The vendor shapes {@code opshistory generate} can write, by their {@code --formats} names. */
public enum OutputFormat {
    /** PagerDuty {@code GET /incidents} pages and {@code GET /log_entries} pages. */
    PAGERDUTY_JSON("pagerduty-json"),
    /** PagerDuty's incidents CSV export (the 23 columns of the advanced-reporting download). */
    PAGERDUTY_CSV("pagerduty-csv"),
    /** Opsgenie {@code GET /v2/alerts} pages. */
    OPSGENIE_JSON("opsgenie-json"),
    /** Markdown postmortems in the Google SRE book layout, for a share of the significant PagerDuty incidents. */
    POSTMORTEMS("postmortems");

    private final String cliName;

    OutputFormat(String cliName) {
        this.cliName = cliName;
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

    /** True for the formats that carry PagerDuty incidents (JSON, CSV, or postmortems naming them). */
    boolean isPagerDuty() {
        return this != OPSGENIE_JSON;
    }
}
