package dev.opshistory.ingest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opshistory.ingest.FormatChooser;
import dev.opshistory.ingest.parse.ParserRegistry;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Reject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of the hostile-input corpus ({@link HostileCase}) through {@link dev.opshistory.ingest.IngestRunner}
 * as {@code ingest} does, and checks that nothing escapes, nothing hangs, every record is accounted for
 * (read = accepted + rejected) and the outcome is the one written beside the case.
 */
class HostileCorpusTest {

    private static final ParserRegistry REGISTRY = ParserRegistry.defaults();

    static List<HostileCase> cases() {
        return HostileCase.all();
    }

    // A hang guard, not a speed target: the separate thread lets a parser stuck in a loop fail the case. The 10 MB
    // documents take about 8 s on an idle 2-core machine and twice that beside a build, so the guard is 60 s.
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void hostileInputEndsInTheExpectedAcceptsAndRejects(HostileCase hostile, @TempDir Path scratch) throws IOException {
        JsonNode expected = hostile.expected();
        Path input = hostile.input(scratch);
        FormatChooser chooser = expected.hasNonNull("force")
                ? FormatChooser.forced(REGISTRY, expected.get("force").asText())
                : FormatChooser.detecting(REGISTRY);

        IngestedFile result = IngestedFile.ingest(input, chooser);

        var count = result.count();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(count.read()).as("read = accepted + rejected").isEqualTo(count.accepted() + count.rejected());
        soft.assertThat(count.accepted()).as("accepted counts events and folded records")
                .isEqualTo(result.events().size() + result.folded().size());
        soft.assertThat(count.rejected()).as("rejected counts rejects").isEqualTo(result.rejects().size());
        if (expected.has("format") && !expected.hasNonNull("force")) {
            soft.assertThat(count.format()).as("parser chosen by detection")
                    .isEqualTo(expected.get("format").isNull() ? null : expected.get("format").asText());
        }
        checkCount(soft, "read", expected, count.read());
        checkCount(soft, "accepted", expected, count.accepted());
        checkCount(soft, "folded", expected, count.folded());
        checkCount(soft, "rejected", expected, count.rejected());
        for (Reject reject : result.rejects()) {
            soft.assertThat(reject.file()).as("reject names its file").isEqualTo(input.toString());
            soft.assertThat(reject.position()).as("reject has a position").isNotBlank();
            soft.assertThat(reject.reason()).as("reject has a reason").isNotBlank();
        }
        if (expected.has("rejects")) {
            checkRejects(soft, expected.get("rejects"), result.rejects());
        }
        if (expected.has("events")) {
            checkEvents(soft, expected.get("events"), result.events());
        }
        if (expected.path("same_event_id").asBoolean(false)) {
            soft.assertThat(result.events().stream().map(CanonicalEvent::eventId).distinct()).as("one event id").hasSize(1);
        }
        soft.assertAll();
    }

    @Test
    void corpusHasAtLeastFortyCommittedFilesCoveringEveryParser() {
        List<HostileCase> cases = cases();
        Set<String> inputs = cases.stream().filter(HostileCase::committed)
                .map(c -> c.expected().get("input").asText()).collect(Collectors.toSet());
        Set<String> formats = new HashSet<>();
        for (HostileCase c : cases) {
            for (String key : List.of("format", "force")) {
                if (c.expected().hasNonNull(key)) {
                    formats.add(c.expected().get(key).asText());
                }
            }
        }

        assertThat(inputs).hasSizeGreaterThanOrEqualTo(40);
        assertThat(formats).containsAll(REGISTRY.formats());
        assertThat(cases).allSatisfy(c -> assertThat(c.expected().path("why").asText()).as(c.name()).isNotBlank());
    }

    private static void checkCount(SoftAssertions soft, String key, JsonNode expected, long actual) {
        if (expected.has(key)) {
            soft.assertThat(actual).as(key).isEqualTo(expected.get(key).asLong());
        }
    }

    private static void checkRejects(SoftAssertions soft, JsonNode expected, List<Reject> actual) {
        soft.assertThat(actual).as("rejects " + describe(actual)).hasSize(expected.size());
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            JsonNode want = expected.get(i);
            Reject got = actual.get(i);
            String label = "reject " + (i + 1) + " " + got.describe();
            soft.assertThat(got.position()).as(label + ": position").matches(positionPattern(want.get("position").asText()));
            if (want.has("field")) {
                soft.assertThat(got.field()).as(label + ": field")
                        .isEqualTo(want.get("field").isNull() ? null : want.get("field").asText());
            }
            if (want.has("reason")) {
                soft.assertThat(got.reason().toLowerCase(Locale.ROOT)).as(label + ": reason")
                        .contains(want.get("reason").asText().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** {@code *} alone is any position; elsewhere it stands for a number. */
    private static Pattern positionPattern(String position) {
        if (position.equals("*")) {
            return Pattern.compile(".+");
        }
        return Pattern.compile(Pattern.quote(position).replace("*", "\\E\\d+\\Q"));
    }

    private static void checkEvents(SoftAssertions soft, JsonNode expected, List<CanonicalEvent> actual) {
        soft.assertThat(actual.size()).as("accepted events to check").isGreaterThanOrEqualTo(expected.size());
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            JsonNode want = expected.get(i);
            CanonicalEvent got = actual.get(i);
            String label = "event " + (i + 1) + " (" + got.sourceId() + ")";
            if (want.has("source_id")) {
                soft.assertThat(got.sourceId()).as(label + ": source_id").isEqualTo(want.get("source_id").asText());
            }
            if (want.has("title")) {
                soft.assertThat(got.title()).as(label + ": title").isEqualTo(want.get("title").asText());
            }
            if (want.has("created_at")) {
                soft.assertThat(got.createdAt()).as(label + ": created_at").isEqualTo(Instant.parse(want.get("created_at").asText()));
            }
            if (want.has("truncated")) {
                soft.assertThat(Boolean.TRUE.equals(got.truncated())).as(label + ": truncated").isEqualTo(want.get("truncated").asBoolean());
            }
        }
    }

    private static String describe(List<Reject> rejects) {
        return rejects.stream().map(r -> r.position() + (r.field() == null ? "" : " [" + r.field() + "]") + ": "
                + (r.reason().length() > 160 ? r.reason().substring(0, 160) + "…" : r.reason()))
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
