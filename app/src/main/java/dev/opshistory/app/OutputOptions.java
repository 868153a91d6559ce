package dev.opshistory.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The output folder shared by ingest, classify and report. */
final class OutputOptions {

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    /** The output folder, created if needed; a user error when it cannot be written. */
    Path writableOut() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserInputException("the output folder " + out + " is a file, not a folder");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UserInputException("cannot create the output folder " + out + ": " + reason(e));
        }
        if (!Files.isWritable(out)) {
            throw new UserInputException("the output folder " + out + " is not writable");
        }
        return out;
    }

    /** The file system's reason; its exceptions often carry only the path as their message. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " is a file, not a folder";
        }
        if (e instanceof NoSuchFileException) {
            return "its parent folder does not exist or does not accept new folders";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage();
    }

    Path warehouse() {
        return out.resolve("warehouse");
    }
}
