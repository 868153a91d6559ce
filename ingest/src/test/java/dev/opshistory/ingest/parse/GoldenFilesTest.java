package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.EventJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden cases in {@code src/test/resources/parse/}: each {@code <case>.json} (built from real payloads) is
 * detected, parsed, and must give exactly the events in {@code <case>.expected.ndjson}, one
 * {@link EventJson#toJson} per line, with no rejects.
 *
 * <p>After an intended change of the mapping, regenerate with
 * {@code mvn -pl ingest test -Dtest=GoldenFilesTest -Dopshistory.updateGoldens=true} and review the diff.
 */
class GoldenFilesTest {

    private static final ParserRegistry REGISTRY = ParserRegistry.defaults();

    @TestFactory
    Stream<DynamicTest> eachCaseGivesItsExpectedEvents() throws IOException {
        return cases().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> check(input)));
    }

    @Test
    void theRequiredCasesExist() throws IOException {
        assertThat(cases().map(p -> p.getFileName().toString())).contains(
                "pagerduty-list-envelope.json", "pagerduty-bare-array.json", "pagerduty-single.json",
                "pagerduty-ndjson.json", "pagerduty-priority-summary-only.json", "opsgenie-list.json",
                "opsgenie-single.json", "jsm-values.json");
    }

    private static void check(Path input) throws IOException {
        ParserChoice choice = REGISTRY.detect(input.getFileName().toString(), Parsing.head(input));
        assertThat(choice.found()).as(choice.reason()).isTrue();
        String caseName = input.getFileName().toString().replaceFirst("\\.json$", "");
        assertThat(choice.parser().format()).as(choice.reason())
                .isEqualTo(caseName.startsWith("pagerduty") ? PagerDutyIncidentsJsonParser.FORMAT : OpsgenieAlertsJsonParser.FORMAT);

        CollectingSink sink = Parsing.parse(choice.parser(), input);
        assertThat(sink.rejects).isEmpty();
        List<String> actual = sink.events.stream().map(EventJson::toJson).toList();

        Path expectedFile = input.resolveSibling(caseName + ".expected.ndjson");
        if (Boolean.getBoolean("opshistory.updateGoldens")) {
            Path source = Path.of("src/test/resources/parse").resolve(expectedFile.getFileName());
            Files.write(source, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(expectedFile).as("golden file for " + caseName).exists();
        assertThat(actual).isEqualTo(Files.readAllLines(expectedFile, StandardCharsets.UTF_8));
    }

    private static Stream<Path> cases() throws IOException {
        Path dir;
        try {
            dir = Path.of(GoldenFilesTest.class.getResource("/parse").toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList().stream();
        }
    }
}
