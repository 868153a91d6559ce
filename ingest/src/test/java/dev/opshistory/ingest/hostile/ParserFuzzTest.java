package dev.opshistory.ingest.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.opshistory.ingest.parse.AlertmanagerWebhookJsonParser;
import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.ExportParser;
import dev.opshistory.ingest.parse.GrafanaOnCallAlertGroupsJsonParser;
import dev.opshistory.ingest.parse.OpsgenieAlertLogsJsonParser;
import dev.opshistory.ingest.parse.OpsgenieAlertNotesJsonParser;
import dev.opshistory.ingest.parse.OpsgenieAlertsJsonParser;
import dev.opshistory.ingest.parse.OpsgenieIncidentsJsonParser;
import dev.opshistory.ingest.parse.PagerDutyAnalyticsIncidentsJsonParser;
import dev.opshistory.ingest.parse.PagerDutyIncidentAlertsJsonParser;
import dev.opshistory.ingest.parse.PagerDutyIncidentsJsonParser;
import dev.opshistory.ingest.parse.PagerDutyLogEntriesJsonParser;
import dev.opshistory.ingest.parse.PagerDutyNotesJsonParser;
import dev.opshistory.ingest.parse.ParserChoice;
import dev.opshistory.ingest.parse.ParserRegistry;
import dev.opshistory.ingest.parse.csv.PagerDutyIncidentsCsvParser;
import dev.opshistory.ingest.parse.postmortem.JsonPostmortemParser;
import dev.opshistory.ingest.parse.csv.ApiRecordsCsvParser;
import dev.opshistory.ingest.parse.csv.JiraIssuesCsvParser;
import dev.opshistory.ingest.parse.jira.JiraIssuesJsonParser;
import dev.opshistory.ingest.parse.postmortem.DocPostmortemParser;
import dev.opshistory.ingest.parse.postmortem.DocxPostmortemParser;
import dev.opshistory.ingest.parse.postmortem.MhtmlPostmortemParser;
import dev.opshistory.ingest.parse.postmortem.HtmlPostmortemParser;
import dev.opshistory.ingest.parse.postmortem.OdtPostmortemParser;
import dev.opshistory.ingest.parse.postmortem.PdfPostmortemParser;
import dev.opshistory.ingest.parse.postmortem.MarkdownPostmortemParser;
import dev.opshistory.ingest.parse.postmortem.PlainTextPostmortemParser;
import dev.opshistory.ingest.parse.postmortem.RestructuredTextPostmortemParser;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Property-based fuzzing of every registered parser with inputs made from real records ({@link JsonFuzz},
 * {@link CsvFuzz}, {@link MarkdownFuzz}): nothing escapes {@code parse}, it returns, and every record ends in
 * exactly one accept, fold or reject with a position and a reason. Seeds are fixed so that CI is reproducible;
 * {@code -Dopshistory.fuzz.tries=N} runs each property N times instead ({@link FuzzTries}).
 */
@AddLifecycleHook(FuzzTries.class)
class ParserFuzzTest {

    private static final ApiRecordsCsvParser PAGERDUTY_API_CSV = (ApiRecordsCsvParser) ParserRegistry.defaults()
            .byFormat("pagerduty-incidents-api-csv").orElseThrow();
    private static final ApiRecordsCsvParser OPSGENIE_API_CSV = (ApiRecordsCsvParser) ParserRegistry.defaults()
            .byFormat("opsgenie-alerts-api-csv").orElseThrow();

    private static final String SEED = "20260714";
    /** Per parser: about 40 s of fuzzing in all on an idle 2-core machine, detection included. */
    private static final int TRIES = 1500;
    /** Word and OpenDocument texts and PDFs are read whole by a library, 10 to 15 ms a try: fewer tries, the same edits. */
    private static final int DOCUMENT_TRIES = 300;
    /** Detection asks all 14 parsers per try. */
    private static final int DETECTION_TRIES = 500;
    /** A hang guard far above any input here (each under a few MB), not a speed target. */
    private static final long PARSE_LIMIT_SECONDS = 20;

