package dev.opshistory.ingest.parse.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2017-02-30T20:32:52.353Z", "2017-02-30T20:32:52.353+0200", "2017-02-30T20:32:52+02",
            "2017-02-30T20:32:52+02:00", "2023-02-29T00:00:00Z", "2023-04-31T00:00:00+0000", "2023-13-01T00:00:00Z"})
    void impossibleDatesAreRefusedInEverySpellingNotMovedToARealDay(String text) {
        assertThat(Timestamps.parse(text)).isEmpty();
        assertThat(Timestamps.parseZonelessAsUtc(text)).isEmpty();
        assertThat(Timestamps.problem(text)).contains("unparseable");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2017-02-30T20:32:52", "2023-02-29 00:00:00"})
    void impossibleZonelessDatesAreRefusedToo(String text) {
        assertThat(Timestamps.parseZonelessAsUtc(text)).isEmpty();
        assertThat(Timestamps.zonelessProblem(text)).contains("unparseable");
    }

    @Test
    void aLeapDayIsARealDay() {
        assertThat(Timestamps.parse("2024-02-29T12:00:00+0100")).contains(Instant.parse("2024-02-29T11:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+275760-09-13T00:00:00Z", "+999999999-12-31T23:59:59.999999999-18:00",
            "-999999999-01-01T00:00:00Z", "1989-12-31T23:59:59Z", "2100-01-01T00:00:00Z", "0001-01-01T00:00:00+0000"})
    void instantsOutsideThePlausibleRangeAreRefusedWithThatReason(String text) {
        assertThat(Timestamps.parse(text)).isEmpty();
        assertThat(Timestamps.parseZonelessAsUtc(text)).isEmpty();
        assertThat(Timestamps.isOutOfRange(text)).isTrue();
        assertThat(Timestamps.problem(text)).contains("outside the plausible range").contains(text);
        assertThat(Timestamps.zonelessProblem(text)).contains("outside the plausible range");
    }

    @Test
    void theRangeIncludesItsFirstInstantAndExcludesItsEnd() {
        assertThat(Timestamps.parse("1990-01-01T00:00:00Z")).contains(Timestamps.EARLIEST);
        assertThat(Timestamps.parse("2099-12-31T23:59:59.999Z")).isPresent();
        assertThat(Timestamps.parse("2100-01-01T00:00:00Z")).isEmpty();
        assertThat(Timestamps.parseZonelessAsUtc("2099-12-31T23:59:59")).isPresent();
        assertThat(Timestamps.parseZonelessAsUtc("2100-01-01T00:00:00")).isEmpty();
    }

    @Test
    void zonelessTimestampsAreReadAsUtcOnlyWhenAsked() {
        assertThat(Timestamps.parse("2023-05-31T10:05:00")).isEmpty();
        assertThat(Timestamps.parseZonelessAsUtc("2023-05-31T10:05:00")).contains(Instant.parse("2023-05-31T10:05:00Z"));
        assertThat(Timestamps.parseZonelessAsUtc("2023-05-31T10:05:00-02:00")).contains(Instant.parse("2023-05-31T12:05:00Z"));
    }

    /**
     * The common spelling is read by hand for speed; java.time's ISO formatters (with the two compact offsets) are
     * the reference it must agree with, on the edges of every field.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2023-06-01T12:34:56Z", "2023-06-01T12:34:56.1Z", "2023-06-01T12:34:56.123456789Z",
            "2023-06-01T12:34:56.1234567890Z", "2023-06-01T12:34:56.Z", "2023-06-01T12:34:56+14:00",
            "2023-06-01T12:34:56-00:00", "2023-06-01T12:34:56+18:00", "2023-06-01T12:34:56-18:00",
            "2023-06-01T12:34:56+18:01", "2023-06-01T12:34:56+05:60", "2023-06-01T12:34:56+19:00",
            "2023-06-01T24:00:00Z", "2023-06-01T23:60:00Z", "2023-06-01T23:59:60Z", "2023-06-01t12:34:56z",
            "2023-06-01T12:34:56ZZ", "2023-06-01T12:34:56+05:30:15", "2023-06-01T12:34:5Z", "2023-6-01T12:34:56Z",
            "2024-02-29T00:00:00.5+01:00", "2023-02-29T00:00:00.5+01:00", " 2023-06-01T12:34:56Z "})
    void theHandReadSpellingAgreesWithJavaTime(String text) {
        assertThat(Timestamps.parse(text)).isEqualTo(javaTime(text).filter(Timestamps::isPlausible));
    }

    private static Optional<Instant> javaTime(String text) {
        List<DateTimeFormatter> formatters = List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                        .appendOffset("+HHMM", "Z").toFormatter().withResolverStyle(ResolverStyle.STRICT),
                new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                        .appendOffset("+HH", "Z").toFormatter().withResolverStyle(ResolverStyle.STRICT));
        for (DateTimeFormatter formatter : formatters) {
            try {
                return Optional.of(OffsetDateTime.parse(text.trim(), formatter).toInstant());
            } catch (DateTimeException e) {
                // the next spelling
            }
        }
        return Optional.empty();
    }
}
