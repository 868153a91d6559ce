package dev.opshistory.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path root;

    @Test
    void foldersAreWalkedInNameOrderTakingExportLikeFilesAndLookupsButNoLabels() throws Exception {
        touch("b/incidents.json");
        touch("a/alerts.ndjson");
        touch("a/export.csv");
        touch("postmortems/2026-01-01.md");
        touch("postmortems/2026-02-02 Confluence export.html");
        touch("postmortems/saved-blog-post.htm");
        touch("postmortems/2026-03-03 plain.txt");
        touch("postmortems/2026-04-04 review.docx");
        touch("postmortems/2026-05-05 vendor RCA.pdf");
        touch("postmortems/2026-06-06 review.odt");
        touch("postmortems/old review.doc");
        touch("postmortems/relay-down/page.mdx");
        touch("postmortems/2024-10-22 post-mortem.qmd");
        touch("postmortems/2023-06-06.html.md.erb");
        touch("site/layout.html.erb");
        touch("tools/make.py");
        touch("README.md");
        touch("LICENSE");
        touch(".git/config.json");
        touch("truth.labels.json");
        touch("teams.lookup.json");
        touch("postmortems/PM2022-009 - Bad AMI causing node issues");
        touch("postmortems/PM2023-001 - AMI v1.2 rollout");
        touch("postmortems/timeline.png");

        List<Path> skipped = new ArrayList<>();
        List<Path> files = files(List.of(root), skipped::add);

        assertThat(files).extracting(this::relative)
                .containsExactly("a/alerts.ndjson", "a/export.csv", "b/incidents.json",
                        "postmortems/2023-06-06.html.md.erb", "postmortems/2024-10-22 post-mortem.qmd",
                        "postmortems/2026-01-01.md", "postmortems/2026-02-02 Confluence export.html",
                        "postmortems/2026-03-03 plain.txt", "postmortems/2026-04-04 review.docx",
                        "postmortems/2026-05-05 vendor RCA.pdf", "postmortems/2026-06-06 review.odt",
                        "postmortems/PM2022-009 - Bad AMI causing node issues",
                        "postmortems/PM2023-001 - AMI v1.2 rollout", "postmortems/old review.doc",
                        "postmortems/relay-down/page.mdx", "postmortems/saved-blog-post.htm", "teams.lookup.json");
        // what is left is said, except hidden files
        assertThat(skipped).extracting(this::relative)
                .containsExactly("LICENSE", "README.md", "postmortems/timeline.png", "site/layout.html.erb", "tools/make.py",
                        "truth.labels.json");
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    @Test
    void aFolderWithTheSkipMarkerIsSkippedWithItsSubfolders() throws Exception {
        touch("pagerduty/incidents.json");
        touch("eval/" + InputFiles.SKIP_MARKER);
        touch("eval/alerts.json");
        touch("eval/deeper/texts.md");

        assertThat(files(List.of(root), p -> { })).containsExactly(root.resolve("pagerduty/incidents.json"));
    }

    @Test
    void aReadmeThatIsAPostmortemIsTakenAsRepositoriesKeepingOnePerFolderHaveThem() throws Exception {
        write("postmortems/2025-03-01-orders-db/README.md",
                "# Orders DB failover\n\n## Impact\nCheckout failed.\n\n## Root cause\nA disk failed.\n");
        write("postmortems/README.md", "# Postmortems\n\n## Summary\nOne folder per incident.\n\n## Action items\n"
                + "- [ ] Write the March review\n");
        write("tools/README.md", "# Tools\n\nRun make.\n");

        List<Path> skipped = new ArrayList<>();
        assertThat(files(List.of(root), skipped::add)).extracting(this::relative)
                .containsExactly("postmortems/2025-03-01-orders-db/README.md");
        assertThat(skipped).extracting(this::relative).containsExactly("postmortems/README.md", "tools/README.md");
    }

    @Test
    void aFileGivenByNameIsTakenWhateverItsName() throws Exception {
        Path readme = touch("README.md");

        assertThat(files(List.of(readme), p -> { })).containsExactly(readme);
    }

    @Test
    void aMissingPathIsReported() {
        assertThatThrownBy(() -> InputFiles.open(List.of(root.resolve("nope"))))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aZipArchiveIsWalkedAsAFolderItsEntriesNamedAfterItAndClosedWithTheInputs() throws Exception {
        touch("exports/a.json");
        zip("exports/space-export.zip", "pages/PIR-112.html", "pages/meeting.html", "pages/logo.png", "README.md",
                "__MACOSX/pages/._PIR-112.html", "inner.zip");
        List<Path> skipped = new ArrayList<>();

        List<String> names;
        Path entry;
        try (InputFiles inputs = InputFiles.open(List.of(root.resolve("exports")), skipped::add)) {
            names = inputs.files().stream().map(InputFiles::nameOf).toList();
            entry = inputs.files().get(1);
            assertThat(Files.readString(entry)).isEqualTo("pages/PIR-112.html"); // readable while open
        }

        String archive = root.resolve("exports/space-export.zip").toString();
        assertThat(names).containsExactly(root.resolve("exports/a.json").toString(),
                archive + "!/pages/PIR-112.html", archive + "!/pages/meeting.html");
        assertThat(skipped).extracting(InputFiles::nameOf).containsExactly(archive + "!/README.md",
                archive + "!/inner.zip", archive + "!/pages/logo.png");
        assertThatThrownBy(() -> Files.readString(entry)).as("closed with the inputs")
                .isInstanceOf(java.nio.file.ClosedFileSystemException.class);
    }

    @Test
    void aZipArchiveGivenByNameIsWalkedAndABrokenOneIsReadAsAFile() throws Exception {
        Path archive = zip("export.zip", "incidents.json");
        Path broken = Files.writeString(root.resolve("broken.zip"), "not a zip");

        try (InputFiles inputs = InputFiles.open(List.of(archive, broken))) {
            assertThat(inputs.files()).extracting(InputFiles::nameOf)
                    .containsExactly(archive + "!/incidents.json", broken.toString());
        }
    }

    @Test
    void aZipArchiveWhoseNamesAreNotUtf8IsReadInTheZipFormatsOwnCodePage() throws Exception {
        Path archive = root.resolve("windows.zip"); // Windows' zip folders write names in CP437, unmarked
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(archive),
                java.nio.charset.Charset.forName("Cp437"))) {
            out.putNextEntry(new java.util.zip.ZipEntry("incidents-été.json"));
            out.write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }

        try (InputFiles inputs = InputFiles.open(List.of(archive))) {
            assertThat(inputs.files()).extracting(InputFiles::nameOf).containsExactly(archive + "!/incidents-été.json");
            assertThat(Files.readString(inputs.files().get(0))).isEqualTo("{}");
        }
    }

    /** A zip archive whose entries each hold their own name. */
    private Path zip(String relative, String... entries) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (String entry : entries) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry));
                out.write(entry.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }

    /** The files of inputs without archives. */
    private static List<Path> files(List<Path> paths, java.util.function.Consumer<Path> skipped) throws Exception {
        try (InputFiles inputs = InputFiles.open(paths, skipped)) {
            return inputs.files();
        }
    }

    private Path touch(String relative) throws Exception {
        return write(relative, "{}");
    }

    private Path write(String relative, String content) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
