package dev.opshistory.ingest;

import dev.opshistory.ingest.parse.FileExtension;
import dev.opshistory.ingest.parse.postmortem.MarkdownPostmortemParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The export files to read, from the paths a user gives: files as given, directories walked in name order, and zip
 * archives (a Confluence space export, Google Docs' zipped web page, any folder zipped to be sent) read in place as
 * folders, their entries named {@code archive.zip!/path} ({@link #nameOf}). Inside directories and archives only
 * export-like files are taken (JSON, NDJSON, CSV, Markdown (MDX and templated Markdown too), HTML pages, plain text,
 * Word and OpenDocument texts, PDFs, and files without an extension, as wikis and repositories keep some write-ups:
 * what no parser recognises becomes a reject, not a silent loss); hidden files, READMEs (unless one is a postmortem,
 * kept one per folder) and licences are documentation, and ground-truth labels beside the data ({@code *.labels.json})
 * are not inputs at all: all of these are skipped, and the caller is told which files of other kinds (images,
 * spreadsheets, archives inside archives) were left. An archive that cannot be opened is read as a file, and so ends in
 * a reject. Id → name maps ({@code *.lookup.json}, e.g. an Opsgenie {@code GET /v2/teams} response) are taken: they are
 * not exports, but the ingest run reads them first to name what the exports give only by id, and lists them as side
 * files ({@link IngestRunner}). A folder holding a file named {@value #SKIP_MARKER} is skipped with everything below it
 * (e.g. a labelled evaluation set kept beside real exports).
 *
 * <p>Close it when the files are read: that closes the archives opened to read them.
 */
public final class InputFiles implements AutoCloseable {

    private static final Set<String> EXPORT_EXTENSIONS = Set.of("json", "ndjson", "jsonl", "csv", "md", "markdown",
            "html", "htm", "xhtml", "txt", "docx", "doc", "mhtml", "mht", "odt", "pdf");
    private static final Set<String> DOCUMENTATION = Set.of("readme", "license", "licence", "changelog", "notice");
    /** A file of this name makes the walker skip its folder. */
    public static final String SKIP_MARKER = ".opshistory-skip";

    private static final Set<String> SIDE_FILE_SUFFIXES = Set.of(".labels.json");
    /** The encodings tried for the names of a zip archive's entries, in order. */
    private static final List<String> ENTRY_NAME_ENCODINGS = List.of("UTF-8", "Cp437");

    private final List<Path> files = new ArrayList<>();
    private final List<FileSystem> archives = new ArrayList<>();
    private final Consumer<Path> skipped;
    /** Tells a README that is a postmortem from a project's. */
    private final MarkdownPostmortemParser readmes = new MarkdownPostmortemParser();

    /** The files left because their names are not exports', for the reconciliation to name. */
    private final List<Path> skippedFiles = new ArrayList<>();

    private InputFiles(Consumer<Path> skipped) {
        this.skipped = file -> {
            skippedFiles.add(file);
            skipped.accept(file);
        };
    }

    /**
     * @throws NoSuchFileException when a given path does not exist
     */
    public static InputFiles open(List<Path> paths) throws NoSuchFileException {
        return open(paths, skipped -> { });
    }

    /**
     * The files to read, telling {@code skipped} of each file inside a folder or archive that is left because its name
     * is not an export's (hidden files and skipped folders aside).
     *
     * @throws NoSuchFileException when a given path does not exist
     */
    public static InputFiles open(List<Path> paths, Consumer<Path> skipped) throws NoSuchFileException {
        InputFiles inputs = new InputFiles(skipped);
        for (Path path : paths) {
            if (!Files.exists(path)) {
                inputs.close();
                throw new NoSuchFileException(path.toString(), null, "no such file or directory");
            }
            if (Files.isDirectory(path)) {
                inputs.walk(path);
            } else if (isArchive(path)) {
                inputs.archive(path);
            } else {
                inputs.files.add(path);
            }
        }
        return inputs;
    }

    /** The files to read, in order. */
    public List<Path> files() {
        return List.copyOf(files);
    }

    /** The files of the folders and archives left because their names are not exports', in order. */
    public List<Path> skipped() {
        return List.copyOf(skippedFiles);
    }

    /**
     * A file's name in reconciliations, rejects and {@code source_file}: its path as given, or for an entry of a zip
     * archive the archive's path, "!" and the entry's path ({@code exports/space.zip!/pages/PIR-112.html}).
     */
    public static String nameOf(Path file) {
        return file.getFileSystem() == FileSystems.getDefault() ? file.toString()
                : file.getFileSystem() + "!" + file; // a zip file system's name is its archive's path
    }

    @Override
    public void close() {
        for (FileSystem archive : archives) {
            try {
                archive.close();
            } catch (IOException e) {
                // read-only and read to the end: nothing is lost when closing fails
            }
        }
        archives.clear();
    }

    private void walk(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !hiddenBelow(root, p))
                    .filter(p -> !inSkippedFolder(root, p)).sorted().toList()) {
                if (isArchive(p) && root.getFileSystem() == FileSystems.getDefault()) {
                    archive(p);
                } else if (looksLikeExport(p) || isPostmortemReadme(p)) {
                    files.add(p);
                } else {
                    skipped.accept(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + nameOf(root), e);
        }
    }

    /**
     * A zip archive walked as a folder; one that cannot be opened is read as a file, and so ends in a reject. Names of
     * entries are UTF-8, or, where an archiver did not mark them so and they are not (Windows' own zip folders), in
     * the zip format's original code page, CP437.
     */
    private void archive(Path zip) {
        for (String encoding : ENTRY_NAME_ENCODINGS) {
            FileSystem archive;
            try {
                archive = FileSystems.newFileSystem(zip, Map.of("encoding", encoding));
            } catch (IOException | RuntimeException e) { // not a zip, a broken one, or names in another encoding
                continue;
            }
            archives.add(archive);
            for (Path root : archive.getRootDirectories()) {
                walk(root);
            }
            return;
        }
        files.add(zip);
    }

    private static boolean isArchive(Path file) {
        return FileExtension.of(file.getFileName().toString()).equals("zip");
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

    /**
     * A README that is a postmortem, as repositories that keep one postmortem per folder have them
     * ("2025-03-01-orders-db-failover/README.md"): a Markdown README with the sections only incidents have
     * ({@link MarkdownPostmortemParser}). A README that cannot be read is taken, so that its error is told.
     */
    private boolean isPostmortemReadme(Path file) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).startsWith("readme")) {
            return false;
        }
        try {
            return readmes.detect(name, ExportText.head(file)).matches();
        } catch (IOException e) {
            return true;
        }
    }

    static boolean looksLikeExport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = FileExtension.of(name);
        String base = extension.isEmpty() ? name : name.substring(0, name.length() - extension.length() - 1);
        return (EXPORT_EXTENSIONS.contains(extension) || extension.isEmpty() || MarkdownPostmortemParser.isMarkdownName(name))
                && !DOCUMENTATION.contains(base)
                && SIDE_FILE_SUFFIXES.stream().noneMatch(name::endsWith);
    }
}
