package dev.opshistory.app.generate;

import static dev.opshistory.app.generate.GeneratedFiles.labels;
import static dev.opshistory.app.generate.GeneratedFiles.pages;
import static dev.opshistory.app.generate.GeneratedFiles.records;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opshistory.analytics.rules.FingerprintTemplater;
import dev.opshistory.model.RootCause;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one generated history holds: the requested volume, unique ids, the planted patterns and their labels. */
class GeneratedHistoryTest {

    private static final int ALERTS = 3000;
    private static final FingerprintTemplater TEMPLATES = new FingerprintTemplater();

    @TempDir
    static Path out;

    private static List<JsonNode> incidents;
    private static List<JsonNode> logEntries;
    private static List<JsonNode> alerts;
    private static List<JsonNode> labels;

    @BeforeAll
    static void generate() {
        GeneratedFiles.generate(out, "--alerts", Integer.toString(ALERTS), "--days", "28", "--seed", "7", "--page-size", "400");
        incidents = records(out, "pagerduty", "incidents-", "incidents");
        logEntries = records(out, "pagerduty/log_entries", "log-entries-", "log_entries");
        alerts = records(out, "opsgenie", "alerts-", "data");
        labels = labels(out);
    }

    @Test
    void writesExactlyTheRequestedAlertsSplitSixtyForty() {
        assertThat(incidents.size() + alerts.size()).isEqualTo(ALERTS);
        assertThat(incidents).hasSize(1800);
        assertThat(alerts).hasSize(1200);
    }

    @Test
    void idsAndNumbersAreUnique() {
        assertThat(values(incidents, "id")).doesNotHaveDuplicates();
        assertThat(values(incidents, "incident_number")).doesNotHaveDuplicates();
        assertThat(values(logEntries, "id")).doesNotHaveDuplicates();
        assertThat(values(alerts, "id")).doesNotHaveDuplicates();
        assertThat(values(alerts, "tinyId")).doesNotHaveDuplicates();
    }

    @Test
    void recordsAreInTimeOrderAndNumbersRiseWithTime() {
        assertThat(values(incidents, "created_at")).isSorted();
        assertThat(incidents.stream().map(i -> i.path("incident_number").asLong()).toList()).isSorted();
        assertThat(values(logEntries, "created_at")).isSorted();
        assertThat(alerts.stream().map(a -> Instant.parse(a.path("createdAt").asText())).toList()).isSorted();
    }

    @Test
    void pagesSayWhetherMoreFollow() {
        List<JsonNode> incidentPages = pages(out, "pagerduty", "incidents-");
        assertThat(incidentPages).hasSize(5);
        for (int i = 0; i < incidentPages.size(); i++) {
            JsonNode page = incidentPages.get(i);
            assertThat(page.path("offset").asInt()).isEqualTo(400 * i);
            assertThat(page.path("limit").asInt()).isEqualTo(400);
            assertThat(page.path("more").asBoolean()).isEqualTo(i < incidentPages.size() - 1);
        }
        List<JsonNode> alertPages = pages(out, "opsgenie", "alerts-");
        assertThat(alertPages).hasSize(3);
        assertThat(alertPages.get(0).path("paging").has("next")).isTrue();
        assertThat(alertPages.get(2).path("paging").has("next")).isFalse();
        assertThat(alertPages.get(2).path("paging").path("last").asText()).contains("offset=800&");
    }

    @Test
    void csvHoldsTheSameIncidentsInTheExportsTwentyThreeColumns() throws IOException {
        List<CSVRecord> rows = new ArrayList<>();
        List<String> header = null;
        for (String file : GeneratedFiles.files(out)) {
            if (file.startsWith("pagerduty-csv/")) {
                try (Reader in = Files.newBufferedReader(out.resolve(file), StandardCharsets.UTF_8)) {
                    var csv = CSVFormat.RFC4180.builder().setHeader().get().parse(in);
                    header = csv.getHeaderNames();
                    rows.addAll(csv.getRecords());
                }
            }
        }
        assertThat(header).containsExactlyElementsOf(PagerDutyCsv.COLUMNS).hasSize(23);
        assertThat(rows.stream().map(r -> r.get("id")).toList()).containsExactlyElementsOf(values(incidents, "id"));
    }

