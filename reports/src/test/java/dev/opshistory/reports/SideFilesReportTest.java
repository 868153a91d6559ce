package dev.opshistory.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Opsgenie teams lookup changes every team figure, so the report says it was read (data quality) and
 * records its checksum beside the exports' (methodology); team ids no lookup named are called out.
 */
class SideFilesReportTest {

    @TempDir
    Path dir;

    @Test
    void aTeamsLookupIsNamedInDataQualityAndItsChecksumInTheMethodology() throws IOException {
        WarehouseFixture.writeFile(dir.resolve("ingest/reconciliation.json"), """
                {"files":[{"file":"exports/opsgenie/alerts.json","format":"opsgenie-alerts-json",
                           "read":7,"accepted":7,"rejected":0,"folded":0,"sha256":"aa11"}],
                 "total":{"read":7,"accepted":7,"rejected":0,"folded":0},
                 "side_files":[{"file":"exports/opsgenie/teams.lookup.json","kind":"teams-lookup",
                                "entries":2,"sha256":"bb22","note":null}],
                 "team_ids_without_name":3}
                """);

        ReportData data = new ReportGenerator().collect(ReportRequest.of(dir));

        assertThat(data.notes()).contains(
                "Side file (not an export): exports/opsgenie/teams.lookup.json, teams-lookup, 2 entries used.",
                "3 Opsgenie team ids have no name (no teams lookup named them): their alerts are counted under the id.");
        assertThat(data.methodology().inputChecksums()).containsExactly(
                new Methodology.Checksum("exports/opsgenie/alerts.json", "aa11"),
                new Methodology.Checksum("exports/opsgenie/teams.lookup.json", "bb22"));
    }

    @Test
    void serviceIdsNoServicesListNamedAreCalledOut() throws IOException {
        WarehouseFixture.writeFile(dir.resolve("ingest/reconciliation.json"), """
                {"files":[{"file":"exports/opsgenie/incidents.json","format":"opsgenie-incidents-json",
                           "read":2,"accepted":2,"rejected":0,"folded":0,"sha256":"aa11"}],
                 "total":{"read":2,"accepted":2,"rejected":0,"folded":0},
                 "side_files":[],"team_ids_without_name":0,"service_ids_without_name":1}
                """);

        ReportData data = new ReportGenerator().collect(ReportRequest.of(dir));

        assertThat(data.notes()).contains("1 Opsgenie service id has no name (no services list, GET /v1/services,"
                + " named it): their incidents are counted under the id.");
        assertThat(data.notes()).noneMatch(n -> n.contains("team id"));
    }

    @Test
    void filesLeftUnreadByTheirNamesAreOneNoteNamingAFew() throws IOException {
        StringBuilder skipped = new StringBuilder();
        for (int i = 1; i <= 7; i++) {
            skipped.append(i == 1 ? "" : ",").append("{\"file\":\"exports/img-").append(i)
                    .append(".png\",\"kind\":\"skipped\",\"entries\":0,\"sha256\":null,\"note\":\"not an export\"}");
        }
        WarehouseFixture.writeFile(dir.resolve("ingest/reconciliation.json"), "{\"files\":[],\"total\":{\"read\":0,"
                + "\"accepted\":0,\"rejected\":0,\"folded\":0},\"side_files\":[" + skipped + "]}");

        ReportData data = new ReportGenerator().collect(ReportRequest.of(dir));

        assertThat(data.notes()).containsOnlyOnce("7 files were left unread, not exports by their names (give a file by"
                + " its path to read it): exports/img-1.png, exports/img-2.png, exports/img-3.png, exports/img-4.png,"
                + " exports/img-5.png, … (all in ingest/reconciliation.json).");
        assertThat(data.notes()).noneMatch(n -> n.startsWith("Side file"));
    }

    @Test
    void anAccountWrittenBeforeSideFilesExistedAddsNoNote() throws IOException {
        WarehouseFixture.writeFile(dir.resolve("ingest/reconciliation.json"), """
                {"files":[],"total":{"read":0,"accepted":0,"rejected":0,"folded":0}}
                """);

        ReportData data = new ReportGenerator().collect(ReportRequest.of(dir));

        assertThat(data.notes()).noneMatch(n -> n.contains("Side file") || n.contains("team id"));
    }
}
