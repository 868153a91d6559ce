package dev.opshistory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.ingest.parse.CollectingSink;
import dev.opshistory.ingest.parse.TeamsLookup;
import dev.opshistory.ingest.parse.ParserRegistry;
import dev.opshistory.ingest.parse.SampleData;
import dev.opshistory.ingest.parse.SharedFormatsAccess;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code GET /v2/teams} response among the inputs names the Opsgenie teams of every export in the run, whatever
 * its file name, and is accounted for as a side file, not as records.
 */
class IngestRunnerTeamsTest {

    /** What the runner emits: events, records folded into others, rejects. */
    private final CollectingSink sink = new CollectingSink();

    @TempDir
    Path dir;

    @Test
    void aTeamsResponseNamedAnyhowNamesTheTeamsAndIsListedAsASideFileNotAsRecords() throws Exception {
        Files.copy(SharedFormatsAccess.file("opsgenie/docs-samples/GET_v2_alerts.list.response.json"),
                dir.resolve("alerts.json"));
        Path teams = Files.writeString(dir.resolve("zz-teams-export.json"), """
                {"data": [{"id": "4513b7ea-3b91-438f-b7e4-e3e54af9147c", "name": "sre-core", "description": "",
                  "links": {"web": "https://app.opsgenie.com/teams/dashboard/4513b7ea-3b91-438f-b7e4-e3e54af9147c/main",
                            "api": "https://api.opsgenie.com/v2/teams/4513b7ea-3b91-438f-b7e4-e3e54af9147c"}}],
                 "took": 0.05, "requestId": "b1"}
                """);

        Reconciliation reconciliation;
        try (InputFiles inputs = InputFiles.open(List.of(dir))) {
            reconciliation = ingest(inputs.files());
        }

        assertThat(sink.events.get(0).team()).isEqualTo("sre-core");
        assertThat(sink.rejects).isEmpty();
        assertThat(reconciliation.files()).extracting(Reconciliation.FileCount::file)
                .containsExactly(dir.resolve("alerts.json").toString());
        assertThat(reconciliation.total().read()).isEqualTo(2);
        assertThat(reconciliation.holds()).isTrue();
        assertThat(reconciliation.sideFiles()).singleElement().satisfies(side -> {
            assertThat(side.file()).isEqualTo(teams.toString());
            assertThat(side.kind()).isEqualTo(TeamsLookup.KIND);
            assertThat(side.entries()).isEqualTo(1);
            assertThat(side.sha256()).hasSize(64);
            assertThat(side.note()).isNull();
        });
        assertThat(reconciliation.teamIdsWithoutName()).isZero();
    }

    @Test
    void teamIdsWithNoNameAreCountedInTheReconciliation() throws Exception {
        Path alerts = Files.copy(SharedFormatsAccess.file("opsgenie/docs-samples/GET_v2_alerts.list.response.json"),
                dir.resolve("alerts.json"));

        Reconciliation reconciliation = ingest(List.of(alerts));

        assertThat(sink.events.get(0).team()).isEqualTo("4513b7ea-3b91-438f-b7e4-e3e54af9147c");
        assertThat(reconciliation.teamIdsWithoutName()).isEqualTo(1);
        assertThat(reconciliation.sideFiles()).isEmpty();
    }

    @Test
    void anOpsgenieServicesListIsAServicesLookup() throws Exception {
        Files.writeString(dir.resolve("services.json"),
                "{\"data\": [{\"id\": \"s-1\", \"name\": \"checkout\", \"teamId\": \"t-1\"}]}");

        Reconciliation reconciliation;
        try (InputFiles inputs = InputFiles.open(List.of(dir))) {
            reconciliation = ingest(inputs.files());
        }

        assertThat(reconciliation.files()).isEmpty();
        assertThat(reconciliation.sideFiles()).singleElement().satisfies(side -> {
            assertThat(side.kind()).isEqualTo(TeamsLookup.SERVICES_KIND);
            assertThat(side.entries()).isEqualTo(1);
        });
    }

