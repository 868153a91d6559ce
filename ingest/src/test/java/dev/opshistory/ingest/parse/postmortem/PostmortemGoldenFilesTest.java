package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.ExportParser;
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
 * Golden cases in {@code src/test/resources/postmortem/}: each {@code <case>.md} or {@code <case>.json} is
 * detected by its parser, parsed with no reject, and must give exactly the events of
 * {@code <case>.expected.ndjson}, one {@link EventJson#toJson} per line. The two Google SRE cases are copies
 * of {@code shared/formats/postmortems/google-sre-example/} (ATX headings; setext headings with bold fields
 * and footnotes).
 *
 * <p>After an intended change, regenerate with {@code mvn -pl ingest test -Dtest=PostmortemGoldenFilesTest
 * -Dopshistory.updateGoldens=true} and review the diff.
 */
class PostmortemGoldenFilesTest {

    private static final List<ExportParser> PARSERS = List.of(new MarkdownPostmortemParser(), new JsonPostmortemParser());

    @TestFactory
    Stream<DynamicTest> eachCaseGivesItsExpectedEvents() throws IOException {
        return cases().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> check(input)));
    }

    @Test
    void theRequiredCasesExist() throws IOException {
        assertThat(cases().map(p -> p.getFileName().toString())).contains(
                "google-sre-atx-headings.md", "google-sre-setext-sawasthi.md", "flat-object.json", "envelope-array.json");
    }

    private static void check(Path input) throws IOException {
        String name = input.getFileName().toString();
        String head = PostmortemFiles.head(input);
        ExportParser parser = PARSERS.stream().filter(p -> p.detect(name, head).matches()).findFirst().orElseThrow();
        Detection detection = parser.detect(name, head);
        assertThat(parser.format()).as(detection.reason())
                .isEqualTo(name.endsWith(".md") ? MarkdownPostmortemParser.FORMAT : JsonPostmortemParser.FORMAT);

        RecordingSink sink = PostmortemFiles.parse(parser, input);
        assertThat(sink.rejects).isEmpty();
        List<String> actual = sink.events.stream().map(EventJson::toJson).toList();

        String caseName = name.replaceFirst("\\.(md|json)$", "");
        Path expected = input.resolveSibling(caseName + ".expected.ndjson");
        if (Boolean.getBoolean("opshistory.updateGoldens")) {
            Files.write(Path.of("src/test/resources/postmortem").resolve(expected.getFileName()), actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(expected).as("golden file for " + caseName).exists();
        assertThat(actual).isEqualTo(Files.readAllLines(expected, StandardCharsets.UTF_8));
    }

    private static Stream<Path> cases() throws IOException {
        Path dir;
        try {
            dir = Path.of(PostmortemGoldenFilesTest.class.getResource("/postmortem").toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".md") || (p.toString().endsWith(".json")))
                    .sorted().toList().stream();
        }
    }
}
