package dev.opshistory.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.reports.figures.OnCallLoad;
import dev.opshistory.reports.figures.ShiftDistribution;
import dev.opshistory.reports.figures.ShiftDistribution.Cell;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftDistributionTest {

    @Test
    void distributionSumsQueuesAndCountsShiftsOverTheGuide() {
        // q1: 3 shifts with 0 pages, 1 with 3 -> 4 shifts, 3 pages, median (0+0)/2 = 0, 1 over 2.
        // q2: 1 shift with 1, 1 with 2 -> 2 shifts, median (1+2)/2 = 1.5, none over.
        OnCallLoad load = ShiftDistribution.of(List.of(new Cell("q1", 0, 3), new Cell("q1", 3, 1),
                new Cell("q2", 1, 1), new Cell("q2", 2, 1)));
        assertThat(load.distribution()).containsExactly(new OnCallLoad.ShiftCount(0, 3),
                new OnCallLoad.ShiftCount(1, 1), new OnCallLoad.ShiftCount(2, 1), new OnCallLoad.ShiftCount(3, 1));
        assertThat(load.shifts()).isEqualTo(6);
        assertThat(load.shiftsOverGuide()).isEqualTo(1);
        assertThat(load.byQueue()).containsExactly(
                new OnCallLoad.QueueLoad("q1", 4, 3, 3, 1, 0.0),
                new OnCallLoad.QueueLoad("q2", 2, 3, 2, 0, 1.5));
    }
}
