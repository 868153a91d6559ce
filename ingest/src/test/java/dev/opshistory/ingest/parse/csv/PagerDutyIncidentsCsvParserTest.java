package dev.opshistory.ingest.parse.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.opshistory.ingest.parse.CollectingSink;
import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.PagerDutyIncidentsJsonParser;
import dev.opshistory.ingest.parse.ParserChecks;
import dev.opshistory.ingest.parse.Parsing;
import dev.opshistory.ingest.parse.PrefixedGoldenCases;
import dev.opshistory.ingest.parse.SharedPayloadOwners;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Reject;
import dev.opshistory.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The incidents CSV parser: the parser contract of {@code ExportParserContractTest} restated for CSV
 * (that one builds JSON inputs), then the CSV's own rules.
 */
class PagerDutyIncidentsCsvParserTest {

    private static final String HEADER = String.join(",", PagerDutyCsvColumns.ALL);
    /** The one real row on record (Doximity, 2023; formats/pagerduty/SOURCES.md), in column order. */
    private static final String REAL_ROW = "Q38V2M61ITSKVU,96830,\"prod-doximity-10-0-1-133.dox.box/cinc-client : CheckProcess"
            + " CRITICAL: Found 0 matching processes; cmd /cinc-client/\n\",POQT69N,SRE Not Urgent Service,P5AGSRY,"
            + "SRE Not Urgent Escalation Policy,2023-02-26T00:10:04+00:00,2023-02-26T00:34:06+00:00,,1442,0,0,0,0,1,,,"
            + "PW28787,Josh Lauer,,,low";
    /** The name every input is parsed under. */
    private static final String FILE = "export.csv";
    private static final String PANDAS_DUMP = "pagerduty/real-captures/pagerduty-trial.incidents_api_dump.csv";

    private final PagerDutyIncidentsCsvParser parser = new PagerDutyIncidentsCsvParser();

    // ---- the parser contract, for CSV

