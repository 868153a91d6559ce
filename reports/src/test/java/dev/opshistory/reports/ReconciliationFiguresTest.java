package dev.opshistory.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.reports.inputs.IngestReconciliation;
import dev.opshistory.reports.inputs.IngestReconciliation.Count;
import dev.opshistory.reports.inputs.IngestReconciliation.FileCount;
import dev.opshistory.reports.inputs.ReconciliationFigures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationFiguresTest {

    @Test
    void duplicatesAreAcceptedLessFoldedLessDistinctEvents() {
        // 120 accepted, 20 of them folded into incidents, 95 distinct events: 5 re-read records.
        var account = new IngestReconciliation(List.of(), new Count(122, 120, 2, 20));
        assertThat(ReconciliationFigures.of(account, 95).duplicates()).isEqualTo(5);
    }

    @Test
    void duplicatesAreNeverNegative() {
        // A warehouse holding more than this ingest accepted (an earlier run's events): not -10 duplicates.
        var account = new IngestReconciliation(List.of(), new Count(10, 10, 0, 0));
        assertThat(ReconciliationFigures.of(account, 20).duplicates()).isZero();
    }

    @Test
    void missingTotalIsTheSumOfTheFiles() {
        var account = new IngestReconciliation(List.of(
                new FileCount("a.json", "pagerduty-incidents-json", 10, 9, 1, 2),
                new FileCount("b.csv", null, 5, 5, 0, 0)), null);
        ReconciliationFigures figures = ReconciliationFigures.of(account, 12);
        assertThat(List.of(figures.read(), figures.accepted(), figures.rejected(), figures.folded()))
                .containsExactly(15L, 14L, 1L, 2L);
        assertThat(figures.files()).hasSize(2);
    }
}
