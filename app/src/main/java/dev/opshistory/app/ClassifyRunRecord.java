package dev.opshistory.app;

import dev.opshistory.analytics.overrides.Overrides;
import dev.opshistory.model.EventJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code <out>/classify/run.json}: what the classify stage ran with — version, time zone, parallelism, the
 * rules and overrides files and their SHA-256 — so the report's methodology can say which rules produced
 * the verdicts.
 */
final class ClassifyRunRecord {

    static final String FILE = "classify/run.json";
    private static final String DEFAULT_RULES = "/rules/default-rules.yaml";

    private ClassifyRunRecord() {
    }

    static void write(Path out, ZoneId timeZone, int parallelism, Path rulesFile, Path overridesFile) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("version", Version.current());
        run.put("time_zone", timeZone.getId());
        run.put("parallelism", parallelism);
        run.put("rules_file", rulesFile == null ? null : rulesFile.toString());
        run.put("rules_sha256", rulesFile == null ? sha256(defaultRules()) : sha256(rulesFile));
        run.put("overrides_file", overridesFile == null ? null : overridesFile.toString());
        run.put("overrides_sha256", overridesFile == null ? null : sha256(overridesFile));
        run.put("overrides_applied", overridesFile == null ? 0 : Overrides.load(overridesFile).size());
        try {
            Path file = out.resolve(FILE);
            Files.createDirectories(file.getParent());
            EventJson.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), run);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE, e);
        }
    }

    private static byte[] defaultRules() {
        try (InputStream in = ClassifyRunRecord.class.getResourceAsStream(DEFAULT_RULES)) {
            if (in == null) {
                throw new IllegalStateException("the built-in rules " + DEFAULT_RULES + " are missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
