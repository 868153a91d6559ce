package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.model.CanonicalEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Opsgenie parsers name teams from the run's {@link TeamDirectory}: real alert list items and incidents give
 * team ids only, so a team id the lookup knows becomes its name, and one it does not know stays the id and is
 * counted.
 */
class OpsgenieTeamNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void docsAlertListTeamResponderIsNamedByTheLookupWhileTheQueueKeepsItsId() throws IOException {
        TeamDirectory teams = TeamDirectory.of(Map.of("4513b7ea-3b91-438f-b7e4-e3e54af9147c", "sre-core"));

        CollectingSink sink = parse(new OpsgenieAlertsJsonParser(),
                SharedFormats.file("opsgenie/docs-samples/GET_v2_alerts.list.response.json"), teams);

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events.get(0).team()).isEqualTo("sre-core");
        assertThat(sink.events.get(0).queue()).isEqualTo("aee8a0de-c80f-4515-a232-501c0bc9d715");
        assertThat(sink.events.get(1).team()).as("no team at all").isNull();
        assertThat(teams.unnamedIds()).isZero();
    }

    @Test
    void realCaptureTeamsOwnerAndResponderIdsAreNamed() throws IOException {
        TeamDirectory teams = TeamDirectory.of(Map.of("aaaaaaaa-bbbb-cccc-dddd-eeeeeeee0012", "data-platform"));

        CollectingSink sink = parse(new OpsgenieAlertsJsonParser(),
                SharedFormats.file("opsgenie/real-captures/port-ocean.alert.c.json"), teams);

        assertThat(sink.events).extracting(CanonicalEvent::team).containsExactly("data-platform");
    }

    @Test
    void theTeamsListAndThenOwnerTeamIdAreNamedWhenNoTeamResponds() throws IOException {
        ObjectNode alert = realAlert("opsgenie/real-captures/port-ocean.alert.c.json");
        alert.withArray("responders").removeAll();
        ObjectNode ownerOnly = alert.deepCopy();
        ownerOnly.withArray("teams").removeAll();
        TeamDirectory teams = TeamDirectory.of(Map.of("aaaaaaaa-bbbb-cccc-dddd-eeeeeeee0012", "data-platform"));

        assertThat(parse(new OpsgenieAlertsJsonParser(), alert.toString(), teams).events.get(0).team())
                .isEqualTo("data-platform");
        assertThat(parse(new OpsgenieAlertsJsonParser(), ownerOnly.toString(), teams).events.get(0).team())
                .isEqualTo("data-platform");
    }

    @Test
    void anIdTheLookupDoesNotKnowStaysTheIdAndIsCountedOnce() throws IOException {
        TeamDirectory teams = TeamDirectory.of(Map.of("some-other-team", "payments"));
        Path file = SharedFormats.file("opsgenie/real-captures/port-ocean.alert.c.json");

        CollectingSink first = parse(new OpsgenieAlertsJsonParser(), file, teams);
        parse(new OpsgenieAlertsJsonParser(), SharedFormats.file("opsgenie/real-captures/port-ocean.alert.d.json"), teams);

        assertThat(first.events.get(0).team()).isEqualTo("aaaaaaaa-bbbb-cccc-dddd-eeeeeeee0012");
        assertThat(teams.unnamedIds()).as("the same id in two alerts").isEqualTo(1);
    }

    @Test
    void aNameTheRecordGivesWinsOverTheLookup() throws IOException {
        ObjectNode alert = realAlert("opsgenie/real-captures/port-ocean.alert.c.json");
        alert.withArray("responders").removeAll().addObject().put("type", "team")
                .put("id", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeee0012").put("name", "SRE");
        TeamDirectory teams = TeamDirectory.of(Map.of("aaaaaaaa-bbbb-cccc-dddd-eeeeeeee0012", "data-platform"));

        assertThat(parse(new OpsgenieAlertsJsonParser(), alert.toString(), teams).events.get(0).team()).isEqualTo("SRE");
        assertThat(teams.unnamedIds()).isZero();
    }

    @Test
    void docsIncidentListTeamRespondersAreNamed() throws IOException {
        TeamDirectory teams = TeamDirectory.of(Map.of("fc1448b7-46b2-401d-9df8-c02675958e3b", "payments"));

        CollectingSink sink = parse(new OpsgenieIncidentsJsonParser(),
                SharedFormats.file("opsgenie/docs-samples/GET_v1_incidents.list.response.RESERIALIZED.json"), teams);

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).extracting(CanonicalEvent::team).containsOnly("payments");
        assertThat(teams.unnamedIds()).as("only the first team responder is used").isZero();
    }

    @Test
    void docsIncidentListImpactedServicesAreNamedByAServicesList() throws IOException {
        TeamDirectory named = TeamDirectory.of(Map.of(), Map.of("df635094-efd3-48e4-b73a-b8bdfbf1178f", "Checkout API"));
        Path incidents = SharedFormats.file("opsgenie/docs-samples/GET_v1_incidents.list.response.RESERIALIZED.json");

        assertThat(parse(new OpsgenieIncidentsJsonParser(), incidents, named).events.get(0).service())
                .isEqualTo("Checkout API");
        // without a services list the id stays, as before
        assertThat(parse(new OpsgenieIncidentsJsonParser(), incidents, TeamDirectory.empty()).events.get(0).service())
                .isEqualTo("df635094-efd3-48e4-b73a-b8bdfbf1178f");
    }

    @Test
    void anIncidentsOwnerTeamIdIsNamed() throws IOException {
        ObjectNode incident = realAlert("opsgenie/real-captures/port-ocean.incident.a.json");
        incident.put("ownerTeam", "fe954a67-813e-4356-87dc-afed1eec6b66");
        TeamDirectory teams = TeamDirectory.of(Map.of("fe954a67-813e-4356-87dc-afed1eec6b66", "checkout"));

        assertThat(parse(new OpsgenieIncidentsJsonParser(), incident.toString(), teams).events.get(0).team())
                .isEqualTo("checkout");
    }

    @Test
    void withoutALookupEveryIdStaysAnId() throws IOException {
        CollectingSink sink = Parsing.parse(new OpsgenieAlertsJsonParser(),
                SharedFormats.file("opsgenie/docs-samples/GET_v2_alerts.list.response.json"));

        assertThat(sink.events.get(0).team()).isEqualTo("4513b7ea-3b91-438f-b7e4-e3e54af9147c");
    }

    private static ObjectNode realAlert(String sharedPath) throws IOException {
        return (ObjectNode) JSON.readTree(SharedFormats.file(sharedPath).toFile());
    }

    private static CollectingSink parse(ExportParser parser, Path file, TeamDirectory teams) throws IOException {
        CollectingSink sink = new CollectingSink();
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, file.getFileName().toString(), sink, teams);
        }
        return sink;
    }

    private static CollectingSink parse(ExportParser parser, String json, TeamDirectory teams) throws IOException {
        CollectingSink sink = new CollectingSink();
        parser.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "record.json", sink, teams);
        return sink;
    }
}