    @Test
    void headerOnlyGivesNoEventsAndNoRejects() {
        CollectingSink sink = parse(HEADER + "\n");

        assertThat(sink.events).isEmpty();
        assertThat(sink.rejects).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t\r\n  ", "\uFEFF"})
    void emptyOrBlankFileGivesOneEmptyFileReject(String content) {
        CollectingSink sink = parse(content);

        assertThat(sink.events).isEmpty();
        assertThat(sink.rejects).extracting(Reject::position, Reject::reason).containsExactly(tuple("file", "empty file"));
    }

    @Test
    void badRowsAreRejectedAtTheLineTheyStartOnWhileGoodOnesPass() {
        String csv = HEADER + "\n"
                + REAL_ROW + "\n"                                          // lines 2-3: the description holds a line break
                + row("", "2023-02-26T01:00:00+00:00") + "\n"              // line 4: no id
                + "\n"                                                     // line 5: blank, skipped
                + row("QGOOD2", "2023-02-26T02:00:00+00:00") + "\n"        // line 6
                + row("QBADTIME", "yesterday") + "\n"                      // line 7
                + row("QNOTIME", "") + "\n";                               // line 8

        CollectingSink sink = parse(csv);

        assertThat(sink.events).extracting(CanonicalEvent::sourceId).containsExactly("Q38V2M61ITSKVU", "QGOOD2");
        assertThat(sink.rejects).extracting(Reject::position, Reject::field)
                .containsExactly(tuple("line 4", "id"), tuple("line 7", "created_on"), tuple("line 8", "created_on"));
        assertThat(sink.rejects.get(1).reason()).contains("yesterday");
        assertThat(sink.rejects).allSatisfy(r -> {
            assertThat(r.file()).isEqualTo(FILE);
            assertThat(r.excerpt()).isNotBlank();
        });
    }

    @Test
    void allInstantsAreWrittenInUtc() {
        CollectingSink sink = parse(HEADER + "\n" + REAL_ROW + "\n" + row("QOFFSET", "2023-02-26T01:00:00-06:00") + "\n");

        assertThat(sink.events).hasSize(2);
        ParserChecks.assertInstantsWrittenInUtc(sink.events);
        assertThat(sink.events.get(1).createdAt()).isEqualTo(Instant.parse("2023-02-26T07:00:00Z"));
    }

    @Test
    void parsingTwiceGivesEqualEvents() {
        String csv = HEADER + "\n" + REAL_ROW + "\n" + row("QGOOD2", "2023-02-26T02:00:00+00:00") + "\n";

        assertThat(parse(csv).events).isEqualTo(parse(csv).events).hasSize(2);
    }

    @Test
    void oversizedDescriptionIsCutAt64KbAndTheEventIsStillAccepted() {
        String huge = "é".repeat(100_000);
        String csv = HEADER + "\n" + REAL_ROW.replace("\"prod-doximity", "\"" + huge + "prod-doximity") + "\n";

        CollectingSink sink = parse(csv);

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().satisfies(e -> {
            assertThat(e.truncated()).isTrue();
            assertThat(e.title().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64 * 1024).isGreaterThan(64 * 1024 - 4);
        });
        assertThat(parse(HEADER + "\n" + REAL_ROW + "\n").events.get(0).truncated()).isFalse();
    }

    @Test
    void rowsAreEmittedWhileTheFileIsStillBeingRead() throws IOException {
        int rows = 8_000;
        List<byte[]> parts = new ArrayList<>();
        parts.add((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < rows; i++) {
            parts.add((REAL_ROW.replace("Q38V2M61ITSKVU", "GEN" + i) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        ParserChecks.StreamedParse run = ParserChecks.parseStreamed(parser, parts, FILE);

        assertThat(run.sink().events).hasSize(rows);
        assertThat(run.sink().rejects).isEmpty();
        assertThat(run.readAtFirstOutput()).as("bytes read before the first event, of " + run.totalBytes())
                .isLessThan(run.totalBytes() / 2);
    }

    @Test
    void theStreamIsLeftOpenForTheCaller() throws IOException {
        byte[] csv = (HEADER + "\n" + REAL_ROW + "\n").getBytes(StandardCharsets.UTF_8);

        assertThat(ParserChecks.closesTheStream(parser, csv, FILE)).isFalse();
    }

    // ---- the CSV's own rules

    @Test
    void realRowMapsLikeTheJsonIncidentItDescribes() {
        CanonicalEvent e = parse(HEADER + "\n" + REAL_ROW + "\n").events.get(0);

        assertThat(e.eventId()).isEqualTo("pagerduty:alert:Q38V2M61ITSKVU");
        assertThat(e.kind()).isEqualTo(EventKind.ALERT);
        assertThat(e.source()).isEqualTo(Source.PAGERDUTY);
        assertThat(e.sourceNumber()).isEqualTo("96830");
        assertThat(e.title()).startsWith("prod-doximity-10-0-1-133.dox.box/cinc-client : CheckProcess CRITICAL").endsWith("/cinc-client/\n");
        assertThat(e.service()).isEqualTo("SRE Not Urgent Service");
        assertThat(e.queue()).isEqualTo("SRE Not Urgent Escalation Policy");
        assertThat(e.team()).isNull();
        assertThat(e.urgency()).isEqualTo("low");
        assertThat(e.status()).isEqualTo("resolved");
        assertThat(e.createdAt()).isEqualTo(Instant.parse("2023-02-26T00:10:04Z"));
        assertThat(e.resolvedAt()).isEqualTo(Instant.parse("2023-02-26T00:34:06Z"));
        assertThat(e.acknowledgedAt()).as("seconds_to_first_ack is empty").isNull();
        assertThat(e.acknowledgedBy()).isNull();
        assertThat(e.humanAcknowledged()).isNull();
        assertThat(e.resolvedBy()).isNull();
        assertThat(e.autoResolved()).isFalse();
        assertThat(e.escalations()).isZero();
        assertThat(e.sourceFile()).isEqualTo(FILE);
    }

    @Test
    void csvAndJsonOfTheSameIncidentShareTheEventId() throws IOException {
        byte[] incidents = Files.readAllBytes(SharedPayloadOwners.file("pagerduty/api-reference-examples/GET_incidents.response.json"));
        CollectingSink json = Parsing.parse(new PagerDutyIncidentsJsonParser(), incidents, "incidents.json");

        CollectingSink csv = parse(HEADER + "\n" + row("PT4KHLK", "2015-10-06T21:30:42Z") + "\n");

        assertThat(csv.events.get(0).eventId()).isEqualTo(json.events.get(0).eventId()).isEqualTo("pagerduty:alert:PT4KHLK");
    }

    @Test
    void quotedCommasLineBreaksAndDoubledQuotesAreOneCell() {
        String description = "Disk 91% on db-1, db-2 \"\"primary\"\"\nsecond line";
        CollectingSink sink = parse(HEADER + "\n" + REAL_ROW.replaceFirst("\"prod-doximity[^\"]*\"", "\"" + description + "\"") + "\n");

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().extracting(CanonicalEvent::title)
                .isEqualTo("Disk 91% on db-1, db-2 \"primary\"\nsecond line");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"Ann Lee,Bo Chen\"", "Ann Lee; Bo Chen", "\"Ann Lee;Bo Chen\""})
    void severalAcknowledgersKeepTheCellAsWrittenAndCountAsHuman(String cell) {
        String csv = "id,created_on,acknowledged_by_user_ids,acknowledged_by_user_names,seconds_to_first_ack\n"
                + "Q1,2023-02-26T01:00:00Z,\"PU1,PU2\"," + cell + ",30\n";

        CanonicalEvent e = parse(csv).events.get(0);

        assertThat(e.acknowledgedBy()).isEqualTo(cell.replace("\"", ""));
        assertThat(e.humanAcknowledged()).isTrue();
        assertThat(e.acknowledgedAt()).isEqualTo(Instant.parse("2023-02-26T01:00:30Z"));
    }

    @Test
    void acknowledgerIdsStandInWhenNamesAreMissing() {
        String csv = "id,created_on,acknowledged_by_user_ids,acknowledged_by_user_names\nQ1,2023-02-26T01:00:00Z,PU1,\n";

        CanonicalEvent e = parse(csv).events.get(0);

        assertThat(e.acknowledgedBy()).isEqualTo("PU1");
        assertThat(e.humanAcknowledged()).isTrue();
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndSpelling() {
        String csv = "Urgency, Created On ,ID,SERVICE-NAME,auto resolved\nhigh,2023-03-01T08:00:00Z,QX,Checkout,1\n";

        CanonicalEvent e = parse(csv).events.get(0);

        assertThat(e.sourceId()).isEqualTo("QX");
        assertThat(e.urgency()).isEqualTo("high");
        assertThat(e.service()).isEqualTo("Checkout");
        assertThat(e.autoResolved()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-03-01T08:00:00", "2023-03-01 08:00:00", "2023-03-01 08:00:00 UTC",
            "2023-03-01 09:00:00 +0100", "2023-03-01T08:00:00.000Z", "2023-03-01T03:00:00-05:00"})
    void timestampSpellingsAllMeanTheSameInstantAndZoneLessIsUtc(String createdOn) {
        CollectingSink sink = parse("id,created_on\nQ1," + createdOn + "\n");

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events.get(0).createdAt()).isEqualTo(Instant.parse("2023-03-01T08:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30T08:00:00+00:00", "2023-02-30 08:00:00", "2023-02-29 08:00:00 UTC",
            "2023-04-31T08:00:00Z"})
    void impossibleDatesAreRejectedNotMovedToARealDay(String createdOn) {
        CollectingSink sink = parse("id,created_on\nQ1," + createdOn + "\n");

        assertThat(sink.events).isEmpty();
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("created_on");
            assertThat(r.reason()).contains("unparseable timestamp");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"+275760-09-13T00:00:00Z", "1970-01-01 00:00:00", "2100-01-01T00:00:00+00:00"})
    void timestampsOutsideThePlausibleRangeAreRejectedNamingTheColumn(String createdOn) {
        CollectingSink sink = parse("id,created_on\nQ1," + createdOn + "\n");

        assertThat(sink.events).isEmpty();
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("created_on");
            assertThat(r.reason()).contains("outside the plausible range");
        });
    }

    @Test
    void resolveTimeFallsBackToCreatedPlusSecondsToResolve() {
        CanonicalEvent e = parse("id,created_on,seconds_to_resolve\nQ1,2023-03-01T08:00:00Z,90\n").events.get(0);

        assertThat(e.resolvedAt()).isEqualTo(Instant.parse("2023-03-01T08:01:30Z"));
        assertThat(e.status()).isEqualTo("resolved");
    }

    @Test
    void openIncidentHasNoStatusAndNoResolution() {
        CanonicalEvent e = parse("id,created_on,resolved_on,seconds_to_resolve\nQ1,2023-03-01T08:00:00Z,,\n").events.get(0);

        assertThat(e.status()).isNull();
        assertThat(e.resolvedAt()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seconds_to_resolve=soon", "seconds_to_first_ack=-5", "auto_resolved=maybe",
            "escalation_count=1.5", "incident_number=#12", "resolved_on=tomorrow"})
    void malformedValueIsRejectedNamingTheColumn(String columnAndValue) {
        String[] parts = columnAndValue.split("=");
        CollectingSink sink = parse("id,created_on," + parts[0] + "\nQ1,2023-03-01T08:00:00Z," + parts[1] + "\n");

        assertThat(sink.events).isEmpty();
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo("line 2");
            assertThat(r.field()).isEqualTo(parts[0]);
        });
    }

