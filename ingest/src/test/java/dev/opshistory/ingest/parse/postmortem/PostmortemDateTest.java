package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostmortemDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2020-09-25 | 2020-09-25", "September 25, 2020 | 2020-09-25", "25 Sep 2020 | 2020-09-25",
            "09/25/2020 | 2020-09-25", "Date: 9/25/2020 | 2020-09-25", "25/09/2020 | 2020-09-25",
            "25.09.2020 | 2020-09-25", "on 03/04/2020, then 13/04/2020 | 2020-04-13"})
    void readsTheDatesPeopleWrite(String text, String date) {
        assertThat(PostmortemDate.find(text)).hasValueSatisfying(d -> assertThat(d.date()).isEqualTo(date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"03/04/2020", "13/14/2020", "02/30/2020", "version 1.2.2020", "12/25/1850"})
    void aNumericDateWhoseOrderCannotBeToldOrThatIsNoDateIsNone(String text) {
        assertThat(PostmortemDate.find(text)).isEmpty();
    }
}
