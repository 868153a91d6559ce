package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.EventJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Golden cases of one parser in {@code src/test/resources/parse/}: every {@code <prefix>*.<extension>} is
 * detected by that parser, parsed without a reject, and gives exactly the events of
 * {@code <case>.expected.ndjson}, one {@link EventJson#toJson} per line. Regenerate after an intended
 * mapping change with {@code -Dopshistory.updateGoldens=true} and review the diff.
 */
public final class PrefixedGoldenCases {

    private PrefixedGoldenCases() {
    }

    /** One dynamic test per case; fails when there is no case at all. */
    public static Stream<DynamicTest> of(String prefix, String extension, ExportParser parser) throws IOException {
        List<Path> inputs = inputs(prefix, extension);
        assertThat(inputs).as("golden cases " + prefix + "*." + extension).isNotEmpty();
        return DynamicTest.stream(inputs.stream(), input -> input.getFileName().toString(), input -> check(input, extension, parser));
    }

    private static void check(Path input, String extension, ExportParser parser) throws IOException {
        Detection detection = parser.detect(input.getFileName().toString(), Parsing.head(input));
        assertThat(detection.matches()).as(detection.reason()).isTrue();

        CollectingSink sink = Parsing.parse(parser, input);
        assertThat(sink.rejects).isEmpty();
        List<String> actual = sink.events.stream().map(EventJson::toJson).toList();

        String caseName = input.getFileName().toString().replaceFirst("\\." + extension + "$", "");
        GoldenFiles.assertLines("parse", input.resolveSibling(caseName + ".expected.ndjson"), actual);
    }

    private static List<Path> inputs(String prefix, String extension) throws IOException {
        return GoldenFiles.inputs("parse", name -> name.startsWith(prefix) && name.endsWith("." + extension));
    }
}
