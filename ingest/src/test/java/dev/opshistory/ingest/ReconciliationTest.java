package dev.opshistory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

    @Test
    void filesLeftUnreadByTheirNamesAreNamedAsSideFilesAndCountNoRecords() {
        Reconciliation account = Reconciliation.of(
                List.of(new Reconciliation.FileCount("exports/incidents.json", "pagerduty-incidents-json", 3, 2, 1, 0, "ab")),
                List.of(), 0, 0);

        Reconciliation withSkipped = account.withSkipped(List.of("exports/README.md", "exports/graph.png"));

        assertThat(withSkipped.total()).isEqualTo(account.total());
        assertThat(withSkipped.holds()).isTrue();
        assertThat(withSkipped.sideFiles()).extracting(Reconciliation.SideFile::file)
                .containsExactly("exports/README.md", "exports/graph.png");
        assertThat(withSkipped.sideFiles()).allSatisfy(side -> {
            assertThat(side.kind()).isEqualTo(Reconciliation.SKIPPED_KIND);
            assertThat(side.entries()).isZero();
            assertThat(side.note()).contains("not an export by its name");
        });
    }
}
