package dev.opshistory.ingest.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case of the hostile-input corpus: a {@code <case>.expected.json} under {@code src/test/resources/hostile/}
 * and the input it names, either a committed file ({@code input}, relative to the corpus folder) or one built
 * at test time ({@code generate}, see {@link GeneratedInputs}) because it is too large to commit.
 *
 * <p>Expectation fields: {@code format} (the parser detection must choose; null for none) or {@code force}
 * (the {@code --format} to use instead), the counts {@code read}, {@code accepted} (folded included, as in
 * the reconciliation), {@code folded} and {@code rejected}, the {@code rejects} in order (each a
 * {@code position}, where {@code *} stands for digits or for anything when alone, an optional {@code field}
 * and a {@code reason} substring), a prefix of the accepted {@code events} to check, {@code same_event_id}
 * for duplicates, and {@code why}, the sentence that says what the case is about.
 */
record HostileCase(String name, JsonNode expected) {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SUFFIX = ".expected.json";

    /** Every case of the corpus, committed and generated, sorted by name. */
    static List<HostileCase> all() {
        try (Stream<Path> files = Files.walk(corpus())) {
            return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted()
                    .map(HostileCase::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus folder as test resources (a real folder on the test class path). */
    static Path corpus() {
        try {
            return Path.of(HostileCase.class.getResource("/hostile").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HostileCase load(Path expectation) {
        String file = expectation.getFileName().toString();
        try {
            return new HostileCase(file.substring(0, file.length() - SUFFIX.length()), JSON.readTree(expectation.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The input file: the committed one, or a generated one written into {@code scratch}. */
    Path input(Path scratch) throws IOException {
        if (expected.hasNonNull("generate")) {
            return GeneratedInputs.write(expected.get("generate").asText(), scratch);
        }
        Path input = corpus().resolve(expected.get("input").asText());
        if (!Files.isRegularFile(input)) {
            throw new IllegalStateException(name + ": missing input " + input);
        }
        return input;
    }

    /** Whether the input is committed (not generated). */
    boolean committed() {
        return expected.hasNonNull("input");
    }

    @Override
    public String toString() {
        return name;
    }
}
