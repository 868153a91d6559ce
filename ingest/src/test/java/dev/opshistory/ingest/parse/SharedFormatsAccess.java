package dev.opshistory.ingest.parse;

import java.nio.file.Path;

/** Opens {@link SharedFormats} to tests outside this package. */
public final class SharedFormatsAccess {

    private SharedFormatsAccess() {
    }

    public static Path file(String relative) {
        return SharedFormats.file(relative);
    }
}