    @Test
    void rowWithMoreOrFewerCellsThanTheHeaderIsRejected() {
        CollectingSink sink = parse("id,created_on,description\nQ1,2023-03-01T08:00:00Z,Disk full, again\nQ2,2023-03-01T08:00:00Z\n"
                + "Q3,2023-03-01T08:00:00Z,ok\n");

        assertThat(sink.events).extracting(CanonicalEvent::sourceId).containsExactly("Q3");
        assertThat(sink.rejects).extracting(Reject::position).containsExactly("line 2", "line 3");
        assertThat(sink.rejects.get(0).reason()).contains("4 cells").contains("3 columns");
    }

    @Test
    void fileWithoutARequiredColumnIsOneRejectNamingIt() {
        CollectingSink sink = parse("incident_number,description,service_name\n1,Disk full,Billing\n2,CPU,Billing\n");

        assertThat(sink.events).isEmpty();
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo("file");
            assertThat(r.field()).isEqualTo("id, created_on");
            assertThat(r.reason()).contains("missing required columns id, created_on");
        });
    }

    @Test
    void quoteLeftOpenStopsTheFileAtTheLineWhereTheBrokenRowStarts() {
        CollectingSink sink = parse(HEADER + "\n" + REAL_ROW + "\n" + REAL_ROW.replace("Q38V2M61ITSKVU", "QCUT").substring(0, 40) + "\n");

        assertThat(sink.events).extracting(CanonicalEvent::sourceId).containsExactly("Q38V2M61ITSKVU");
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo("line 4");
            assertThat(r.reason()).startsWith("malformed CSV, stopped reading the file");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {";", "\t"})
    void anExportSavedAgainByASpreadsheetWithSemicolonsOrTabsIsReadTheSame(String separator) {
        // A spreadsheet where the decimal mark is a comma saves CSV with semicolons; "text" has tabs. A cell that
        // holds the separator is quoted, and a comma in a cell is just a comma.
        String csv = String.join(separator, "id", "created_on", "description", "service_name") + "\r\n"
                + String.join(separator, "Q1", "2023-03-01T08:00:00Z", "\"Disk full" + separator + " again, twice\"",
                        "Billing") + "\r\n"
                + String.join(separator, "Q2", "2023-03-01T09:00:00Z", "CPU high", "Billing", "extra") + "\r\n";

        CollectingSink sink = parse(csv);

        assertThat(sink.events).singleElement().satisfies(e -> {
            assertThat(e.sourceId()).isEqualTo("Q1");
            assertThat(e.description()).isEqualTo("Disk full" + separator + " again, twice");
            assertThat(e.service()).isEqualTo("Billing");
        });
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo("line 3");
            assertThat(r.reason()).contains("5 cells").contains("4 columns")
                    .contains(separator.equals(";") ? "an unquoted semicolon" : "an unquoted tab");
        });
    }

    @Test
    void semicolonsInsideTheCellsOfACommaSeparatedExportStayText() {
        CollectingSink sink = parse("id,created_on,description\nQ1,2023-03-01T08:00:00Z,a;b;c\n");

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().extracting(CanonicalEvent::description).isEqualTo("a;b;c");
    }

    @Test
    void byteOrderMarkBeforeTheHeaderIsIgnored() {
        CollectingSink sink = parse("\uFEFF" + HEADER + "\r\n" + REAL_ROW + "\r\n");

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().extracting(CanonicalEvent::sourceId).isEqualTo("Q38V2M61ITSKVU");
    }

    @Test
    void binaryGarbageIsOneRejectForTheFile() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);

        CollectingSink sink = Parsing.parse(parser, garbage, FILE);

        assertThat(sink.events).isEmpty();
        assertThat(sink.rejects).singleElement().extracting(Reject::position).isEqualTo("file");
    }

    // ---- the pandas dump of shared/formats (MANIFEST: clear rejects, no crash)

    @Test
    void pandasDumpOfTheRestApiIsNotDetectedAndSaysWhy() {
        Detection d = parser.detect("pagerduty-trial.incidents_api_dump.csv", SharedPayloadOwners.head(PANDAS_DUMP));

        assertThat(d.matches()).isFalse();
        assertThat(d.reason()).contains("4 of the 23").contains("lacks created_on").contains("created_at");
    }

    @Test
    void pandasDumpForcedThroughTheParserIsOneRejectNamingTheMissingColumn() {
        CollectingSink sink = Parsing.parse(parser, SharedPayloadOwners.file(PANDAS_DUMP));

        assertThat(sink.events).isEmpty();
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo("file");
            assertThat(r.field()).isEqualTo("created_on");
            assertThat(r.file()).isEqualTo("pagerduty-trial.incidents_api_dump.csv");
        });
    }

    // ---- detection

    @Test
    void headerWithAllColumnsIsSure() {
        assertThat(parser.detect("incidents.csv", "\uFEFF" + HEADER + "\n" + REAL_ROW).score()).isEqualTo(100);
    }

    @Test
    void headerSeparatedBySemicolonsIsSureAndSaysSo() {
        Detection d = parser.detect("incidents.csv", "\uFEFF" + HEADER.replace(',', ';') + "\r\n");

        assertThat(d.score()).isEqualTo(100);
        assertThat(d.reason()).contains("23 of its 23").contains("separated by semicolons");
    }

    @Test
    void headerWithSomeColumnsInAnotherOrderIsStillDetected() {
        Detection d = parser.detect("x.csv", "Created On,ID,Seconds To Resolve,Auto Resolved,Service Name\n");

        assertThat(d.score()).isEqualTo(90);
        assertThat(d.reason()).contains("5 of its 23");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "id,incident_number\n1,2", "id,created_on,description\n", "{\"incidents\":[]}",
            "# Postmortem\n\nSummary", "\"id,created_on"})
    void inputsWithoutTheExportHeaderAreNotTaken(String head) {
        assertThat(parser.detect("x.csv", head).matches()).isFalse();
    }

    @Test
    void noSharedPayloadIsTaken() {
        // no shared payload is a PagerDuty CSV export (see SharedPayloadOwners)
        SharedPayloadOwners.assertDetectsOnlyItsOwn(parser, PagerDutyIncidentsCsvParser.FORMAT);
    }

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        return PrefixedGoldenCases.of("csv-", "csv", parser);
    }

    // ---- helpers

    private CollectingSink parse(String content) {
        return Parsing.parse(parser, content, FILE);
    }

    /** A full row with the given id and created_on; the other cells from the real row. */
    private static String row(String id, String createdOn) {
        return id + ",1," + "Disk full,PSVC,Billing,PEP,Billing EP," + createdOn + ",,,,,,,,,,,,,,,high";
    }
}
