package dev.opshistory.app;

import dev.opshistory.ingest.parse.ParserRegistry;
import java.util.Iterator;

/**
 * The format names {@code --format} takes, for picocli's {@code ${COMPLETION-CANDIDATES}}: the help of every command
 * that reads exports lists them, from the registry, so the list cannot fall behind the parsers.
 */
final class KnownFormats implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return ParserRegistry.defaults().formats().iterator();
    }
}
