package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumericDateOrderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Timeline: 29-09-2021 storage change, 03-10-2021 outage | DAY_FIRST",
        "From 9/29/2021 to 10/3/2021 | MONTH_FIRST",
        "25.12.2023 and 03.01.2024 | DAY_FIRST",
        "Date: 03/10/2021 | UNKNOWN",
        "no dates at all | UNKNOWN",
        // writers who disagree (a quoted export in the other order) tell nothing
        "29-09-2021, then 10/29/2021 | UNKNOWN",
        // a version number or a day 40 is no date
        "version 40.11.2021 | UNKNOWN",
    })
    void theUnambiguousDatesTellTheOrder(String text, NumericDateOrder expected) {
        assertThat(NumericDateOrder.of(text)).isEqualTo(expected);
    }

    @Test
    void ambiguousDatesAreWrittenInTheOrderTheDocumentUses() {
        assertThat(NumericDateOrder.DAY_FIRST.resolve("**Date**: 03/10/2021, again 29-09-2021"))
                .isEqualTo("**Date**: 2021-10-03, again 29-09-2021");
        assertThat(NumericDateOrder.MONTH_FIRST.resolve("Date: 03/10/2021")).isEqualTo("Date: 2021-03-10");
        assertThat(NumericDateOrder.UNKNOWN.resolve("Date: 03/10/2021")).isEqualTo("Date: 03/10/2021");
        assertThat(NumericDateOrder.DAY_FIRST.resolve(null)).isNull();
    }
}
