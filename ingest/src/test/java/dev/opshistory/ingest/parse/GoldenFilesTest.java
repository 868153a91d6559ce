package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.EventJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden cases in {@code src/test/resources/parse/}: each {@code <case>.json} (built from real payloads) whose
 * name starts with a prefix of {@link #FORMAT_BY_PREFIX} is detected as that format, parsed, and must give
 * exactly the events and enrichments in {@code <case>.expected.ndjson}, one {@link EventJson#toJson} per line,
 * in emission order; and exactly the rejects in {@code <case>.expected-rejects.ndjson} when that file exists,
 * else none. Cases with other prefixes belong to parsers whose own tests check them
 * ({@code PrefixedGoldenCases}).
 *
 * <p>After an intended change of the mapping, regenerate with
 * {@code mvn -pl ingest test -Dtest=GoldenFilesTest -Dopshistory.updateGoldens=true} and review the diff.
 */
class GoldenFilesTest {

    private static final ParserRegistry REGISTRY = ParserRegistry.defaults();

    /** Case-name prefix → format; the longest matching prefix wins. */
    private static final Map<String, String> FORMAT_BY_PREFIX = Map.ofEntries(
            Map.entry("pagerduty-", PagerDutyIncidentsJsonParser.FORMAT),
            Map.entry("opsgenie-", OpsgenieAlertsJsonParser.FORMAT),
            Map.entry("jsm-", OpsgenieAlertsJsonParser.FORMAT),
            Map.entry("pagerduty-log-entries-", PagerDutyLogEntriesJsonParser.FORMAT),
            Map.entry("pagerduty-notes-", PagerDutyNotesJsonParser.FORMAT),
            Map.entry("pagerduty-incident-alerts-", PagerDutyIncidentAlertsJsonParser.FORMAT),
            Map.entry("opsgenie-alert-logs-", OpsgenieAlertLogsJsonParser.FORMAT),
            Map.entry("jsm-alert-logs-", OpsgenieAlertLogsJsonParser.FORMAT),
            Map.entry("opsgenie-alert-notes-", OpsgenieAlertNotesJsonParser.FORMAT),
            Map.entry("jsm-alert-notes-", OpsgenieAlertNotesJsonParser.FORMAT),
            Map.entry("alertmanager-", AlertmanagerWebhookJsonParser.FORMAT),
            Map.entry("grafana-oncall-", GrafanaOnCallAlertGroupsJsonParser.FORMAT),
            Map.entry("jira-", dev.opshistory.ingest.parse.jira.JiraIssuesJsonParser.FORMAT));

    @TestFactory
    Stream<DynamicTest> eachCaseGivesItsExpectedEvents() throws IOException {
        return DynamicTest.stream(cases(), input -> input.getFileName().toString(), GoldenFilesTest::check);
    }

    @Test
    void theRequiredCasesExist() throws IOException {
        assertThat(cases().map(p -> p.getFileName().toString())).contains(
                "pagerduty-list-envelope.json", "pagerduty-bare-array.json", "pagerduty-single.json",
                "pagerduty-ndjson.json", "pagerduty-priority-summary-only.json", "opsgenie-list.json",
                "opsgenie-single.json", "jsm-values.json",
                "pagerduty-log-entries-every-type.json", "pagerduty-log-entries-remedy-2013.json",
                "pagerduty-log-entries-parent-from-self-url.json",
                "pagerduty-notes-named-by-wrapper.json", "pagerduty-notes-without-parent.json",
                "pagerduty-incident-alerts-grouped-real-capture.json", "pagerduty-incident-alerts-single.json",
                "opsgenie-alert-logs-parent-from-paging.json", "opsgenie-alert-logs-without-parent.json",
                "jsm-alert-logs-parent-from-links.json", "opsgenie-alert-notes-parent-from-paging.json",
                "jsm-alert-notes-parent-from-links.json",
                "alertmanager-shared-fixture.json", "alertmanager-firing-then-resolved.json",
                "alertmanager-zero-ends-at.json", "alertmanager-bad-starts-at.json", "alertmanager-ndjson.json",
                "alertmanager-array-of-payloads.json", "grafana-oncall-shared-fixture.json",
                "grafana-oncall-page-with-next.json", "grafana-oncall-bare-array.json",
                "pagerduty-singer-incidents-with-log-entries.json", "alertmanager-grafana-datasource-error-nodata-and-firing.json",
                "alertmanager-alerts-without-their-own-status.json");
    }

    private static void check(Path input) throws IOException {
        String fileName = input.getFileName().toString();
        String caseName = fileName.replaceFirst("\\.json$", "");
        ParserChoice choice = REGISTRY.detect(fileName, Parsing.head(input));
        assertThat(choice.found()).as(choice.reason()).isTrue();
        assertThat(choice.parser().format()).as(choice.reason()).isEqualTo(formatOf(fileName).orElseThrow());

        CollectingSink sink = Parsing.parse(choice.parser(), input);
        List<String> actual = sink.outputs.stream().map(EventJson::toJson).toList();
        List<String> rejects = sink.rejects.stream().map(EventJson::toJson).toList();

        GoldenFiles.assertLines("parse", input.resolveSibling(caseName + ".expected.ndjson"), actual);
        GoldenFiles.assertLinesOrNone("parse", input.resolveSibling(caseName + ".expected-rejects.ndjson"), rejects);
    }

    private static Optional<String> formatOf(String fileName) {
        return FORMAT_BY_PREFIX.entrySet().stream()
                .filter(e -> fileName.startsWith(e.getKey()))
                .max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue);
    }

    private static Stream<Path> cases() throws IOException {
        return GoldenFiles.inputs("parse", name -> name.endsWith(".json") && formatOf(name).isPresent()).stream();
    }
}
