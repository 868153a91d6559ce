package dev.opshistory.reports;

import static dev.opshistory.reports.WarehouseFixture.Event.alert;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.reports.WarehouseFixture.Event;
import dev.opshistory.reports.figures.Finding;
import dev.opshistory.reports.figures.Trend;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rise in pages is a finding only when it is more than chance: with equal rates, each of the n pages of the two
 * equal windows falls in the later one with probability 1/2, so the later count is Binomial(n, 1/2).
 */
class TrendFindingTest {

    @Test
    void aRiseCountsOnlyWhenChanceAloneWouldRarelyGiveIt() {
        // 2 -> 4: P(X >= 4 | 6, 1/2) = (15 + 6 + 1) / 64 = 0.34, chance.
        assertThat(Trend.significantRise(2, 4)).isFalse();
        // 1 -> 7: P(X >= 7 | 8, 1/2) = (8 + 1) / 256 = 0.035, a rise.
        assertThat(Trend.significantRise(1, 7)).isTrue();
        // 0 -> 4: 1/16 = 0.0625, still chance; 0 -> 5: 1/32 = 0.031, a rise.
        assertThat(Trend.significantRise(0, 4)).isFalse();
        assertThat(Trend.significantRise(0, 5)).isTrue();
        // 100 -> 120 (+20%): z = (119.5 - 110) / sqrt(55) = 1.28, p = 0.10, chance; 100 -> 140 (+40%): p = 0.007.
        assertThat(Trend.significantRise(100, 120)).isFalse();
        assertThat(Trend.significantRise(100, 140)).isTrue();
        // No rise at all.
        assertThat(Trend.significantRise(5, 5)).isFalse();
        assertThat(Trend.significantRise(9, 3)).isFalse();
    }

    @Test
    void aFallIsJudgedAsARiseIsWithTheWindowsSwapped() {
        // 7 -> 1: P(X <= 1 | 8, 1/2) = 9/256 = 0.035, beyond chance; 4 -> 2: 0.34, chance; no change is none.
        assertThat(Trend.differsBeyondChance(7, 1)).isTrue();
        assertThat(Trend.differsBeyondChance(1, 7)).isTrue();
        assertThat(Trend.differsBeyondChance(4, 2)).isFalse();
        assertThat(Trend.differsBeyondChance(0, 0)).isFalse();
        assertThat(Trend.differsBeyondChance(30, 30)).isFalse();
    }

    @Test
    void aRiseWithinChanceIsNoFindingHoweverLargeInPerCent(@TempDir Path dir) {
        // The week before (23-29 March) had 2 pages, this week (30 March - 5 April) 4: +100 %, the largest change
        // the finding's score can hold, but chance.
        assertThat(findingKinds(dir.resolve("small"), 2, 4)).doesNotContain("TREND");
        // 3 -> 12 pages: P(X >= 12 | 15, 1/2) = (455 + 105 + 15 + 1) / 32768 = 0.018, a rise.
        assertThat(findingKinds(dir.resolve("large"), 3, 12)).contains("TREND");
    }

    @Test
    void aRiseOfThousandsIsWrittenWithThousandsSeparators(@TempDir Path dir) {
        // 1,000 -> 1,200 (+20%): z = (1199.5 - 1100) / sqrt(550) = 4.2, far beyond chance.
        assertThat(findings(dir, 1000, 1200)).filteredOn(f -> f.kind().equals("TREND")).extracting(Finding::text)
                .containsExactly("Pages rose 20% against the previous period (1,000 to 1,200).");
    }

    private static List<String> findingKinds(Path runDir, int earlierPages, int laterPages) {
        return findings(runDir, earlierPages, laterPages).stream().map(Finding::kind).toList();
    }

    private static List<Finding> findings(Path runDir, int earlierPages, int laterPages) {
        List<Event> events = new ArrayList<>();
        // An incident long before, so the data reaches back a whole previous week (incidents are never pages).
        events.add(WarehouseFixture.Event.incident("opsgenie:INCIDENT:Z", "2026-03-01T00:00:00Z", "SEV3", "api", "Old"));
        for (int i = 0; i < earlierPages; i++) {
            events.add(page("E" + i, "2026-03-2" + (3 + i % 7) + "T10:00:00Z"));
        }
        for (int i = 0; i < laterPages; i++) {
            events.add(page("L" + i, "2026-04-0" + (1 + i % 5) + "T1" + (i % 10) + ":00:00Z"));
        }
        WarehouseFixture.writeEvents(runDir.resolve("warehouse/events/2026-03/part-0.parquet"), events);
        ReportData data = new ReportGenerator().collect(ReportRequest.of(runDir).between(
                Instant.parse("2026-03-30T00:00:00Z"), Instant.parse("2026-04-06T00:00:00Z")));
        assertThat(data.trend().mode()).isEqualTo(Trend.Mode.PREVIOUS_PERIOD);
        assertThat(List.of(data.trend().earlier().pages(), data.trend().later().pages()))
                .containsExactly((long) earlierPages, (long) laterPages);
        return data.findings();
    }

    private static Event page(String id, String createdAt) {
        return alert("pagerduty:ALERT:" + id, createdAt, "SEV2", "ACTIONABLE", "api", "API errors " + id)
                .with("queue", "core").with("urgency", "high").with("runbook_url", "https://runbooks.example/" + id);
    }
}
