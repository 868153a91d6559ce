package dev.opshistory.ingest;

import dev.opshistory.ingest.parse.ParserChoice;
import dev.opshistory.ingest.parse.ParserRegistry;

/** Picks the parser for a file from its name and first bytes: detection, or the format a user forced. */
@FunctionalInterface
public interface FormatChooser {

    ParserChoice choose(String fileName, String head);

    /** Detects each file's format with the registry. */
    static FormatChooser detecting(ParserRegistry registry) {
        return registry::detect;
    }

    /**
     * Uses one parser for every file, as {@code --format} asks.
     *
     * @throws IllegalArgumentException when no parser has that format name
     */
    static FormatChooser forced(ParserRegistry registry, String format) {
        var parser = registry.byFormat(format).orElseThrow(() -> new IllegalArgumentException(
                "unknown format '" + format + "'; known formats: " + String.join(", ", registry.formats())));
        return (fileName, head) -> new ParserChoice(parser, null, "forced with --format " + parser.format());
    }
}
