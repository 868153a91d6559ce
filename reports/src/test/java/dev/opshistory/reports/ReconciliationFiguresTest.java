package dev.opshistory.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.reports.inputs.IngestReconciliation;
import dev.opshistory.reports.inputs.IngestReconciliation.Count;
import dev.opshistory.reports.inputs.IngestReconciliation.FileCount;
import dev.opshistory.reports.inputs.ReconciliationFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReconciliationFiguresTest {

    @Test
    void duplicatesAreAcceptedLessFoldedLessDistinctEvents() {
        // 120 accepted, 20 of them folded into incidents, 95 distinct events: 5 re-read records.
        var account = new IngestReconciliation(List.of(), new Count(122, 120, 2, 20));
        assertThat(ReconciliationFigures.of(account, 95, null, List.of()).duplicates()).isEqualTo(5);
    }

    @Test
    void duplicatesAreNeverNegative() {
        // A warehouse holding more than this ingest accepted (an earlier run's events): not -10 duplicates.
        var account = new IngestReconciliation(List.of(), new Count(10, 10, 0, 0));
        assertThat(ReconciliationFigures.of(account, 20, null, List.of()).duplicates()).isZero();
    }

    @Test
    void missingTotalIsTheSumOfTheFiles() {
        var account = new IngestReconciliation(List.of(
                new FileCount("a.json", "pagerduty-incidents-json", 10, 9, 1, 2),
                new FileCount("b.csv", null, 5, 5, 0, 0)), null);
        ReconciliationFigures figures = ReconciliationFigures.of(account, 12, null, List.of());
        assertThat(List.of(figures.read(), figures.accepted(), figures.rejected(), figures.folded()))
                .containsExactly(15L, 14L, 1L, 2L);
        assertThat(figures.files()).hasSize(2);
    }

    @Test
    void beyondTwentyFilesWithRejectsTheTableSaysHowManyRecordsTheRestRejected() {
        // 22 files of 30 records, f01 … f22, file i rejecting i: the 20 listed reject 22 down to 3, the two left 2 and 1.
        List<FileCount> files = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            files.add(new FileCount(String.format(Locale.ROOT, "f%02d.json", i), "pagerduty-incidents-json", 30, 30 - i,
                    i, 0));
        }
        ReconciliationFigures figures = ReconciliationFigures.of(new IngestReconciliation(files, null), 0, null, List.of());
        assertThat(figures.filesShown()).hasSize(ReconciliationFigures.FILES_SHOWN)
                .extracting(FileCount::file).startsWith("f22.json", "f21.json").endsWith("f03.json");
        assertThat(figures.filesNotShown()).isEqualTo(2);
        assertThat(figures.rejectedNotShown()).isEqualTo(3);
    }

    @Test
    void upToTwentyFilesAreAllListed() {
        var account = new IngestReconciliation(List.of(
                new FileCount("b.json", "pagerduty-incidents-json", 10, 10, 0, 0),
                new FileCount("a.json", "pagerduty-incidents-json", 10, 10, 0, 0),
                new FileCount("c.json", "pagerduty-incidents-json", 10, 10, 0, 2)), null);
        ReconciliationFigures figures = ReconciliationFigures.of(account, 28, null, List.of());
        assertThat(figures.filesShown()).extracting(FileCount::file).containsExactly("c.json", "a.json", "b.json");
        assertThat(figures.filesNotShown()).isZero();
        assertThat(figures.rejectedNotShown()).isZero();
    }
}
