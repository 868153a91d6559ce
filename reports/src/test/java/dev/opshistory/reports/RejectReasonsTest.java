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
    void missingFileHasNoReasons() {
        assertThat(RejectReasons.top(dir, 5)).isEmpty();
    }
}
