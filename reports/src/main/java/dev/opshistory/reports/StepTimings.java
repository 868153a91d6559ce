package dev.opshistory.reports;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How long each step of one report took: every SQL resource, {@code alerts.csv}, the charts, the templates, the
 * tables. Each step is logged at DEBUG ({@code dev.opshistory.reports.timings}, off unless a logging backend turns
 * it on) and kept for a caller that asks, such as the benchmark. Besides wall-clock time it records the process's
 * CPU time over the step (all threads, DuckDB's native ones included), which tells a step that computes from one
 * that waits for the disk or for a busy machine. Not thread-safe: one report, one instance.
 */
public final class StepTimings {

    /** One timed step: its name, wall-clock and process CPU nanoseconds. */
    public record Step(String name, long wallNanos, long cpuNanos) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-34s %8.3f s wall %8.3f s cpu", name, wallNanos / 1e9, cpuNanos / 1e9);
        }
    }

    private static final System.Logger LOG = System.getLogger("dev.opshistory.reports.timings");
    private static final com.sun.management.OperatingSystemMXBean OS = operatingSystem();

    private final List<Step> steps = new ArrayList<>();

    /** A step under way; closing it records it (try-with-resources, so that checked exceptions pass through). */
    public final class Timer implements AutoCloseable {

        private final String name;
        private final long wall = System.nanoTime();
        private final long cpu = processCpuNanos();

        private Timer(String name) {
            this.name = name;
        }

        @Override
        public void close() {
            record(new Step(name, System.nanoTime() - wall, processCpuNanos() - cpu));
        }
    }

    /** Starts the step {@code name}; it is recorded when the returned timer is closed. */
    public Timer start(String name) {
        return new Timer(name);
    }

    /** Runs {@code work} and records it as {@code name}. */
    public <T> T time(String name, Supplier<T> work) {
        try (Timer ignored = start(name)) {
            return work.get();
        }
    }

    /** Runs {@code work} and records it as {@code name}. */
    public void run(String name, Runnable work) {
        time(name, () -> {
            work.run();
            return null;
        });
    }

    private void record(Step step) {
        steps.add(step);
        LOG.log(System.Logger.Level.DEBUG, () -> "report step " + step);
    }

    /** The steps in the order they ended. */
    public List<Step> steps() {
        return Collections.unmodifiableList(steps);
    }

    private static long processCpuNanos() {
        long cpu = OS == null ? -1 : OS.getProcessCpuTime();
        return Math.max(cpu, 0);
    }

    private static com.sun.management.OperatingSystemMXBean operatingSystem() {
        // The com.sun extension gives process CPU time; on a JVM without it the CPU column reads 0.
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os : null;
    }
}
