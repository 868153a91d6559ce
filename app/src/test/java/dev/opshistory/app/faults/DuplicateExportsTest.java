package dev.opshistory.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.app.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same exports ingested twice, and exports whose date ranges overlap: every event is counted once, and
 * of two versions of an incident the newer one wins, whichever file is read first.
 */
class DuplicateExportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theSameFolderGivenTwiceCountsEveryEventOnce() throws Exception {
        Path out = tmp.resolve("out");
        String input = Repository.sampleData().toString();

        assertThat(Main.execute("run", input, input, "--out", out.toString())).isZero();

        JsonNode twice = Summaries.read(out);
        JsonNode once = ReferenceRun.summary();
        assertThat(twice.at("/reconciliation/read").asLong()).isEqualTo(2 * once.at("/reconciliation/read").asLong());
        assertThat(Warehouses.countAndDistinct(out)).isEqualTo(Warehouses.countAndDistinct(ReferenceRun.out()));
        for (String figure : List.of("totals", "by_severity", "actionability", "repeated", "flapping", "response",
                "series", "by_service", "pages", "on_call", "noisy_fingerprints", "root_causes",
                "significant_incidents", "postmortems", "runbooks", "trend")) {
            assertThat(twice.get(figure)).as(figure).isEqualTo(once.get(figure));
        }
    }

    @Test
    void overlappingExportsCountEachIncidentOnceAndTheNewerVersionWins() throws Exception {
        Path exports = Files.createDirectories(tmp.resolve("exports"));
        List<JsonNode> june = incidents("incidents-2026-06.json");
        List<JsonNode> july = incidents("incidents-2026-07.json");
        // Exported on 16 July: 15 June to 15 July, every incident in its final state. Read first.
        List<JsonNode> newer = new ArrayList<>();
        june.stream().filter(i -> createdAt(i).isAfter(Instant.parse("2026-06-15T00:00:00Z"))).forEach(newer::add);
        july.stream().filter(i -> createdAt(i).isBefore(Instant.parse("2026-07-15T00:00:00Z"))).forEach(newer::add);
        write(exports.resolve("a-2026-06-15--2026-07-15.json"), newer);
        // Exported earlier, during June: 1 to 30 June, its last ten incidents still open then. Read second.
        List<JsonNode> older = new ArrayList<>(june.subList(0, june.size() - 10));
        List<String> stillOpen = new ArrayList<>();
        for (JsonNode incident : june.subList(june.size() - 10, june.size())) {
            older.add(open(incident));
            stillOpen.add(incident.get("id").asText());
        }
        write(exports.resolve("b-2026-06-01--2026-06-30.json"), older);
        Set<String> newerIds = new HashSet<>();
        newer.forEach(i -> newerIds.add(i.get("id").asText()));
        Set<String> distinct = new HashSet<>(newerIds);
        older.forEach(i -> distinct.add(i.get("id").asText()));
        assertThat(newerIds).as("the newer export holds the resolved versions").containsAll(stillOpen);
        assertThat(distinct).hasSizeLessThan(newer.size() + older.size());

        Path out = tmp.resolve("out");
        assertThat(Main.execute("run", exports.toString(), "--out", out.toString())).isZero();

        assertThat(Warehouses.countAndDistinct(out)).containsExactly((long) distinct.size(), (long) distinct.size());
        assertThat(Summaries.read(out).at("/totals/alerts").asLong()).isEqualTo(distinct.size());
        for (String id : stillOpen) {
            assertThat(Warehouses.column(out, "pagerduty:alert:" + id, "status")).as(id).isEqualTo("resolved");
            assertThat(Warehouses.column(out, "pagerduty:alert:" + id, "resolved_at")).as(id).isNotNull();
        }
    }

    /** The incident as an export taken before it was resolved shows it: triggered, not yet updated. */
    private static JsonNode open(JsonNode incident) {
        ObjectNode copy = incident.deepCopy();
        String created = incident.get("created_at").asText();
        copy.put("status", "triggered");
        copy.put("updated_at", created);
        copy.put("last_status_change_at", created);
        copy.putNull("resolved_at");
        copy.putNull("resolve_reason");
        ObjectNode counts = copy.putObject("alert_counts");
        counts.put("all", 1).put("triggered", 1).put("resolved", 0);
        return copy;
    }

    private static List<JsonNode> incidents(String file) throws IOException {
        List<JsonNode> list = new ArrayList<>();
        JSON.readTree(Repository.sampleData().resolve("pagerduty").resolve(file).toFile()).get("incidents")
                .forEach(list::add);
        return list;
    }

    private static Instant createdAt(JsonNode incident) {
        return Instant.parse(incident.get("created_at").asText());
    }

    /** A page of {@code GET /incidents} as the exporter writes it. */
    private static void write(Path file, List<JsonNode> incidents) throws IOException {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode array = page.putArray("incidents");
        incidents.forEach(array::add);
        page.put("limit", 100).put("offset", 0).put("more", false).put("total", incidents.size());
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), page);
    }
}