    @Test
    void serviceIdsNoServicesListNamesAreCountedInTheReconciliation() throws Exception {
        Files.writeString(dir.resolve("services.json"),
                "{\"data\": [{\"id\": \"s-1\", \"name\": \"checkout\", \"teamId\": \"t-1\"}]}");
        Files.writeString(dir.resolve("incidents.json"), """
                {"data": [
                  {"id": "i-1", "tinyId": "1", "message": "Checkout down", "status": "resolved",
                   "createdAt": "2024-03-01T10:00:00Z", "impactStartDate": "2024-03-01T10:00:00Z",
                   "impactEndDate": "2024-03-01T10:30:00Z", "impactedServices": ["s-1"]},
                  {"id": "i-2", "tinyId": "2", "message": "Search slow", "status": "resolved",
                   "createdAt": "2024-03-02T10:00:00Z", "impactStartDate": "2024-03-02T10:00:00Z",
                   "impactEndDate": "2024-03-02T10:30:00Z", "impactedServices": ["s-9"]},
                  {"id": "i-3", "tinyId": "3", "message": "Search slow again", "status": "resolved",
                   "createdAt": "2024-03-03T10:00:00Z", "impactStartDate": "2024-03-03T10:00:00Z",
                   "impactEndDate": "2024-03-03T10:30:00Z", "impactedServices": ["s-9"]}]}
                """);

        Reconciliation reconciliation;
        try (InputFiles inputs = InputFiles.open(List.of(dir))) {
            reconciliation = ingest(inputs.files());
        }

        assertThat(sink.events).extracting(CanonicalEvent::service).containsExactly("checkout", "s-9", "s-9");
        assertThat(reconciliation.serviceIdsWithoutName()).as("distinct ids").isEqualTo(1);
        assertThat(reconciliation.teamIdsWithoutName()).isZero();
    }

    @Test
    void aLookupFileThatIsNoTeamsResponseIsListedUnusedAndNotParsed() throws Exception {
        // GET /v2/schedules: ids and names, but of schedules
        Path services = Files.writeString(dir.resolve("schedules.lookup.json"),
                "{\"data\": [{\"id\": \"s-1\", \"name\": \"primary\", \"timezone\": \"Europe/Berlin\"}]}");

        Reconciliation reconciliation;
        try (InputFiles inputs = InputFiles.open(List.of(dir))) {
            reconciliation = ingest(inputs.files());
        }

        assertThat(sink.rejects).isEmpty();
        assertThat(reconciliation.files()).isEmpty();
        assertThat(reconciliation.sideFiles()).singleElement().satisfies(side -> {
            assertThat(side.file()).isEqualTo(services.toString());
            assertThat(side.entries()).isZero();
            assertThat(side.note()).contains("not an Opsgenie GET /v2/teams or GET /v1/services response nor a Grafana OnCall");
        });
    }

    @Test
    void sampleDataOpsgenieAlertsCarryTeamNamesNotIds() throws Exception {
        Path opsgenie = SampleData.file("opsgenie");

        Reconciliation reconciliation;
        try (InputFiles inputs = InputFiles.open(List.of(opsgenie))) {
            reconciliation = ingest(inputs.files());
        }

        Set<String> teams = sink.events.stream().filter(e -> e.source() == Source.OPSGENIE).map(CanonicalEvent::team)
                .collect(Collectors.toSet());
        assertThat(teams).containsExactlyInAnyOrder("sre-core", "data-platform");
        assertThat(reconciliation.teamIdsWithoutName()).isZero();
        assertThat(reconciliation.sideFiles()).extracting(Reconciliation.SideFile::file)
                .containsExactly(opsgenie.resolve("teams.lookup.json").toString());
        assertThat(reconciliation.total().read()).as("the lookup holds no records").isEqualTo(304 + sink.folded.size());
        assertThat(reconciliation.total().rejected()).isZero();
        assertThat(reconciliation.holds()).isTrue();
    }

    private Reconciliation ingest(List<Path> files) throws Exception {
        IngestRunner runner = new IngestRunner(FormatChooser.detecting(ParserRegistry.defaults()), sink.events::add,
                sink.folded::add, sink.rejects::add, Progress.silent());
        return runner.ingest(files);
    }
}
