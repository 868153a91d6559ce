package dev.opshistory.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.reports.csv.CsvCells;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void cellsThatASpreadsheetWouldEvaluateGetALeadingApostrophe() {
        assertThat(CsvCells.neutralise("=HYPERLINK(\"http://e.vil\")")).isEqualTo("'=HYPERLINK(\"http://e.vil\")");
        assertThat(CsvCells.neutralise("+1")).isEqualTo("'+1");
        assertThat(CsvCells.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.neutralise("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvCells.neutralise("\rcmd")).isEqualTo("'\rcmd");
    }

    @Test
    void otherTextAndComputedNumbersAreUnchanged() {
        assertThat(CsvCells.neutralise("Disk = 90%")).isEqualTo("Disk = 90%");
        assertThat(CsvCells.cell(-5L)).isEqualTo("-5");
        assertThat(CsvCells.cell(null)).isEmpty();
        assertThat(CsvCells.cell(true)).isEqualTo("true");
    }
}
