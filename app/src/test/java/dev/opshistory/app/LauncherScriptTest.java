package dev.opshistory.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./opshistory} launcher script builds the application only when a source or pom is newer than the
 * jar, and starts the JVM with a class data sharing archive that the first {@code run} after a build writes. It
 * runs here in a copy of the repository's layout, with a stand-in {@code mvnw} that counts builds and, as Maven's
 * jar plugin does, leaves an existing jar alone (a change in another module changes only {@code app/target/lib}),
 * and a stand-in {@code java} on the path that prints its arguments and writes the archive it is asked for.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherScriptTest {

    @TempDir
    Path root;

    private Path builds;
    private Path sourceOfAnotherModule;

    @BeforeEach
    void copyTheLauncher() throws IOException {
        Files.copy(ProjectPaths.root().resolve("opshistory"), root.resolve("opshistory"));
        builds = root.resolve("builds.log");
        // copy-dependencies gives app/target/lib a module's jar with that jar's time: "now" for a module just built
        executable(root.resolve("mvnw"), """
                #!/usr/bin/env bash
                echo build >> "%s"
                mkdir -p app/target/lib
                [ -f app/target/opshistory.jar ] || echo jar > app/target/opshistory.jar
                touch app/target/lib/reports.jar
                """.formatted(builds));
        // A JVM asked to write a class data sharing archive at exit writes one.
        executable(root.resolve("bin/java"), """
                #!/usr/bin/env bash
                echo "java $*"
                for arg in "$@"; do
                  case "$arg" in -XX:ArchiveClassesAtExit=*) echo archive > "${arg#-XX:ArchiveClassesAtExit=}";; esac
                done
                """);
        Files.writeString(Files.createDirectories(root.resolve("app/src/main/java")).resolve("Main.java"), "class Main {}");
        sourceOfAnotherModule = Files.createDirectories(root.resolve("reports/src/main/resources"))
                .resolve("template.ftl");
        Files.writeString(sourceOfAnotherModule, "v1");
    }

    @Test
    void buildsOnFirstUseAndAfterAChangeInAnyModuleButNotAgain() throws Exception {
        assertThat(launch()).contains("-jar " + root.resolve("app/target/opshistory.jar") + " --version")
                .as("the default JVM options").contains("java -Xmx2g -XX:+UseParallelGC ");
        assertThat(buildCount()).as("first use").isEqualTo(1);

        launch();
        assertThat(buildCount()).as("nothing changed").isEqualTo(1);

        // A change in another module after the jar was built (times in the past, so that the clock's resolution
        // cannot order them): the stand-in build, as the jar plugin, keeps the jar as it is.
        Files.setLastModifiedTime(root.resolve("app/target/opshistory.jar"), FileTime.from(Instant.now().minusSeconds(60)));
        Files.writeString(sourceOfAnotherModule, "v2");
        Files.setLastModifiedTime(sourceOfAnotherModule, FileTime.from(Instant.now().minusSeconds(30)));
        launch();
        assertThat(buildCount()).as("a source changed").isEqualTo(2);

        launch();
        assertThat(buildCount()).as("built once for that change, not at every start").isEqualTo(2);
    }

    @Test
    void theFirstRunAfterABuildWritesAClassArchiveThatLaterStartsUseUntilTheJarsChange() throws Exception {
        Path archive = root.resolve("app/target/opshistory.jsa");
        assertThat(launch("--version")).doesNotContain("-XX:SharedArchiveFile").doesNotContain("-XX:ArchiveClassesAtExit");

        assertThat(launch("run", "sample-data")).contains("-XX:ArchiveClassesAtExit=" + archive + ".")
                .contains("-Xlog:cds=off").endsWith("-jar " + root.resolve("app/target/opshistory.jar") + " run sample-data\n");
        assertThat(archive).exists();
        assertThat(root.resolve("app/target")).isDirectoryNotContaining("glob:**/opshistory.jsa.[0-9]*");

        assertThat(launch("--version")).contains("-XX:SharedArchiveFile=" + archive).contains("-Xlog:cds=off");
        assertThat(launch("run", "sample-data")).contains("-XX:SharedArchiveFile=" + archive)
                .doesNotContain("ArchiveClassesAtExit");

        // Another module rebuilt (by ./mvnw verify, say): the archive no longer matches the jars.
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(60)));
        Files.setLastModifiedTime(root.resolve("app/target/opshistory.jsa.tried"),
                FileTime.from(Instant.now().minusSeconds(60)));
        Files.setLastModifiedTime(root.resolve("app/target/lib/reports.jar"), FileTime.from(Instant.now().minusSeconds(30)));
        assertThat(launch("--version")).doesNotContain("-XX:SharedArchiveFile").doesNotContain("-XX:ArchiveClassesAtExit");
        assertThat(launch("run", "sample-data")).contains("-XX:ArchiveClassesAtExit=");
        assertThat(launch("--version")).contains("-XX:SharedArchiveFile=" + archive);
    }

    @Test
    void aRunThatWroteNoArchiveIsNotRetriedUntilTheNextBuild() throws Exception {
        // A JDK that cannot write archives: the stand-in writes none.
        executable(root.resolve("bin/java"), "#!/usr/bin/env bash\necho \"java $*\"\n");
        assertThat(launch("run", "sample-data")).contains("-XX:ArchiveClassesAtExit=");
        assertThat(launch("run", "sample-data")).doesNotContain("-XX:SharedArchiveFile").doesNotContain("-XX:ArchiveClassesAtExit");
    }

    @Test
    void aStopRequestDuringTheArchiveWritingRunReachesTheJvm() throws Exception {
        Path started = root.resolve("java-started");
        Path stopped = root.resolve("java-stopped");
        // A JVM that runs until it is asked to stop (a minute at most), and then ends as a JVM does on SIGTERM.
        executable(root.resolve("bin/java"), """
                #!/usr/bin/env bash
                trap 'echo stopped > "%s"; exit 143' TERM
                echo started > "%s"
                for _ in $(seq 600); do sleep 0.1; done
                """.formatted(stopped, started));
        Process launcher = start("run", "sample-data");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(started)) {
            assertThat(launcher.isAlive()).as("the launcher is still going").isTrue();
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(20);
        }

        launcher.destroy(); // SIGTERM to the script

        assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(stopped).as("the JVM was asked to stop").exists();
        assertThat(launcher.exitValue()).isEqualTo(143);
        // A stopped run loaded only some of the classes: no archive, and the next run records one.
        assertThat(root.resolve("app/target/opshistory.jsa")).doesNotExist();
        assertThat(root.resolve("app/target/opshistory.jsa.tried")).doesNotExist();
    }

    private String launch() throws Exception {
        return launch("--version");
    }

    private String launch(String... args) throws Exception {
        Process process = start(args);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** Starts the launcher with the stand-ins first on the path. */
    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("opshistory").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().remove("OPSHISTORY_JAVA_OPTS"); // the launcher's defaults, whatever the caller's shell sets
        return builder.start();
    }

    private long buildCount() throws IOException {
        return Files.exists(builds) ? Files.readAllLines(builds).size() : 0;
    }

    private static void executable(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
