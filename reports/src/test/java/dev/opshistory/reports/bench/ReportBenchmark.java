package dev.opshistory.reports.bench;

import dev.opshistory.reports.ReportGenerator;
import dev.opshistory.reports.ReportRequest;
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
 * <p>Usage: {@code ReportBenchmark <work-folder> [rows…] [--runs N]}; rows default to 1000000 and 10000000.
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
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--runs")) {
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
            for (int run = 1; run <= runs; run++) {
                long start = System.nanoTime();
                generator.generate(request);
                double took = seconds(start);
                best = Math.min(best, took);
                System.out.printf(Locale.ROOT, "%,d rows, run %d: %.2f s%n", rows, run, took);
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
