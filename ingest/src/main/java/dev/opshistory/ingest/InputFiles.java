package dev.opshistory.ingest;

import dev.opshistory.ingest.parse.FileExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Expands the paths a user gives into the export files to read: files as given, directories walked in
 * name order. Inside directories only export-like files are taken (JSON, NDJSON, CSV, Markdown, HTML pages, plain text, Word and OpenDocument texts, PDFs, and files
 * without an extension, as wikis and repositories keep some write-ups: what no parser recognises becomes a
 * reject, not a silent loss); hidden files, READMEs and licences are documentation, and ground-truth labels
 * beside the data ({@code *.labels.json}) are not inputs at all: all of these are skipped, and the caller is
 * told which files of other kinds (images, spreadsheets) were left. Id → name maps ({@code *.lookup.json}, e.g. an Opsgenie
 * {@code GET /v2/teams} response) are taken: they are not exports, but the ingest run reads them first to name what
 * the exports give only by id, and lists them as side files ({@link IngestRunner}).
 * A folder holding a file named {@value #SKIP_MARKER} is skipped with everything below it (e.g. a labelled
 * evaluation set kept beside real exports).
 */
public final class InputFiles {

    private static final Set<String> EXPORT_EXTENSIONS = Set.of("json", "ndjson", "jsonl", "csv", "md", "markdown",
            "html", "htm", "xhtml", "txt", "docx", "odt", "pdf");
    private static final Set<String> DOCUMENTATION = Set.of("readme", "license", "licence", "changelog", "notice");
    /** A file of this name makes the walker skip its folder. */
    public static final String SKIP_MARKER = ".opshistory-skip";

    private static final Set<String> SIDE_FILE_SUFFIXES = Set.of(".labels.json");

    private InputFiles() {
    }

    /**
     * @throws NoSuchFileException when a given path does not exist
     */
    public static List<Path> expand(List<Path> paths) throws NoSuchFileException {
        return expand(paths, skipped -> { });
    }

    /**
     * The files to read, telling {@code skipped} of each file inside a folder that is left because its name is
     * not an export's (hidden files and skipped folders aside).
     *
     * @throws NoSuchFileException when a given path does not exist
     */
    public static List<Path> expand(List<Path> paths, Consumer<Path> skipped) throws NoSuchFileException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString(), null, "no such file or directory");
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !hiddenBelow(path, p))
                            .filter(p -> !inSkippedFolder(path, p))
                            .sorted()
                            .forEach(p -> {
                                if (looksLikeExport(p)) {
                                    files.add(p);
                                } else {
                                    skipped.accept(p);
                                }
                            });
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path, e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean hiddenBelow(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inSkippedFolder(Path root, Path file) {
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
            if (Files.exists(dir.resolve(SKIP_MARKER))) {
                return true;
            }
        }
        return false;
    }

    static boolean looksLikeExport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = FileExtension.of(name);
        String base = extension.isEmpty() ? name : name.substring(0, name.length() - extension.length() - 1);
        return (EXPORT_EXTENSIONS.contains(extension) || extension.isEmpty()) && !DOCUMENTATION.contains(base)
                && SIDE_FILE_SUFFIXES.stream().noneMatch(name::endsWith);
    }
}
