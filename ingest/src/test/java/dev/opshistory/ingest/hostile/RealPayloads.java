package dev.opshistory.ingest.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.SharedFormatsAccess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Real records to mutate: vendor payloads from {@code testdata/formats} (through
 * {@link SharedFormatsAccess}), the repository's {@code sample-data/}, and this module's golden inputs.
 */
final class RealPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RealPayloads() {
    }

    /** The records under {@code key} of a {@code testdata/formats} file (an array, or one object). */
    static List<ObjectNode> shared(String relative, String key, int limit) {
        return records(SharedFormatsAccess.file(relative), key, limit);
    }

    /** The records under {@code key} of a {@code sample-data/} file. */
    static List<ObjectNode> sample(String relative, String key, int limit) {
        return records(sampleData().resolve(relative), key, limit);
    }

    /** The records under {@code key} of a test resource ({@code null} key: the root is the record). */
    static List<ObjectNode> resource(String path, String key, int limit) {
        try (InputStream in = RealPayloads.class.getResourceAsStream(path)) {
            return select(JSON.readTree(in), key, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource as text. */
    static String resourceText(String path) {
        try (InputStream in = RealPayloads.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource's bytes (a Word document). */
    static byte[] resourceBytes(String path) {
        try (InputStream in = RealPayloads.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code testdata/formats} file as text. */
    static String sharedText(String relative) {
        return read(SharedFormatsAccess.file(relative));
    }

    /** A {@code sample-data/} file as text. */
    static String sampleText(String relative) {
        return read(sampleData().resolve(relative));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ObjectNode> records(Path file, String key, int limit) {
        try {
            return select(JSON.readTree(file.toFile()), key, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ObjectNode> select(JsonNode root, String key, int limit) {
        JsonNode node = key == null ? root : root.get(key);
        List<ObjectNode> records = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            records.add(object);
        } else if (node != null) {
            for (JsonNode element : node) {
                if (records.size() < limit && element instanceof ObjectNode object) {
                    records.add(object);
                }
            }
        }
        if (records.isEmpty()) {
            throw new IllegalStateException("no records under " + key);
        }
        return List.copyOf(records);
    }

    /** {@code sample-data/} above the project root Surefire names ({@code opshistory.root}) or the working directory. */
    private static Path sampleData() {
        String property = System.getProperty("opshistory.root");
        Path start = (property == null || property.isBlank() ? Path.of("") : Path.of(property)).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("sample-data"))) {
                return dir.resolve("sample-data");
            }
        }
        throw new IllegalStateException("no sample-data/ above " + start);
    }
}
