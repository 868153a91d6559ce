package dev.opshistory.app;

import dev.opshistory.ingest.FormatChooser;
import dev.opshistory.ingest.parse.ParserRegistry;

/** The parser choice the command line asks for: detection, or {@code --format}. */
final class Formats {

    private Formats() {
    }

    /** @param format a forced format name, or null to detect each file's format */
    static FormatChooser chooser(String format) {
        ParserRegistry registry = ParserRegistry.defaults();
        if (format == null) {
            return FormatChooser.detecting(registry);
        }
        try {
            return FormatChooser.forced(registry, format);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
