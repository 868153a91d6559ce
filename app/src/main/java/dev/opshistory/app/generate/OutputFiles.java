package dev.opshistory.app.generate;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where the generator writes: one stream per file, named by its path relative to the output folder with
 * {@code /} separators. The caller closes each stream; the generator keeps only a few open at once (the
 * current page of each stream of records), which is what keeps its memory flat with the number of alerts.
 */
@FunctionalInterface
public interface OutputFiles {

    /** A new file at {@code relativePath}, replacing any file already there. */
    OutputStream create(String relativePath) throws IOException;
}