    private static final String OG_ALERT = "70413a06-38d6-4c85-92b8-5ebc900d42e2";
    private static final ExecutorService PARSING = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fuzz-parse");
        thread.setDaemon(true);
        return thread;
    });

    // ---- one property per registered parser

    @Property(seed = SEED, tries = TRIES)
    void pagerDutyIncidentsJson(@ForAll("pagerDutyIncidents") FuzzInput input) {
        check(new PagerDutyIncidentsJsonParser(), input);
    }

    @Property(seed = SEED, tries = TRIES)
    void opsgenieAlertsJson(@ForAll("opsgenieAlerts") FuzzInput input) {
        check(new OpsgenieAlertsJsonParser(), input);
    }

    @Property(seed = SEED, tries = TRIES)
    void pagerDutyAnalyticsIncidentsJson(@ForAll("pagerDutyAnalytics") FuzzInput input) {
        check(new PagerDutyAnalyticsIncidentsJsonParser(), input);
    }

    @Property(seed = SEED, tries = TRIES)
    void pagerDutyIncidentsCsv(@ForAll("pagerDutyCsv") FuzzInput input) {
        check(new PagerDutyIncidentsCsvParser(), input);
    }

    @Property(seed = SEED, tries = TRIES)
    void pagerDutyIncidentsApiCsv(@ForAll("pagerDutyApiCsv") FuzzInput input) {
        check(PAGERDUTY_API_CSV, input);
    }

    @Property(seed = SEED, tries = TRIES)
    void opsgenieAlertsApiCsv(@ForAll("opsgenieApiCsv") FuzzInput input) {
        check(OPSGENIE_API_CSV, input);
    }

    @Property(seed = SEED, tries = TRIES)
    void jiraIssuesCsv(@ForAll("jiraCsv") FuzzInput input) {
        check(new JiraIssuesCsvParser(), input);
    }

    @Property(seed = SEED, tries = TRIES)
    void opsgenieIncidentsJson(@ForAll("opsgenieIncidents") FuzzInput input) {
        check(new OpsgenieIncidentsJsonParser(), input);
    }

    @Property(seed = SEED, tries = TRIES)
    void markdownPostmortems(@ForAll("markdownPostmortems") FuzzInput input) {
        check(new MarkdownPostmortemParser(), input);
    }

    @Property(seed = SEED, tries = TRIES)
    void htmlPostmortems(@ForAll("htmlPostmortems") FuzzInput input) {
        check(new HtmlPostmortemParser(), input);
    }

    @Property(seed = SEED, tries = TRIES)
    void plainTextPostmortems(@ForAll("plainTextPostmortems") FuzzInput input) {
        check(new PlainTextPostmortemParser(), input);
    }

    @Property(seed = SEED, tries = TRIES)
    void restructuredTextPostmortems(@ForAll("restructuredTextPostmortems") FuzzInput input) {
        check(new RestructuredTextPostmortemParser(), input);
    }

    @Property(seed = SEED, tries = DOCUMENT_TRIES)
    void wordPostmortems(@ForAll("wordPostmortems") FuzzInput input) {
        check(new DocxPostmortemParser(), input);
    }

    @Property(seed = SEED, tries = DOCUMENT_TRIES)
    void openDocumentPostmortems(@ForAll("openDocumentPostmortems") FuzzInput input) {
        check(new OdtPostmortemParser(), input);
    }

    @Property(seed = SEED, tries = DOCUMENT_TRIES)
    void pdfPostmortems(@ForAll("pdfPostmortems") FuzzInput input) {
        check(new PdfPostmortemParser(), input);
    }

    @Property(seed = SEED, tries = DOCUMENT_TRIES)
    void singleFilePagePostmortems(@ForAll("singleFilePagePostmortems") FuzzInput input) {
        check(new MhtmlPostmortemParser(), input);
    }

    @Property(seed = SEED, tries = DOCUMENT_TRIES)
    void legacyWordPostmortems(@ForAll("legacyWordPostmortems") FuzzInput input) {
        check(new DocPostmortemParser(), input);
    }

    @Property(seed = SEED, tries = TRIES)
    void jsonPostmortems(@ForAll("jsonPostmortems") FuzzInput input) {
        check(new JsonPostmortemParser(), input);
    }

    @Property(seed = SEED, tries = TRIES)
    void pagerDutyLogEntriesJson(@ForAll("pagerDutyLogEntries") FuzzInput input) {
        check(new PagerDutyLogEntriesJsonParser(), input);
    }

    @Property(seed = SEED, tries = TRIES)
    void pagerDutyNotesJson(@ForAll("pagerDutyNotes") FuzzInput input) {
        check(new PagerDutyNotesJsonParser(), input);
    }

    @Property(seed = SEED, tries = TRIES)
    void pagerDutyIncidentAlertsJson(@ForAll("pagerDutyIncidentAlerts") FuzzInput input) {
        check(new PagerDutyIncidentAlertsJsonParser(), input);
    }

    @Property(seed = SEED, tries = TRIES)
    void opsgenieAlertLogsJson(@ForAll("opsgenieAlertLogs") FuzzInput input) {
        check(new OpsgenieAlertLogsJsonParser(), input);
    }

    @Property(seed = SEED, tries = TRIES)
    void opsgenieAlertNotesJson(@ForAll("opsgenieAlertNotes") FuzzInput input) {
        check(new OpsgenieAlertNotesJsonParser(), input);
    }

    @Property(seed = SEED, tries = TRIES)
    void alertmanagerWebhookJson(@ForAll("alertmanagerWebhooks") FuzzInput input) {
        check(new AlertmanagerWebhookJsonParser(), input);
    }

    @Property(seed = SEED, tries = TRIES)
    void grafanaOnCallAlertGroupsJson(@ForAll("grafanaOnCallAlertGroups") FuzzInput input) {
        check(new GrafanaOnCallAlertGroupsJsonParser(), input);
    }

    @Property(seed = SEED, tries = TRIES)
    void jiraIssues(@ForAll("jiraIssues") FuzzInput input) {
        check(new JiraIssuesJsonParser(), input);
    }

    /** Detection reads every file's head with every parser: it must answer for any bytes, never throw. */
    @Property(seed = SEED, tries = DETECTION_TRIES)
    void detectionAnswersForAnyHead(@ForAll("anyInput") FuzzInput input) {
        ParserChoice choice = ParserRegistry.defaults().detect(input.fileName(), input.head());

        assertThat(choice.reason()).as(input.toString()).isNotBlank();
        for (ExportParser parser : ParserRegistry.defaults().parsers()) {
            Detection detection = parser.detect(input.fileName(), input.head());
            assertThat(detection.reason()).as(parser.format() + " on " + input).isNotBlank();
        }
    }

    @Example
    void everyRegisteredParserHasAFuzzProperty() {
        Set<String> fuzzed = Set.of(PagerDutyIncidentsJsonParser.FORMAT, OpsgenieAlertsJsonParser.FORMAT,
                PagerDutyAnalyticsIncidentsJsonParser.FORMAT, PagerDutyIncidentsCsvParser.FORMAT,
                OpsgenieIncidentsJsonParser.FORMAT, MarkdownPostmortemParser.FORMAT, HtmlPostmortemParser.FORMAT,
                PlainTextPostmortemParser.FORMAT, RestructuredTextPostmortemParser.FORMAT, JsonPostmortemParser.FORMAT,
                PagerDutyLogEntriesJsonParser.FORMAT, PagerDutyNotesJsonParser.FORMAT, PagerDutyIncidentAlertsJsonParser.FORMAT,
                OpsgenieAlertLogsJsonParser.FORMAT, OpsgenieAlertNotesJsonParser.FORMAT, AlertmanagerWebhookJsonParser.FORMAT,
                GrafanaOnCallAlertGroupsJsonParser.FORMAT, JiraIssuesJsonParser.FORMAT,
                JiraIssuesCsvParser.FORMAT, PAGERDUTY_API_CSV.format(), OPSGENIE_API_CSV.format(), DocxPostmortemParser.FORMAT, DocPostmortemParser.FORMAT, MhtmlPostmortemParser.FORMAT,
                PdfPostmortemParser.FORMAT,
                OdtPostmortemParser.FORMAT);

        assertThat(fuzzed).containsExactlyInAnyOrderElementsOf(ParserRegistry.defaults().formats());
    }

    @AfterContainer
    static void stopParsingThreads() {
        PARSING.shutdownNow();
    }

    // ---- the check

    private static void check(ExportParser parser, FuzzInput input) {
        CheckingSink sink = new CheckingSink(input.fileName());
        Future<?> run = PARSING.submit(() -> {
            parser.parse(new ByteArrayInputStream(input.bytes()), input.fileName(), sink);
            return null;
        });
        try {
            run.get(PARSE_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            fail(parser.format() + " did not return within " + PARSE_LIMIT_SECONDS + " s on " + input);
        } catch (ExecutionException e) {
            // The stream is in memory and never fails: any exception, IOException included, escaped the parser.
            throw new AssertionError(parser.format() + " threw " + e.getCause() + " on " + input, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }

        assertThat(sink.problems).as(parser.format() + " on " + input).isEmpty();
        String calls = parser.format() + " made " + sink.accepted + " accepts, " + sink.folded + " folds and "
                + sink.rejects.size() + " rejects " + sink.rejects + " on " + input;
        switch (input.expect()) {
            case EXACT -> assertThat(sink.calls()).as(calls).isEqualTo(input.records());
            case CUT_DOCUMENT -> {
                assertThat(sink.rejects).as("a cut document never passes silently: " + calls).isNotEmpty();
                assertThat(sink.calls()).as(calls).isLessThanOrEqualTo(input.records() + 1);
            }
            case ANY -> {
                // counted only by the parser: the calls' contents were checked above
            }
        }
    }

    // ---- inputs from real records

    @Provide
    Arbitrary<FuzzInput> pagerDutyIncidents() {
        return JsonFuzz.inputs(new JsonTarget(new PagerDutyIncidentsJsonParser(), "incidents.json", concat(
                RealPayloads.shared("pagerduty/api-reference-examples/GET_incidents.response.json", "incidents", 5),
                RealPayloads.shared("pagerduty/api-reference-examples/GET_incidents_id.response.json", "incident", 1),
                // the whole first trigger log entry, which the others carry only as a reference
                RealPayloads.resource("/parse/pagerduty-first-trigger-events-api-v2.json", null, 1),
                RealPayloads.sample("pagerduty/incidents-2026-05.json", "incidents", 12)),
                "incidents", "\"limit\": 25, \"offset\": 0, \"more\": false, \"total\": null", Set.of("incidents")));
    }

    @Provide
    Arbitrary<FuzzInput> opsgenieAlerts() {
        return JsonFuzz.inputs(new JsonTarget(new OpsgenieAlertsJsonParser(), "alerts.json", concat(
                RealPayloads.shared("opsgenie/docs-samples/GET_v2_alerts.list.response.json", "data", 5),
                RealPayloads.shared("jsm/api-reference-examples/GET_v1_alerts.list.response.RECONSTRUCTED.json", "values", 5),
                RealPayloads.sample("opsgenie/alerts-offset-300.json", "data", 12)),
                "data", "\"took\": 0.05, \"requestId\": \"9ae63dd7-ed00-4c81-86f0-c4ffd33142c9\"", Set.of("data", "values")));
    }

    @Provide
    Arbitrary<FuzzInput> pagerDutyAnalytics() {
        return JsonFuzz.inputs(new JsonTarget(new PagerDutyAnalyticsIncidentsJsonParser(), "analytics.json", concat(
                RealPayloads.shared("pagerduty/api-reference-examples/POST_analytics_raw_incidents.response.json", "data", 5),
                RealPayloads.shared("pagerduty/api-reference-examples/GET_analytics_raw_incidents_id.response.json", "data", 1)),
                "data", "\"ending_before\": null, \"first\": null, \"last\": null, \"limit\": 10, \"more\": false, "
                        + "\"order\": \"desc\", \"order_by\": \"created_at\", \"starting_after\": null, \"time_zone\": \"Etc/UTC\"",
                Set.of("data")));
    }

    @Provide
    Arbitrary<FuzzInput> pagerDutyCsv() {
        return CsvFuzz.inputs(RealPayloads.resourceText("/parse/csv-all-columns.csv"));
    }

    /** pandas' to_csv of GET /incidents (Python literals in cells), mangled. */
    @Provide
    Arbitrary<FuzzInput> pagerDutyApiCsv() {
        return CsvFuzz.inputs(RealPayloads.sharedText("pagerduty/real-captures/pagerduty-trial.incidents_api_dump.csv"));
    }

    /** json_normalize of GET /v2/alerts (dotted columns, floats for whole numbers), mangled. */
    @Provide
    Arbitrary<FuzzInput> opsgenieApiCsv() {
        return CsvFuzz.inputs(RealPayloads.resourceText("/parse/api-csv/opsgenie-alerts.json_normalize.csv"));
    }

    @Provide
    Arbitrary<FuzzInput> jiraCsv() {
        return CsvFuzz.inputs(RealPayloads.resourceText("/parse/jira-issues-export.csv"));
    }

    @Provide
    Arbitrary<FuzzInput> opsgenieIncidents() {
        return JsonFuzz.inputs(new JsonTarget(new OpsgenieIncidentsJsonParser(), "og-incidents.json",
                RealPayloads.shared("opsgenie/docs-samples/GET_v1_incidents.list.response.RESERIALIZED.json", "data", 5),
                "data", "\"took\": 0.6, \"requestId\": \"9ae63dd7-ed00-4c81-86f0-c4ffd33142c9\"", Set.of("data")));
    }

    @Provide
    Arbitrary<FuzzInput> markdownPostmortems() {
        return MarkdownFuzz.inputs(List.of(
                RealPayloads.sampleText("postmortems/2026-06-23-stripe-webhook-secret.md"),
                RealPayloads.sampleText("postmortems/2026-07-14-checkout-release-defect.md"),
                RealPayloads.sharedText("postmortems/google-sre-example/shakespeare-sonnet-postmortem.atx-headings.md"),
                RealPayloads.sharedText("postmortems/google-sre-example/shakespeare-sonnet-postmortem.sawasthi1991.md")));
    }

    @Provide
    Arbitrary<FuzzInput> htmlPostmortems() {
        return MarkdownFuzz.inputs(List.of(
                RealPayloads.resourceText("/postmortem/confluence-export-atlassian-template.html"),
                RealPayloads.resourceText("/postmortem/google-docs-web-page.html"),
                RealPayloads.resourceText("/postmortem/blog-post-saved-from-a-browser.html")), "postmortem.html");
    }

    @Provide
    Arbitrary<FuzzInput> wordPostmortems() {
        return ZipDocumentFuzz.inputs(List.of(RealPayloads.resourceBytes("/postmortem/word-sre-template-by-pandoc.docx"),
                RealPayloads.resourceBytes("/postmortem/word-bold-labels-and-check-boxes-by-pandoc.docx")),
                ZipDocumentFuzz.WORD_PARTS, "postmortem.docx");
    }

    @Provide
    Arbitrary<FuzzInput> openDocumentPostmortems() {
        return ZipDocumentFuzz.inputs(List.of(RealPayloads.resourceBytes("/postmortem/odt-sre-template-by-pandoc.odt"),
                RealPayloads.resourceBytes("/postmortem/odt-bold-labels-and-check-boxes-by-pandoc.odt")),
                ZipDocumentFuzz.OPEN_DOCUMENT_PARTS, "postmortem.odt");
    }

    /** Printed postmortems with their bytes mangled: a PDF is one postmortem, one accept or one reject. */
    @Provide
    Arbitrary<FuzzInput> pdfPostmortems() {
        return withBytesEdited(List.of(RealPayloads.resourceBytes("/postmortem/pdf-sre-template-printed-by-chromium.pdf"),
                RealPayloads.resourceBytes("/postmortem/pdf-confluence-page-printed-by-chromium.pdf")), "postmortem.pdf");
    }

    /**
     * Word 97–2003 documents and a Confluence "Export to Word" with their bytes mangled (the OLE2 container's sectors
     * and tables, the MIME headers and quoted-printable page): one postmortem, one accept or one reject.
     */
    @Provide
    Arbitrary<FuzzInput> legacyWordPostmortems() {
        return withBytesEdited(List.of(RealPayloads.resourceBytes("/postmortem/doc-sre-template-by-libreoffice.doc"),
                RealPayloads.resourceBytes("/postmortem/doc-bold-labels-and-check-boxes-by-libreoffice.doc"),
                RealPayloads.resourceBytes("/postmortem/doc-confluence-export-to-word.doc")), "postmortem.doc");
    }

    /** A page saved as a single file with its bytes mangled: the MIME header, the boundaries, the page, its image. */
    @Provide
    Arbitrary<FuzzInput> singleFilePagePostmortems() {
        return withBytesEdited(List.of(RealPayloads.resourceBytes("/postmortem/mhtml-blog-post-single-file.mhtml")),
                "postmortem.mhtml");
    }

    /** One of {@code documents} with some bytes edited, parsed under {@code fileName}: exactly one accept or reject. */
    private static Arbitrary<FuzzInput> withBytesEdited(List<byte[]> documents, String fileName) {
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, documents.size() - 1), ByteEdit.some())
                .as((seed, edits) -> {
                    byte[] bytes = documents.get(seed);
                    for (ByteEdit edit : edits) {
                        bytes = edit.apply(bytes);
                    }
                    return new FuzzInput(fileName, bytes, 1, FuzzInput.Expect.EXACT, "document " + seed + " with " + edits);
                });
    }

    @Provide
    Arbitrary<FuzzInput> plainTextPostmortems() {
        return MarkdownFuzz.inputs(List.of(RealPayloads.resourceText("/postmortem/google-docs-plain-text.txt"),
                RealPayloads.sampleText("postmortems/2026-06-23-stripe-webhook-secret.md")), "postmortem.txt");
    }

    @Provide
    Arbitrary<FuzzInput> restructuredTextPostmortems() {
        return MarkdownFuzz.inputs(List.of(RealPayloads.resourceText("/postmortem/sphinx-incident-report.rst")),
                "postmortem.rst");
    }

    @Provide
    Arbitrary<FuzzInput> jsonPostmortems() {
        return JsonFuzz.inputs(new JsonTarget(new JsonPostmortemParser(), "postmortems.json", concat(
                RealPayloads.resource("/postmortem/envelope-array.json", "postmortems", 5),
                RealPayloads.resource("/postmortem/flat-object.json", null, 1)),
                "postmortems", "", Set.of("postmortems")));
    }

    @Provide
    Arbitrary<FuzzInput> pagerDutyLogEntries() {
        return JsonFuzz.inputs(new JsonTarget(new PagerDutyLogEntriesJsonParser(), "log-entries.json", concat(
                RealPayloads.shared("pagerduty/api-reference-examples/GET_log_entries.response.json", "log_entries", 5),
                RealPayloads.shared("pagerduty/log_entries.multi_type.remedy-integration.json", "log_entries", 8),
                RealPayloads.sample("pagerduty/log_entries/log-entries-offset-0000.json", "log_entries", 12)),
                "log_entries", "\"limit\": 25, \"offset\": 0, \"more\": false, \"total\": null", Set.of("log_entries")));
    }

    @Provide
    Arbitrary<FuzzInput> pagerDutyNotes() {
        return JsonFuzz.inputs(new JsonTarget(new PagerDutyNotesJsonParser(), "PT4KHLK.notes.json", concat(
                RealPayloads.shared("pagerduty/api-reference-examples/GET_incidents_id_notes.response.json", "notes", 5),
                RealPayloads.sample("pagerduty/notes/Q1VQSMPNF1VZPW.notes.json", "notes", 5)),
                "notes", "", Set.of("notes")));
    }

    @Provide
    Arbitrary<FuzzInput> pagerDutyIncidentAlerts() {
        return JsonFuzz.inputs(new JsonTarget(new PagerDutyIncidentAlertsJsonParser(), "PT4KHLK.alerts.json", concat(
                RealPayloads.shared("pagerduty/api-reference-examples/GET_incidents_id_alerts.response.json", "alerts", 5),
                RealPayloads.shared("pagerduty/real-captures/hpe-hcss.GET_incidents_id_alerts.json", "alerts", 5)),
                "alerts", "\"limit\": 25, \"offset\": 0, \"more\": false, \"total\": null", Set.of("alerts")));
    }

    @Provide
    Arbitrary<FuzzInput> opsgenieAlertLogs() {
        return JsonFuzz.inputs(new JsonTarget(new OpsgenieAlertLogsJsonParser(), OG_ALERT + ".logs.json", concat(
                RealPayloads.shared("opsgenie/docs-samples/GET_v2_alerts_id_logs.response.RESERIALIZED.json", "data", 5),
                RealPayloads.shared("jsm/api-reference-examples/GET_v1_alerts_id_logs.response.DERIVED.json", "values", 5)),
                "data", "\"took\": 0.6, \"requestId\": \"9ae63dd7-ed00-4c81-86f0-c4ffd33142c9\"", Set.of("data", "values")));
    }

    @Provide
    Arbitrary<FuzzInput> opsgenieAlertNotes() {
        return JsonFuzz.inputs(new JsonTarget(new OpsgenieAlertNotesJsonParser(), OG_ALERT + ".notes.json", concat(
                RealPayloads.shared("jsm/api-reference-examples/GET_v1_alerts_id_notes.response.DERIVED.json", "values", 5),
                RealPayloads.sample("opsgenie/notes/06472362-5771-4fc2-836d-f66cbbabc04a-1784436531000.notes.json", "data", 5)),
                "data", "\"took\": 0.02, \"requestId\": \"82382f70-d11a-4769-8992-8186faae86d9\"", Set.of("data", "values")));
    }

    @Provide
    Arbitrary<FuzzInput> alertmanagerWebhooks() {
        return JsonFuzz.inputs(new JsonTarget(new AlertmanagerWebhookJsonParser(), "alertmanager.json", concat(
                RealPayloads.shared("jsm/alertmanager/webhook.v4.example.from-grafana-oncall.DERIVED.json", "alerts", 2),
                RealPayloads.resource("/parse/alertmanager-zero-ends-at.json", "alerts", 2)),
                "alerts", "\"status\": \"firing\", \"version\": \"4\", \"groupKey\": \"{}:{}\", \"receiver\": \"combo\"",
                Set.of("alerts")));
    }

    @Provide
    Arbitrary<FuzzInput> grafanaOnCallAlertGroups() {
        return JsonFuzz.inputs(new JsonTarget(new GrafanaOnCallAlertGroupsJsonParser(), "alert-groups.json", concat(
                RealPayloads.shared("jsm/grafana-oncall/GET_api_v1_alert_groups.response.DERIVED.json", "results", 1),
                RealPayloads.resource("/parse/grafana-oncall-page-with-next.json", "results", 2)),
                "results", "\"current_page_number\": 1, \"page_size\": 50, \"total_pages\": 1", Set.of("results")));
    }

    @Provide
    Arbitrary<FuzzInput> jiraIssues() {
        return JsonFuzz.inputs(new JsonTarget(new JiraIssuesJsonParser(), "jira-issues.json",
                RealPayloads.resource("/parse/jira-search-page-v3.json", "issues", 4),
                "issues", "\"startAt\": 0, \"maxResults\": 50, \"total\": 4", Set.of("issues")));
    }

    @Provide
    Arbitrary<FuzzInput> anyInput() {
        return Arbitraries.oneOf(pagerDutyIncidents(), opsgenieAlerts(), pagerDutyCsv(), markdownPostmortems(),
                htmlPostmortems(), plainTextPostmortems(), wordPostmortems(), pdfPostmortems(), legacyWordPostmortems(), singleFilePagePostmortems(), openDocumentPostmortems(), pagerDutyLogEntries(), opsgenieAlertNotes(), alertmanagerWebhooks(), grafanaOnCallAlertGroups(),
                jiraIssues(), jiraCsv());
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }
}
