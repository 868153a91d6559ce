package dev.opshistory.app;

import dev.opshistory.ingest.InputFiles;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The export files and folders a command reads, and an optional forced format. */
final class InputOptions {

    /** How many skipped files stderr names. */
    private static final int SKIPPED_NAMED = 5;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Export files, folders of exports or zip archives of them (folders and archives are walked; READMEs that are not postmortems and hidden files are skipped).")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = KnownFormats.class,
            description = "Force a parser instead of detecting the format; one of: ${COMPLETION-CANDIDATES}.")
    String format;

    /**
     * The files to read, in order, with the archives opened to read some of them (close it when they are read); says
     * on stderr which files of the folders were left as not exports.
     */
    InputFiles files() {
        List<Path> skipped = new ArrayList<>();
        try {
            InputFiles files = InputFiles.open(paths, skipped::add);
            if (!skipped.isEmpty()) {
                System.err.println("skipped " + skipped.size() + " file" + (skipped.size() == 1 ? "" : "s")
                        + " that are not exports by their names (READMEs, licences, images, …): "
                        + skipped.stream().limit(SKIPPED_NAMED).map(InputFiles::nameOf).collect(Collectors.joining(", "))
                        + (skipped.size() > SKIPPED_NAMED ? ", …" : "") + "; give a file by its path to read it anyway");
            }
            return files;
        } catch (NoSuchFileException e) {
            throw new UserInputException("input path not found: " + e.getFile());
        }
    }
}
