package dev.opshistory.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the two shapes without incidents hold: Alertmanager notifications that fire and resolve like Alertmanager's,
 * Grafana OnCall alert groups acknowledged and resolved by people or by themselves, and one label per alert.
 */
class GeneratedAlertmanagerAndGrafanaOnCallTest {

    private static final int ALERTS = 2400;

    @TempDir
    static Path out;

    private static List<JsonNode> notifications;
    private static List<JsonNode> groupPages;
    private static List<JsonNode> groups;
    private static List<JsonNode> labels;

    @BeforeAll
    static void generate() {
        GeneratedFiles.generate(out, "--alerts", Integer.toString(ALERTS), "--days", "21", "--seed", "9", "--page-size", "500",
                "--formats", "alertmanager-json,grafana-oncall-json");
        notifications = GeneratedFiles.lines(out, "alertmanager");
        groupPages = GeneratedFiles.pages(out, "grafana-oncall", "alert-groups-");
        groups = GeneratedFiles.records(out, "grafana-oncall", "alert-groups-", "results");
        labels = GeneratedFiles.labels(out);
    }

    @Test
    void theAlertsAreSharedHalfAndHalfAndEachHasALabel() {
        Map<String, Long> bySource = labels.stream().collect(Collectors.groupingBy(l -> l.path("source").asText(), Collectors.counting()));

        assertThat(bySource).containsExactlyInAnyOrderEntriesOf(Map.of("alertmanager", 1200L, "grafana_oncall", 1200L));
        assertThat(groups).hasSize(1200);
        assertThat(alerts().keySet()).hasSize(1200);
    }

    @Test
    void eachNotificationIsAVersionFourPayloadOfOneAlertInTimeOrder() {
        assertThat(notifications).allSatisfy(n -> {
            assertThat(n.path("version").asText()).isEqualTo("4");
            assertThat(n.path("alerts")).hasSize(1);
            JsonNode alert = n.path("alerts").get(0);
            assertThat(alert.path("status").asText()).isEqualTo(n.path("status").asText());
            assertThat(alert.path("labels").fieldNames()).toIterable()
                    .containsExactly("alertname", "instance", "service", "severity", "team");
            assertThat(alert.path("annotations").has("summary")).isTrue();
            assertThat(alert.path("generatorURL").asText()).startsWith(AlertmanagerWebhook.PROMETHEUS_URL + "/graph?g0.expr=");
            assertThat(alert.path("fingerprint").asText()).matches("[0-9a-f]{16}");
        });
        List<Instant> times = notifications.stream().map(n -> {
            JsonNode alert = n.path("alerts").get(0);
            return Instant.parse(alert.path("firing".equals(alert.path("status").asText()) ? "startsAt" : "endsAt").asText());
        }).toList();
        assertThat(times).isSorted();
        assertThat(notifications).anyMatch(n -> !n.path("alerts").get(0).path("annotations").has("runbook_url"))
                .anyMatch(n -> n.path("alerts").get(0).path("annotations").has("runbook_url"));
    }

    @Test
    void anAlertFiresOnceAndResolvesOnceUnderTheSameFingerprintAndStart() {
        Map<String, List<JsonNode>> byAlert = alerts();

        assertThat(byAlert.values()).allSatisfy(versions -> {
            assertThat(versions.get(0).path("status").asText()).isEqualTo("firing");
            assertThat(versions.get(0).path("endsAt").asText()).isEqualTo(AlertmanagerWebhook.ZERO_TIME);
            assertThat(versions).hasSizeBetween(1, 2);
            if (versions.size() == 2) {
                assertThat(versions.get(1).path("status").asText()).isEqualTo("resolved");
                assertThat(Instant.parse(versions.get(1).path("endsAt").asText()))
                        .isAfter(Instant.parse(versions.get(1).path("startsAt").asText()));
            }
        });
        Set<String> stillFiring = byAlert.entrySet().stream().filter(e -> e.getValue().size() == 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(labels).filteredOn(l -> l.path("source").asText().equals("alertmanager"))
                .allSatisfy(l -> assertThat(l.path("open_at_end").asBoolean())
                        .isEqualTo(stillFiring.contains(l.path("source_id").asText())));
        // A flapping check fires again and again under one fingerprint, each time with another start.
        Map<String, Long> startsPerFingerprint = byAlert.keySet().stream()
                .collect(Collectors.groupingBy(id -> id.substring(0, 16), Collectors.counting()));
        assertThat(startsPerFingerprint.values()).anyMatch(n -> n >= 3);
    }

    @Test
    void groupsAreResolvedByPeopleOrByThemselvesAndPagedLikeTheApi() {
        assertThat(groupPages).hasSize(3);
        assertThat(groupPages.get(0).path("count").asLong()).isEqualTo(1200);
        assertThat(groupPages.get(0).path("next").asText()).endsWith("?page=2");
        assertThat(groupPages.get(0).path("previous").isNull()).isTrue();
        assertThat(groupPages.get(2).path("next").isNull()).isTrue();
        assertThat(groupPages.get(2).path("total_pages").asInt()).isEqualTo(3);
        assertThat(groupPages.get(2).path("current_page_number").asInt()).isEqualTo(3);

        assertThat(groups.stream().map(g -> g.path("id").asText())).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("I[0-9A-Z]{12}"));
        Map<String, List<JsonNode>> byState = groups.stream().collect(Collectors.groupingBy(g -> g.path("state").asText()));
        assertThat(byState).containsKeys("resolved", "acknowledged", "firing");
        List<JsonNode> resolved = byState.get("resolved");
        assertThat(resolved).allMatch(g -> !g.path("resolved_at").isNull());
        assertThat(resolved).anyMatch(g -> g.path("resolved_by").isNull())
                .anyMatch(g -> g.path("resolved_by").asText().matches("U[0-9A-Z]{12}"));
        // Resolved by itself: the last alert is the integration's resolve signal.
        assertThat(resolved).filteredOn(g -> g.path("resolved_by").isNull())
                .allMatch(g -> g.at("/last_alert/payload/status").asText().equals("resolved"));
        assertThat(groups).filteredOn(g -> !g.path("acknowledged_at").isNull())
                .allMatch(g -> g.path("acknowledged_by").asText().startsWith("U"));
        assertThat(groups).anyMatch(g -> g.path("alerts_count").asInt() > 1)
                .allMatch(g -> g.at("/permalinks/web").asText().endsWith(g.path("id").asText()));
    }

    /** The notified versions of each Alertmanager alert, by the id the parser gives it, in the order written. */
    private static Map<String, List<JsonNode>> alerts() {
        Function<JsonNode, String> id = a -> a.path("fingerprint").asText() + "-"
                + Instant.parse(a.path("startsAt").asText()).toString().replace("-", "").replace(":", "");
        return notifications.stream().map(n -> n.path("alerts").get(0))
                .collect(Collectors.groupingBy(id, java.util.LinkedHashMap::new, Collectors.toList()));
    }
}
