package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostmortemDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2020-09-25 | 2020-09-25", "September 25, 2020 | 2020-09-25", "25 Sep 2020 | 2020-09-25",
            "09/25/2020 | 2020-09-25", "Date: 9/25/2020 | 2020-09-25", "25/09/2020 | 2020-09-25",
            "25.09.2020 | 2020-09-25", "on 03/04/2020, then 13/04/2020 | 2020-04-13",
            "at 04.01.2022 at 10:51 UTC | 2022-01-04",
            "2025-Feb-07 | 2025-02-07", "Upgrade on 2025-DEC-5 | 2025-12-05", "2024 March 14 | 2024-03-14",
            "2021年11月25日午後3時 | 2021-11-25",
            // a range with its year written once, at its end, starts on its first day
            "between December 25th and December 30th, 2022 | 2022-12-25", "March 3-5, 2021 | 2021-03-03",
            "from Dec 28 to Jan 2, 2023 | 2022-12-28", "on May 4 at 10:00 until May 5, 2021 | 2021-05-05",
            "Updated 2023-01-09: outage of Jan 3 to 5, 2023 | 2023-01-09"})
    void readsTheDatesPeopleWrite(String text, String date) {
        assertThat(PostmortemDate.find(text)).hasValueSatisfying(d -> assertThat(d.date()).isEqualTo(date));
    }

    @Test
    void aFrontMatterNumberIsAnEpochTimestampWhenItCanBeOne() {
        assertThat(PostmortemDate.fromYaml(1726872333000L)).hasValueSatisfying(d -> assertThat(d.date()).isEqualTo("2024-09-20"));
        assertThat(PostmortemDate.fromYaml(1726872333)).hasValueSatisfying(d -> assertThat(d.date()).isEqualTo("2024-09-20"));
        assertThat(PostmortemDate.fromYaml(20240920)).isEmpty();
        assertThat(PostmortemDate.fromYaml("1726872333000")).as("flat lines' text")
                .hasValueSatisfying(d -> assertThat(d.date()).isEqualTo("2024-09-20"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"03/04/2020", "13/14/2020", "02/30/2020", "version 1.2.2020", "12/25/1850",
            "2025-Feb-30", "build 2024 May 123"})
    void aNumericDateWhoseOrderCannotBeToldOrThatIsNoDateIsNone(String text) {
        assertThat(PostmortemDate.find(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Created by Amara Okafor, last modified on Apr 22, 2024\\nIncident date 16 Apr 2024 | 2024-04-16",
            "Published 2024-05-02. On 2024-04-30 at 21:27 UTC the API failed. | 2024-04-30",
            "On 2024-04-30 the API failed; updated 2024-05-02. | 2024-04-30"})
    void theIncidentsDateIsNotTheDocumentsOwn(String text, String date) {
        assertThat(PostmortemDate.findOfIncident(text.replace("\\n", "\n")))
                .hasValueSatisfying(d -> assertThat(d.date()).isEqualTo(date));
        assertThat(PostmortemDate.findOfIncident("Last updated 2024-05-02")).isEmpty();
    }

    @Test
    void theDayFirstWithTheMonthsNameIsReadWithSpacesDashesOrSlashes() {
        for (String written : new String[] {"22 March 2022", "22nd Mar, 2022", "22-Mar-2022", "22/Mar/2022", "on 22/mar/2022 at 10:00"}) {
            assertThat(PostmortemDate.find(written)).as(written)
                    .hasValueSatisfying(d -> assertThat(d.date()).isEqualTo("2022-03-22"));
        }
        assertThat(PostmortemDate.find("22-Mar/2022")).as("one separator, not two").isEmpty();
    }

    @Test
    void theDayFirstWithTheMonthsNameInOtherLanguagesIsRead() {
        String[][] cases = {{"**Fecha del Incidente**: 6 de Enero de 2026", "2026-01-06"}, {"15 de março de 2024", "2024-03-15"},
                {"le 3 février 2021 à 14h", "2021-02-03"}, {"Am 12. März 2024 gab es", "2024-03-12"},
                {"il 4 maggio 2022", "2022-05-04"}, {"op 7 maart 2023", "2023-03-07"}, {"1er décembre 2020", "2020-12-01"},
                {"30 de febrero de 2024", null}};
        for (String[] c : cases) {
            if (c[1] == null) {
                assertThat(PostmortemDate.find(c[0])).as(c[0]).isEmpty();
            } else {
                assertThat(PostmortemDate.find(c[0])).as(c[0]).hasValueSatisfying(d -> assertThat(d.date()).isEqualTo(c[1]));
            }
        }
    }

    @Test
    void aDayWrittenWithoutItsYearIsAMonthAndDay() {
        assertThat(PostmortemDate.findMonthDay("from Feb 18 20:00 until 09:00")).isEqualTo(java.time.MonthDay.of(2, 18));
        assertThat(PostmortemDate.findMonthDay("on March 3rd, late")).isEqualTo(java.time.MonthDay.of(3, 3));
        assertThat(PostmortemDate.findMonthDay("Feb 18:00")).isNull();
        assertThat(PostmortemDate.findMonthDay("Feb 30")).isNull();
    }
}
