package dev.opshistory.app;

import dev.opshistory.ingest.InputFiles;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The export files and folders a command reads, and an optional forced format. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Export files or folders of exports (folders are walked; READMEs and hidden files are skipped).")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Force a parser instead of detecting the format (see `inspect --list-formats`).")
    String format;

    /** The files to read, in order. */
    List<Path> files() {
        try {
            return InputFiles.expand(paths);
        } catch (NoSuchFileException e) {
            throw new UserInputException("input path not found: " + e.getFile());
        }
    }
}
