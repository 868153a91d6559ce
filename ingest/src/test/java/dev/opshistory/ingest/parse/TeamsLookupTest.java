package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TeamsLookupTest {

    @Test
    void sampleDataTeamsLookupGivesEachTeamsNameByItsId() throws IOException {
        Optional<Map<String, String>> teams = read(SampleData.file("opsgenie/teams.lookup.json"));

        assertThat(teams).contains(Map.of("c25927e2-29d4-486a-8105-41f6cc6c9814", "sre-core",
                "9e85dd9d-b5bf-4129-930c-d58f128d2342", "data-platform"));
    }

    @Test
    void aTeamsResponseIsRecognisedByShapeWhateverItsFieldOrder() throws IOException {
        String response = """
                {"took": 0.113, "requestId": "4f1a", "expandable": ["member"], "data": [
                  {"links": {"web": "https://app.opsgenie.com/teams/dashboard/t-1/main", "api": "https://api.opsgenie.com/v2/teams/t-1"},
                   "description": "", "name": "payments", "id": "t-1"}]}
                """;

        assertThat(read(response)).contains(Map.of("t-1", "payments"));
    }

    @Test
    void aGrafanaOnCallTeamsPageIsATeamsLookupTooButItsAlertGroupsAreNot() throws IOException {
        // GET /api/v1/teams/, as the Grafana OnCall teams HTTP API documents it
        String teams = """
                {"count": 1, "next": null, "previous": null, "results": [{"id": "TI73TDU19W48J", "grafana_id": 123,
                  "name": "my test team", "email": "", "avatar_url": "/avatar/3f49c15916554246daa714b9bd0ee398"}],
                 "page_size": 50, "current_page_number": 1, "total_pages": 1}
                """;

        assertThat(read(teams)).contains(Map.of("TI73TDU19W48J", "my test team"));
        assertThat(read(SharedFormats.file("jsm/grafana-oncall/GET_api_v1_alert_groups.response.DERIVED.json"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"opsgenie/docs-samples/GET_v2_alerts.list.response.json",
            "opsgenie/docs-samples/GET_v1_incidents.list.response.RESERIALIZED.json",
            "opsgenie/docs-samples/GET_v2_alerts_id_logs.response.RESERIALIZED.json",
            "opsgenie/docs-samples/GET_v2_alerts_id_recipients.response.RESERIALIZED.json",
            "opsgenie/real-captures/port-ocean.alert.c.json",
            "opsgenie/real-captures/port-ocean.incident.a.json",
            "jsm/api-reference-examples/GET_v1_alerts.list.response.RECONSTRUCTED.json",
            "pagerduty/api-reference-examples/GET_incidents.response.json"})
    void realExportsAreNoTeamsLookup(String sharedPath) throws IOException {
        assertThat(read(SharedFormats.file(sharedPath))).isEmpty();
    }

    @Test
    void anotherOpsgenieListWithIdsAndNamesIsNoTeamsLookup() throws IOException {
        // GET /v2/schedules items also have id and name, but keys no team has
        String schedules = """
                {"data": [{"id": "s-1", "name": "primary", "description": "", "timezone": "Europe/Berlin",
                  "enabled": true, "ownerTeam": {"id": "t-1", "name": "payments"}, "rotations": []}],
                 "took": 0.2, "requestId": "77"}
                """;

        assertThat(read(schedules)).isEmpty();
    }

    @Test
    void anOpsgenieServicesListNamesServicesNotTeams() throws IOException {
        // GET /v1/services, with the fields Opsgenie's Service API documents for a service
        String services = """
                {"data": [{"id": "695bce3d-4621-4630-8ae1-24eb89c22d6e", "name": "Checkout API",
                  "description": "", "teamId": "t-1", "tags": ["payments"]},
                 {"id": "8a2633c8-cd2d-4baa-ba7b-3ef18f854593", "name": "Search", "teamId": "t-2"}],
                 "took": 0.1, "requestId": "656c"}
                """;

        assertThat(readNames(services)).hasValueSatisfying(names -> {
            assertThat(names.kind()).isEqualTo(TeamsLookup.SERVICES_KIND);
            assertThat(names.byId()).containsEntry("695bce3d-4621-4630-8ae1-24eb89c22d6e", "Checkout API").hasSize(2);
        });
        assertThat(readNames(services)).as("not a teams lookup").hasValueSatisfying(
                names -> assertThat(names.kind()).isEqualTo(TeamsLookup.SERVICES_KIND));
        // a list mixing teams and services is neither
        assertThat(readNames("{\"data\": [{\"id\": \"t-1\", \"name\": \"payments\"},"
                + " {\"id\": \"s-1\", \"name\": \"Search\", \"teamId\": \"t-1\"}]}")).isEmpty();
    }

    @Test
    void anEmptyListOrATeamWithoutNameIsNoTeamsLookup() throws IOException {
        assertThat(read("{\"data\": [], \"took\": 0.0, \"requestId\": \"1\"}")).isEmpty();
        assertThat(read("{\"data\": [{\"id\": \"t-1\", \"description\": \"x\"}]}")).isEmpty();
        assertThat(read("{\"data\": [{\"id\": \"t-1\", \"name\": 7}]}")).isEmpty();
        assertThat(read("{\"data\": [{\"id\": \"t-1\", \"name\": \"a\"}")).as("cut short").isEmpty();
        assertThat(read("id,name\nt-1,payments\n")).isEmpty();
    }

    @Test
    void aFileThatShowsNoTeamEarlyIsReadOnlyUpToTheRecognitionLimit() throws IOException {
        Endless endless = new Endless("{\"incidents\": [".getBytes(StandardCharsets.UTF_8),
                "{\"id\": \"P1\", \"title\": \"disk full\"},".getBytes(StandardCharsets.UTF_8));

        assertThat(TeamsLookup.readNames(endless)).isEmpty();
        assertThat(endless.served).isLessThanOrEqualTo(TeamsLookup.RECOGNITION_BYTES);
    }

    /** The team names by id, when the content is a teams lookup. */
    private static Optional<Map<String, String>> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return teams(TeamsLookup.readNames(in));
        }
    }

    private static Optional<Map<String, String>> teams(Optional<TeamsLookup.Names> names) {
        return names.filter(n -> n.kind().equals(TeamsLookup.KIND)).map(TeamsLookup.Names::byId);
    }

    private static Optional<TeamsLookup.Names> readNames(String content) throws IOException {
        return TeamsLookup.readNames(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static Optional<Map<String, String>> read(String content) throws IOException {
        return teams(readNames(content));
    }

    /** A prefix, then one piece over and over, without end: a stand-in for a huge export. */
    private static final class Endless extends InputStream {
        private final byte[] prefix;
        private final byte[] piece;
        long served;

        Endless(byte[] prefix, byte[] piece) {
            this.prefix = prefix;
            this.piece = piece;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            read(one, 0, 1);
            return one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = served < prefix.length ? prefix[(int) served]
                        : piece[(int) ((served - prefix.length) % piece.length)];
                served++;
            }
            return len;
        }
    }
}
