package dev.opshistory.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.ingest.FormatChooser;
import dev.opshistory.ingest.IngestRunner;
import dev.opshistory.ingest.InputFiles;
import dev.opshistory.ingest.Progress;
import dev.opshistory.ingest.Reconciliation;
import dev.opshistory.ingest.parse.AlertmanagerWebhookJsonParser;
import dev.opshistory.ingest.parse.ExportParser;
import dev.opshistory.ingest.parse.GrafanaOnCallAlertGroupsJsonParser;
import dev.opshistory.ingest.parse.OpsgenieAlertsJsonParser;
import dev.opshistory.ingest.parse.ParserRegistry;
import dev.opshistory.ingest.parse.csv.PagerDutyIncidentsCsvParser;
import dev.opshistory.ingest.parse.postmortem.MarkdownPostmortemParser;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.Reject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file {@code generate} writes is read by the project's own parsers, by detection, with no reject. */
class ParsersAcceptGeneratedOutputTest {

    @Test
    void everyGeneratedFileIsDetectedAndParsedWithZeroRejects(@TempDir Path out) throws Exception {
        GeneratedFiles.generate(out, "--alerts", "2000", "--days", "14", "--seed", "11", "--page-size", "700");
        List<CanonicalEvent> events = new ArrayList<>();
        List<Enrichment> folded = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        IngestRunner runner = new IngestRunner(FormatChooser.detecting(registry()), events::add, folded::add, rejects::add,
                Progress.silent());

        Reconciliation reconciliation;
        try (InputFiles inputs = InputFiles.open(List.of(out))) {
            reconciliation = runner.ingest(inputs.files());
        }

        assertThat(rejects).isEmpty();
        assertThat(reconciliation.total().rejected()).isZero();
        assertThat(reconciliation.files()).noneMatch(f -> f.file().endsWith(".labels.json"));
        Map<String, Long> byFormat = reconciliation.files().stream()
                .collect(Collectors.groupingBy(Reconciliation.FileCount::format, Collectors.summingLong(Reconciliation.FileCount::accepted)));
        long incidents = GeneratedFiles.records(out, "pagerduty", "incidents-", "incidents").size();
        long logEntries = GeneratedFiles.records(out, "pagerduty/log_entries", "log-entries-", "log_entries").size();
        long postmortems = GeneratedFiles.files(out).stream().filter(f -> f.startsWith("postmortems/")).count();
        assertThat(byFormat).containsEntry("pagerduty-incidents-json", 1200L)
                .containsEntry("pagerduty-incidents-csv", 1200L)
                .containsEntry("opsgenie-alerts-json", 800L)
                .containsEntry("pagerduty-log-entries-json", logEntries)
                .containsEntry(MarkdownPostmortemParser.FORMAT, postmortems);
        assertThat(incidents).isEqualTo(1200);
        assertThat(postmortems).isPositive();
        assertThat(folded).hasSize((int) logEntries);
        // The CSV repeats the JSON incidents under the same event ids, so they dedupe downstream.
        assertThat(events.stream().map(CanonicalEvent::eventId).distinct().count()).isEqualTo(2000 + postmortems);
    }

    @Test
    void alertmanagerAndGrafanaOnCallOutputIsParsedWithZeroRejectsUnderTheLabelledIds(@TempDir Path out) throws Exception {
        GeneratedFiles.generate(out, "--alerts", "1500", "--days", "14", "--seed", "5", "--page-size", "400",
                "--formats", "opsgenie-json,alertmanager-json,grafana-oncall-json");
        List<CanonicalEvent> events = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        IngestRunner runner = new IngestRunner(FormatChooser.detecting(registry()), events::add, e -> { }, rejects::add,
                Progress.silent());

        Reconciliation reconciliation;
        try (InputFiles inputs = InputFiles.open(List.of(out))) {
            reconciliation = runner.ingest(inputs.files());
        }

        assertThat(rejects).isEmpty();
        assertThat(reconciliation.total().rejected()).isZero();
        Map<String, Long> byFormat = reconciliation.files().stream()
                .collect(Collectors.groupingBy(Reconciliation.FileCount::format, Collectors.summingLong(Reconciliation.FileCount::accepted)));
        long notifications = GeneratedFiles.lines(out, "alertmanager").size();
        assertThat(byFormat).containsOnlyKeys(OpsgenieAlertsJsonParser.FORMAT, AlertmanagerWebhookJsonParser.FORMAT,
                        GrafanaOnCallAlertGroupsJsonParser.FORMAT)
                .containsEntry(OpsgenieAlertsJsonParser.FORMAT, 500L)
                .containsEntry(AlertmanagerWebhookJsonParser.FORMAT, notifications)
                .containsEntry(GrafanaOnCallAlertGroupsJsonParser.FORMAT, 500L);
        // Firing and resolved notifications of one alert are one event: one per label, under the label's id.
        List<String> labelled = GeneratedFiles.labels(out).stream().map(l -> l.path("event_id").asText()).toList();
        assertThat(labelled).hasSize(1500).doesNotHaveDuplicates();
        assertThat(events.stream().map(CanonicalEvent::eventId).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(labelled);
        assertThat(notifications).isGreaterThan(500);
    }

    /**
     * The default registry, plus the CSV and postmortem parsers if it does not list them yet (they are being
     * wired in elsewhere): this test is about the generated files, not about the registry's contents.
     */
    private static ParserRegistry registry() {
        List<ExportParser> parsers = new ArrayList<>(ParserRegistry.defaults().parsers());
        for (ExportParser extra : List.of(new PagerDutyIncidentsCsvParser(), new MarkdownPostmortemParser())) {
            if (parsers.stream().noneMatch(p -> p.format().equals(extra.format()))) {
                parsers.add(extra);
            }
        }
        return new ParserRegistry(parsers);
    }
}
