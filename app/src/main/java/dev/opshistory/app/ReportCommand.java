package dev.opshistory.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code opshistory report}: the review section from the warehouse. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Queries the Parquet warehouse with DuckDB and writes operational-history.md and .html, "
                + "summary.json, alerts.csv, csv/ and charts/.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    OutputOptions output;

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() {
        Stages.report(report.request(output.writableOut()), System.out);
        return 0;
    }
}
