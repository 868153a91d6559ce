package dev.opshistory.app.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@link OutputFiles} under a folder on disk, creating sub-folders as needed. */
public final class DirectoryOutputFiles implements OutputFiles {

    private static final int BUFFER_BYTES = 1 << 16;

    private final Path root;

    public DirectoryOutputFiles(Path root) {
        this.root = root;
    }

    @Override
    public OutputStream create(String relativePath) throws IOException {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root.normalize())) {
            throw new IllegalArgumentException("path escapes the output folder: " + relativePath);
        }
        Files.createDirectories(file.getParent());
        return new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES);
    }
}
