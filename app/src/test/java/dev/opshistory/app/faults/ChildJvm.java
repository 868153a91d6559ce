package dev.opshistory.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code opshistory} in a JVM of its own, as a user starts it: {@code java -cp … dev.opshistory.app.Main},
 * with the test's class path and the module flags Flink needs on Java 17 (the ones this JVM was given), so it
 * can be killed with SIGKILL and its stderr read as a user sees it.
 */
final class ChildJvm {

    /** How a finished child ended. */
    record Result(int exitCode, String stdout, String stderr) {

        /** Lines of stderr other than the commands' progress messages. */
        List<String> errorLines() {
            return stderr.lines()
                    .filter(line -> !line.isBlank())
                    .filter(line -> !line.startsWith("kafka: ") && !line.startsWith("classify: ")
                            && !line.startsWith("ingest: "))
                    .toList();
        }
    }

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ChildJvm(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code opshistory <args>}; its output goes to files in {@code logDir}. */
    static ChildJvm start(Path logDir, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(moduleFlags());
        command.add("-Xmx768m");
        command.add("-cp");
        command.add(classPath());
        command.add("dev.opshistory.app.Main");
        command.addAll(List.of(args));
        Files.createDirectories(logDir);
        Path out = Files.createTempFile(logDir, "stdout-", ".txt");
        Path err = Files.createTempFile(logDir, "stderr-", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("OPSHISTORY_DEBUG");
        builder.environment().putAll(environment);
        return new ChildJvm(builder.start(), out, err);
    }

    /** Runs {@code opshistory <args>} to its end. */
    static Result run(Path logDir, String... args) throws Exception {
        return run(logDir, Map.of(), args);
    }

    static Result run(Path logDir, Map<String, String> environment, String... args) throws Exception {
        return start(logDir, environment, args).await(Duration.ofMinutes(5));
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the run's classify stage has started (it writes {@code classify/run.json} first). */
    void awaitClassifyStarted(Path out) throws InterruptedException {
        Path started = out.resolve("classify/run.json");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!Files.exists(started)) {
            assertThat(isAlive()).as("the run is still going").isTrue();
            assertThat(System.nanoTime()).as("classify started within 3 minutes").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** SIGTERM, as a service manager stops a process (Ctrl-C's SIGINT runs the same shutdown hooks); waits for the end. */
    Result terminate(Duration timeout) throws Exception {
        process.destroy();
        return await(timeout);
    }

    /** SIGKILL: no shutdown hook, no finally block, no flush runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    Result await(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("opshistory did not end within " + timeout + "; stderr: "
                    + Files.readString(stderr, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    /** Surefire may put the class path in a manifest-only jar; it names the real one in a property. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** The {@code --add-opens}/{@code --add-exports} flags of this JVM (the surefire argLine). */
    private static List<String> moduleFlags() {
        List<String> flags = new ArrayList<>();
        List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.startsWith("--add-opens=") || argument.startsWith("--add-exports=")) {
                flags.add(argument);
            } else if ((argument.equals("--add-opens") || argument.equals("--add-exports")) && i + 1 < arguments.size()) {
                flags.add(argument);
                flags.add(arguments.get(++i));
            }
        }
        return flags;
    }

    @Override
    public String toString() {
        return "opshistory child " + process.pid();
    }
}
