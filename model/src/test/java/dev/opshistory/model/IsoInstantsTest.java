package dev.opshistory.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
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

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01T00:00:00Z", "2023-02-26T00:10:04Z", "2023-02-26T00:10:04.100Z",
            "2023-02-26T00:10:04.000001Z", "2023-02-26T00:10:04.000000001Z", "2023-02-26T00:10:04.120300Z",
            "2024-02-29T23:59:59.999999999Z", "9999-12-31T23:59:59.999Z", "+10000-01-01T00:00:00Z",
            "1969-12-31T23:59:59.999Z", "0001-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z",
            "+1000000000-12-31T23:59:59.999999999Z"})
    void formattingWritesWhatTheStandardFormatterWrites(String text) {
        Instant instant = Instant.parse(text);
        char[] out = new char[IsoInstants.MAX_FORMATTED];
        assertThat(new String(out, 0, IsoInstants.format(instant, out))).isEqualTo(instant.toString()).isEqualTo(text);
    }

    @Test
    void formattingAgreesWithTheStandardFormatterOverManyInstants() {
        SplittableRandom random = new SplittableRandom(42);
        char[] out = new char[IsoInstants.MAX_FORMATTED];
        for (int i = 0; i < 200_000; i++) {
            long seconds = random.nextLong(-100_000_000_000L, 300_000_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(new String(out, 0, IsoInstants.format(instant, out))).isEqualTo(instant.toString());
        }
    }
}
