package dev.opshistory.reports.bench;

import dev.opshistory.reports.ReportGenerator;
import dev.opshistory.reports.ReportRequest;
import dev.opshistory.reports.StepTimings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's benchmark (issue 5; never run by CI or by {@code mvn test}): builds synthetic warehouses with
 * {@link BenchWarehouse}, then times {@link ReportGenerator#generate} over each, all outputs included
 * ({@code alerts.csv} of every alert too). One untimed warm-up run over the smallest warehouse first, so that
 * class loading, JIT and DuckDB's extension loading are not charged to the first size. Prints one line per
 * size and run, then the best of each; the target is at most 5 s for 10M rows.
 *
 * <p>Usage: {@code ReportBenchmark <work-folder> [rows…] [--runs N] [--timings]}; rows default to 1000000 and
 * 10000000. {@code --timings} prints, for the best run of each size, every step's wall-clock and process CPU time
 * (each SQL resource, alerts.csv, charts, templates, tables), dearest first.
 * Warehouses already built in the work folder are reused (delete it to rebuild). {@code bench/reports/run.sh}
 * calls it.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ReportBenchmark <work-folder> [rows...] [--runs N]");
            System.exit(2);
        }
        Path work = Path.of(args[0]).toAbsolutePath();
        List<Long> sizes = new ArrayList<>();
        int runs = 3;
        boolean timings = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--timings")) {
                timings = true;
            } else if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            } else {
                sizes.add(Long.parseLong(args[i].replace("_", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000_000L, 10_000_000L);
        }
        ReportGenerator generator = new ReportGenerator();
        List<String> results = new ArrayList<>();
        boolean warmedUp = false;
        for (long rows : sizes) {
            Path runDir = work.resolve("warehouse-" + rows);
            if (!Files.exists(runDir.resolve("ingest/reconciliation.json"))) {
                long start = System.nanoTime();
                BenchWarehouse.write(runDir, rows);
                System.out.printf(Locale.ROOT, "built %,d rows in %.1f s (%s)%n", rows, seconds(start), runDir);
            }
            ReportRequest request = ReportRequest.of(runDir).writingTo(work.resolve("report-" + rows));
            if (!warmedUp) {
                long start = System.nanoTime();
                generator.generate(request);
                System.out.printf(Locale.ROOT, "warm-up over %,d rows: %.2f s (not counted)%n", rows, seconds(start));
                warmedUp = true;
            }
            double best = Double.MAX_VALUE;
            StepTimings bestSteps = null;
            for (int run = 1; run <= runs; run++) {
                StepTimings steps = new StepTimings();
                long start = System.nanoTime();
                generator.generate(request, steps);
                double took = seconds(start);
                if (took < best) {
                    best = took;
                    bestSteps = steps;
                }
                System.out.printf(Locale.ROOT, "%,d rows, run %d: %.2f s%n", rows, run, took);
            }
            if (timings && bestSteps != null) {
                System.out.printf(Locale.ROOT, "steps of the best run over %,d rows, dearest first:%n", rows);
                bestSteps.steps().stream()
                        .sorted(java.util.Comparator.comparingLong(StepTimings.Step::wallNanos).reversed())
                        .forEach(step -> System.out.println("  " + step));
                var sql = bestSteps.steps().stream().filter(step -> step.name().startsWith("sql ")).toList();
                var figures = sql.stream().filter(step -> !step.name().equals("sql alerts-export")).toList();
                System.out.printf(Locale.ROOT, "  %-34s %8.3f s wall %8.3f s cpu%n", "(all sql)",
                        sql.stream().mapToLong(StepTimings.Step::wallNanos).sum() / 1e9,
                        sql.stream().mapToLong(StepTimings.Step::cpuNanos).sum() / 1e9);
                System.out.printf(Locale.ROOT, "  %-34s %8.3f s wall %8.3f s cpu%n", "(all sql but alerts.csv)",
                        figures.stream().mapToLong(StepTimings.Step::wallNanos).sum() / 1e9,
                        figures.stream().mapToLong(StepTimings.Step::cpuNanos).sum() / 1e9);
            }
            // Where the time goes: the figures alone (DuckDB reading and every analysis), without alerts.csv,
            // the charts and the rendering.
            long start = System.nanoTime();
            generator.collect(request);
            double figures = seconds(start);
            long csvBytes = Files.size(work.resolve("report-" + rows).resolve("alerts.csv"));
            results.add(String.format(Locale.ROOT,
                    "%,12d rows: best %.2f s of %d runs; figures alone (collect) %.2f s; the rest (alerts.csv of"
                            + " %,d MB, charts, MD/HTML/JSON/csv) %.2f s%s",
                    rows, best, runs, figures, csvBytes >> 20, Math.max(0, best - figures),
                    rows >= 10_000_000 && best > 5 ? "  ABOVE the 5 s target" : ""));
        }
        System.out.println("== report time (ReportGenerator.generate, all outputs), "
                + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()));
        results.forEach(System.out::println);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
