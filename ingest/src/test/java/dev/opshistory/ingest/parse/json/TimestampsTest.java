package dev.opshistory.ingest.parse.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2015-10-06T21:30:42Z, 2015-10-06T21:30:42Z",
            "2023-09-27T16:07:06.6Z, 2023-09-27T16:07:06.600Z",
            "2023-09-26T17:06:17.09Z, 2023-09-26T17:06:17.090Z",
            "2017-03-21T20:32:52.353Z, 2017-03-21T20:32:52.353Z",
            "2017-02-02T16:51:13.507955756Z, 2017-02-02T16:51:13.507955756Z",
            "2024-09-13T23:31:38-06:00, 2024-09-14T05:31:38Z",
            "2023-11-07T09:46:08.305+0100, 2023-11-07T08:46:08.305Z",
    })
    void vendorSpellingsBecomeUtcInstants(String text, String utc) {
        assertThat(Timestamps.parse(text)).contains(Instant.parse(utc));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-05-31T10:05:00", "yesterday", "1704440650350", ""})
    void anythingElseIsRefusedWithAReason(String text) {
        assertThat(Timestamps.parse(text)).isEmpty();
        assertThat(Timestamps.problem(text)).contains(text);
    }
}
