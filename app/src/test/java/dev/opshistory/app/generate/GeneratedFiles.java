package dev.opshistory.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opshistory.app.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Runs {@code opshistory generate} into a folder and reads what it wrote. */
final class GeneratedFiles {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private GeneratedFiles() {
    }

    /** Generates with the command line and fails the test unless it exits 0. */
    static Path generate(Path out, String... args) {
        List<String> all = new ArrayList<>(List.of("generate", "--out", out.toString()));
        all.addAll(List.of(args));
        assertThat(Main.execute(all.toArray(String[]::new))).as("exit code of %s", all).isZero();
        return out;
    }

    /** Every file under {@code dir}, as paths relative to it with {@code /}, sorted. */
    static List<String> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of every page under {@code folder} whose name starts with {@code prefix}, in page order. */
    static List<JsonNode> records(Path dir, String folder, String prefix, String field) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode page : pages(dir, folder, prefix)) {
            page.path(field).forEach(out::add);
        }
        return out;
    }

    /** The pages under {@code folder} whose name starts with {@code prefix}, in file-name order. */
    static List<JsonNode> pages(Path dir, String folder, String prefix) {
        List<JsonNode> out = new ArrayList<>();
        for (String file : files(dir)) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            if (file.equals(folder + "/" + name) && name.startsWith(prefix) && name.endsWith(".json")) {
                try {
                    out.add(MAPPER.readTree(dir.resolve(file).toFile()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    /** The JSON lines of every NDJSON file under {@code folder}, in file-name order. */
    static List<JsonNode> lines(Path dir, String folder) {
        List<JsonNode> out = new ArrayList<>();
        for (String file : files(dir)) {
            if (file.startsWith(folder + "/") && file.endsWith(".ndjson")) {
                try {
                    for (String line : Files.readAllLines(dir.resolve(file))) {
                        out.add(MAPPER.readTree(line));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    /** The labels of {@code ground-truth.labels.json}. */
    static List<JsonNode> labels(Path dir) {
        try {
            List<JsonNode> out = new ArrayList<>();
            MAPPER.readTree(dir.resolve("ground-truth.labels.json").toFile()).path("labels").forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