    @Test
    void everyLogEntryBelongsToAnExportedIncidentAndEveryKindOfStepIsLogged() {
        Set<String> ids = Set.copyOf(values(incidents, "id"));
        assertThat(logEntries).allSatisfy(e -> assertThat(ids).contains(e.path("incident").path("id").asText()));
        assertThat(values(logEntries, "type")).contains("trigger_log_entry", "notify_log_entry", "escalate_log_entry",
                "acknowledge_log_entry", "annotate_log_entry", "resolve_log_entry");
        assertThat(logEntries.stream().filter(e -> e.path("type").asText().equals("trigger_log_entry")).count())
                .isEqualTo(incidents.size());
    }

    @Test
    void everyAlertHasOneLabelWithItsEventId() {
        List<String> expected = new ArrayList<>();
        incidents.forEach(i -> expected.add("pagerduty:alert:" + i.path("id").asText()));
        alerts.forEach(a -> expected.add("opsgenie:alert:" + a.path("id").asText()));
        assertThat(values(labels, "event_id")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void plantedPatternsHaveSensibleShares() {
        assertThat(share(l -> l.path("flapping").asBoolean())).isBetween(0.03, 0.25);
        assertThat(share(l -> l.path("repeated").asBoolean())).isBetween(0.03, 0.30);
        assertThat(share(l -> l.path("transient").asBoolean())).isBetween(0.15, 0.65);
        assertThat(share(l -> l.path("false_positive").asBoolean())).isBetween(0.005, 0.06);
        assertThat(share(l -> l.path("actionability").asText().equals("ACTIONABLE"))).isBetween(0.05, 0.50);
        assertThat(share(l -> l.path("actionability").asText().equals("NON_ACTIONABLE"))).isGreaterThan(0.4);
        assertThat(share(l -> l.path("open_at_end").asBoolean())).isGreaterThan(0).isLessThan(0.05);
        for (String source : List.of("pagerduty", "opsgenie")) {
            assertThat(labels.stream().filter(l -> l.path("source").asText().equals(source)).map(l -> l.path("pattern").asText()))
                    .as(source).contains("background", "flapping", "repeated", "storm", "false_positive", "incident");
        }
        assertThat(values(labels, "pattern")).contains("deploy", "deduplicated");
    }

    @Test
    void flappingBurstsCycleThreeTimesWithinAnHourAndRepeatGroupsThreeTimesWithinADay() {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        incidents.forEach(i -> byId.put("pagerduty:alert:" + i.path("id").asText(), i));
        alerts.forEach(a -> byId.put("opsgenie:alert:" + a.path("id").asText(), a));
        Map<String, List<JsonNode>> groups = labels.stream().filter(l -> !l.path("group").isNull())
                .filter(l -> l.path("pattern").asText().matches("flapping|repeated"))
                .collect(Collectors.groupingBy(l -> l.path("source").asText() + l.path("group").asText(), LinkedHashMap::new,
                        Collectors.toList()));
        assertThat(groups).isNotEmpty();
        groups.forEach((group, members) -> {
            assertThat(members).as(group).hasSizeGreaterThanOrEqualTo(3);
            List<JsonNode> records = members.stream().map(l -> byId.get(l.path("event_id").asText())).toList();
            List<Instant> created = records.stream().map(GeneratedHistoryTest::created).sorted().toList();
            Duration span = Duration.between(created.get(0), created.get(created.size() - 1));
            List<String> fingerprints = records.stream().map(r -> TEMPLATES.template(title(r))).distinct().toList();
            assertThat(fingerprints).as("one title template in %s", group).hasSize(1);
            if (members.get(0).path("pattern").asText().equals("flapping")) {
                assertThat(span).as(group).isLessThanOrEqualTo(Duration.ofHours(1));
                assertThat(members).allSatisfy(l -> assertThat(l.path("transient").asBoolean()).isTrue());
            } else {
                assertThat(span).as(group).isLessThanOrEqualTo(Duration.ofHours(24));
                assertThat(records.stream().map(GeneratedHistoryTest::title).distinct().count()).as("titles vary in %s", group)
                        .isGreaterThan(1);
            }
        });
    }

    @Test
    void falsePositivesAreMarkedWhereRespondersMarkThem() {
        Set<String> falsePositives = labels.stream().filter(l -> l.path("false_positive").asBoolean())
                .map(l -> l.path("source_id").asText()).collect(Collectors.toSet());
        Set<String> notedInPagerDuty = logEntries.stream().filter(e -> e.path("type").asText().equals("annotate_log_entry"))
                .filter(e -> e.path("note").asText().matches("(?is).*(false positive|false alarm|not an issue).*"))
                .map(e -> e.path("incident").path("id").asText()).collect(Collectors.toSet());
        Set<String> taggedInOpsgenie = alerts.stream()
                .filter(a -> values(a.path("tags")).stream().anyMatch(t -> t.equals("false-positive") || t.equals("noise")))
                .map(a -> a.path("id").asText()).collect(Collectors.toSet());
        assertThat(notedInPagerDuty).isNotEmpty();
        assertThat(taggedInOpsgenie).isNotEmpty();
        Set<String> marked = new java.util.HashSet<>(notedInPagerDuty);
        marked.addAll(taggedInOpsgenie);
        assertThat(marked).isEqualTo(falsePositives);
    }

    @Test
    void transientAlertsAreResolvedByTheIntegrationWithinMinutesAndNeverAcknowledged() {
        Set<String> transientIds = labels.stream().filter(l -> l.path("transient").asBoolean() && !l.path("open_at_end").asBoolean())
                .map(l -> l.path("source_id").asText()).collect(Collectors.toSet());
        for (JsonNode a : alerts) {
            if (transientIds.contains(a.path("id").asText())) {
                assertThat(a.path("acknowledged").asBoolean()).isFalse();
                assertThat(a.path("report").path("closedBy").asText()).isEqualTo(a.path("integration").path("name").asText());
                assertThat(a.path("report").path("closeTime").asLong()).isLessThanOrEqualTo(Duration.ofMinutes(10).toMillis());
            }
        }
        for (JsonNode i : incidents) {
            if (transientIds.contains(i.path("id").asText())) {
                assertThat(i.path("last_status_change_by").path("type").asText()).isEqualTo("service_reference");
                assertThat(Duration.between(created(i), Instant.parse(i.path("resolved_at").asText())))
                        .isLessThanOrEqualTo(Duration.ofMinutes(10));
            }
        }
    }

    @Test
    void postmortemsCoverEveryRootCauseAndNameTheirIncidentByNumberAndUrl() throws IOException {
        Map<String, JsonNode> byNumber = new LinkedHashMap<>();
        incidents.forEach(i -> byNumber.put(i.path("incident_number").asText(), i));
        List<JsonNode> withPostmortem = labels.stream().filter(l -> !l.path("postmortem").isNull()).toList();
        assertThat(withPostmortem.stream().map(l -> l.path("root_cause").asText()).distinct())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(RootCause.values()).filter(c -> c != RootCause.UNKNOWN)
                        .map(Enum::name).toList());
        for (JsonNode label : withPostmortem) {
            String text = Files.readString(out.resolve(label.path("postmortem").asText()));
            JsonNode incident = byNumber.get(label.path("number").asText());
            assertThat(text).contains("incident #" + label.path("number").asText(), incident.path("html_url").asText(),
                    "## Root Causes", "## Action Items", "| Action Item | Type | Owner |");
            assertThat(label.path("significant").asBoolean()).isTrue();
        }
    }

    @Test
    void volumeFollowsTheDiurnalAndWeeklyCycle() {
        Map<String, Long> byBand = incidents.stream().map(GeneratedHistoryTest::created)
                .collect(Collectors.groupingBy(GeneratedHistoryTest::band, Collectors.counting()));
        // Per-hour rates: business 50 h a week, nights 70 h a week.
        double business = byBand.getOrDefault("business", 0L) / 50.0;
        double night = byBand.getOrDefault("night", 0L) / 70.0;
        assertThat(business).isGreaterThan(2.5 * night);
    }

    @Test
    void someAlertsAreStillOpenAtTheEnd() {
        assertThat(values(incidents, "status")).contains("resolved", "acknowledged", "triggered");
        assertThat(values(alerts, "status")).contains("closed", "open");
    }

    private static double share(Predicate<JsonNode> test) {
        return (double) labels.stream().filter(test).count() / labels.size();
    }

    private static String band(Instant t) {
        ZonedDateTime at = t.atZone(ZoneOffset.UTC);
        boolean weekday = at.getDayOfWeek().getValue() <= 5;
        if (weekday && at.getHour() >= 8 && at.getHour() < 18) {
            return "business";
        }
        return at.getHour() >= 22 || at.getHour() < 8 ? "night" : "other";
    }

    private static Instant created(JsonNode record) {
        return Instant.parse(record.has("created_at") ? record.path("created_at").asText() : record.path("createdAt").asText());
    }

    private static String title(JsonNode record) {
        return record.has("title") ? record.path("title").asText() : record.path("message").asText();
    }

    private static List<String> values(List<JsonNode> records, String field) {
        return records.stream().map(r -> r.path(field).asText()).toList();
    }

    private static List<String> values(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
