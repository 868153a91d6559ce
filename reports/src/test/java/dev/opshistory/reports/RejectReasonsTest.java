package dev.opshistory.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.reports.inputs.ReasonCount;
import dev.opshistory.reports.inputs.RejectReasons;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectReasonsTest {

    @TempDir
    Path dir;

    @Test
    void reasonsAreCountedMostFrequentFirstAndCutAtTheLimit() {
        WarehouseFixture.writeFile(dir.resolve("rejects.ndjson"), """
                {"file":"a.json","position":"record 1","reason":"title is missing"}
                {"file":"a.json","position":"record 2","reason":"not JSON"}
                {"file":"a.json","position":"record 3","reason":"title is missing"}
                {"file":"b.json","position":"record 1","reason":"an unknown format"}
                """);
        assertThat(RejectReasons.top(dir, 2)).containsExactly(
                new ReasonCount("title is missing", 2), new ReasonCount("an unknown format", 1));
    }

    @Test
    void linesThatAreNotRejectsAreCountedAsSuch() {
        WarehouseFixture.writeFile(dir.resolve("rejects.ndjson"), "{broken\n[1,2]\n{\"file\":\"a\"}\n");
        assertThat(RejectReasons.top(dir, 5)).containsExactly(
                new ReasonCount(RejectReasons.UNREADABLE, 2), new ReasonCount("(no reason given)", 1));
    }

    @Test
    void theRejectsFileNameIsTakenOutOfItsReasonSoThatFilesShareOne() {
        WarehouseFixture.writeFile(dir.resolve("rejects.ndjson"), """
                {"file":"in/a.json","position":"file","reason":"cannot read the file: in/a.json (Permission denied)"}
                {"file":"in/b.json","position":"file","reason":"cannot read the file: in/b.json (Permission denied)"}
                {"file":"x/b.json","position":"line 2","reason":"b.json line 2: not JSON; see b.json.bak"}
                {"file":"a","position":"line 1","reason":"not a date"}
                """);
        assertThat(RejectReasons.top(dir, 5)).containsExactly(
                new ReasonCount("cannot read the file: the file (Permission denied)", 2),
                new ReasonCount("not a date", 1),
                // Only the whole name: another file that starts with it stays.
                new ReasonCount("the file line 2: not JSON; see b.json.bak", 1));
    }

    @Test
    void aFileNoParserRecognisedIsOneReasonWithoutTheParsersExplanations() {
        assertThat(RejectReasons.grouped("unsupported or unrecognised export: no parser recognises notes (1).txt"
                + " (pagerduty-incidents-json: no PagerDuty incidents in it (not JSON); opsgenie-alerts-json: …)",
                "in/notes (1).txt")).isEqualTo("unsupported or unrecognised export: no parser recognises the file");
    }

    @Test
    void aFileIngestKnewForWhatItIsKeepsThatAdvice() {
        String webhook = "a PagerDuty webhook (v3) event, not an export: each webhook tells one change of one incident;"
                + " export the incidents with GET /incidents and their log entries instead";
        assertThat(RejectReasons.grouped("unsupported or unrecognised export: no parser recognises in/hook-1.json: it is "
                + webhook, "in/hook-1.json")).isEqualTo(RejectReasons.UNRECOGNISED + ": it is " + webhook);
        // two such files are one reason
        assertThat(RejectReasons.grouped("unsupported or unrecognised export: no parser recognises in/hook-2.json: it is "
                + webhook, "in/hook-2.json")).isEqualTo(RejectReasons.UNRECOGNISED + ": it is " + webhook);
    }

    @Test
    void theTablesCutAReasonPastTwoHundredCharactersButKeepItWhole() {
        String reason = "y".repeat(199) + "😀z";
        ReasonCount count = new ReasonCount(reason, 1);
        assertThat(count.reason()).isEqualTo(reason);
        // Cut before the emoji rather than through it.
        assertThat(count.shortReason()).isEqualTo("y".repeat(199) + "…");
        assertThat(new ReasonCount("y".repeat(200), 1).shortReason()).isEqualTo("y".repeat(200));
    }

    @Test
    void missingFileHasNoReasons() {
        assertThat(RejectReasons.top(dir, 5)).isEmpty();
    }
}
