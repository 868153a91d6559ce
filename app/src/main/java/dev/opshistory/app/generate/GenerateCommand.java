package dev.opshistory.app.generate;

import dev.opshistory.app.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code opshistory generate}: a deterministic, realistic on-call history of any size in the vendors' export
 * shapes, with its ground truth beside it. Memory stays flat with {@code --alerts}: records are streamed into
 * page files as they are generated.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a realistic on-call history in the vendors' export shapes: PagerDuty GET /incidents and "
                + "GET /log_entries pages, the PagerDuty incidents CSV, Opsgenie GET /v2/alerts pages, Markdown "
                + "postmortems and, when asked for, Alertmanager webhook notifications (NDJSON) and Grafana OnCall "
                + "GET /api/v1/alert_groups/ pages; with diurnal and weekly cycles, deploy bursts, alert storms, "
                + "flapping checks, transient alerts, false positives, repeated alerts, real incidents and some alerts still open at the end.",
                "Beside the data: ground-truth.labels.json, one label per alert (the ingest walker skips *.labels.json).",
                "Deterministic: the same arguments give byte-identical files. The CSV repeats the PagerDuty JSON "
                        + "incidents (same ids): ingest one or the other, e.g. --formats pagerduty-json,opsgenie-json,postmortems."})
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--alerts", defaultValue = "10000", paramLabel = "N",
            description = "Total alerts, all vendors together, shared 3:2:2:2 among PagerDuty, Opsgenie, Alertmanager and "
                    + "Grafana OnCall as far as they are written (60/40 for the default formats; default: ${DEFAULT-VALUE}).")
    long alerts;

    @Option(names = "--days", defaultValue = "90", paramLabel = "D", description = "Days of history (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", defaultValue = "2026-01-01", paramLabel = "DATE",
            description = "First day of the history, UTC (default: ${DEFAULT-VALUE}; never today, so runs repeat).")
    String start;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT",
            defaultValue = "pagerduty-json,pagerduty-csv,opsgenie-json,postmortems",
            description = "Comma-separated: pagerduty-json, pagerduty-csv, opsgenie-json, postmortems, alertmanager-json, "
                    + "grafana-oncall-json (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--page-size", defaultValue = "10000", paramLabel = "N",
            description = "Records per JSON page file, rows per CSV file and lines per NDJSON file (default: ${DEFAULT-VALUE}).")
    int pageSize;

    @Override
    public Integer call() throws IOException {
        GeneratorSettings settings = settings();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserInputException("--out is a file, not a folder: " + out);
        }
        Files.createDirectories(out);
        HistoryGenerator.Summary summary = new HistoryGenerator(settings, new DirectoryOutputFiles(out)).generate();
        System.err.printf("generated %d PagerDuty incidents (%d log entries, %d postmortems) and %d Opsgenie alerts in %s%n",
                summary.pagerDutyIncidents(), summary.logEntries(), summary.postmortems(), summary.opsgenieAlerts(), out);
        if (summary.alertmanagerAlerts() + summary.grafanaOnCallAlertGroups() > 0) {
            System.err.printf("and %d Alertmanager alerts and %d Grafana OnCall alert groups%n", summary.alertmanagerAlerts(),
                    summary.grafanaOnCallAlertGroups());
        }
        return 0;
    }

    private GeneratorSettings settings() {
        Set<OutputFormat> chosen = EnumSet.noneOf(OutputFormat.class);
        try {
            for (String name : formats) {
                if (!name.isBlank()) {
                    chosen.add(OutputFormat.of(name));
                }
            }
            return new GeneratorSettings(alerts, days, seed,
                    LocalDate.parse(start).atStartOfDay(ZoneOffset.UTC).toInstant(), chosen, pageSize);
        } catch (DateTimeParseException e) {
            throw new UserInputException("--start must be a date like 2026-01-01, was '" + start + "'");
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
