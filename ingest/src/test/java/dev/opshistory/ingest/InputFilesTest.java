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
        List<Path> files = InputFiles.expand(List.of(root), skipped::add);

        assertThat(files).extracting(this::relative)
                .containsExactly("a/alerts.ndjson", "a/export.csv", "b/incidents.json",
                        "postmortems/2026-01-01.md", "postmortems/2026-02-02 Confluence export.html",
                        "postmortems/2026-03-03 plain.txt", "postmortems/2026-04-04 review.docx",
                        "postmortems/2026-05-05 vendor RCA.pdf", "postmortems/2026-06-06 review.odt",
                        "postmortems/PM2022-009 - Bad AMI causing node issues",
                        "postmortems/PM2023-001 - AMI v1.2 rollout", "postmortems/saved-blog-post.htm",
                        "teams.lookup.json");
        // what is left is said, except hidden files
        assertThat(skipped).extracting(this::relative)
                .containsExactly("LICENSE", "README.md", "postmortems/old review.doc", "postmortems/timeline.png", "tools/make.py", "truth.labels.json");
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

        assertThat(InputFiles.expand(List.of(root))).containsExactly(root.resolve("pagerduty/incidents.json"));
    }

    @Test
    void aFileGivenByNameIsTakenWhateverItsName() throws Exception {
        Path readme = touch("README.md");

        assertThat(InputFiles.expand(List.of(readme))).containsExactly(readme);
    }

    @Test
    void aMissingPathIsReported() {
        assertThatThrownBy(() -> InputFiles.expand(List.of(root.resolve("nope"))))
                .isInstanceOf(NoSuchFileException.class);
    }

    private Path touch(String relative) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "{}");
    }
}
