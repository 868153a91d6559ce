package dev.opshistory.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-26T00:10:04Z", "2023-02-26T00:10:04.1Z", "2023-02-26T00:10:04.123Z",
            "2023-02-26T00:10:04.123456789Z", "2023-02-26T01:10:04+01:00", "2023-02-25T19:40:04.5-04:30",
            "2024-02-29T23:59:59.999999Z"})
    void theCommonSpellingReadsToTheInstantOfTheStandardFormatter(String text) {
        assertThat(IsoInstants.parseCommon(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017-02-30T00:00:00Z", "2023-13-01T00:00:00Z", "2023-01-01T24:00:00Z",
            "2023-01-01T00:00:00", "2023-01-01 00:00:00Z", "2023-01-01T00:00:00.Z", "2023-01-01T00:00:00+0100",
            "2023-01-01T00:00:00.1234567891Z", "2023-01-01T00:00:00+19:00", "not a time at all"})
    void otherSpellingsAndImpossibleValuesAreLeftToAFormatter(String text) {
        assertThat(IsoInstants.parseCommon(text)).isNull();
    }
}
