package dev.opshistory.app;

import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code opshistory report}: the review section from the warehouse. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Queries the Parquet warehouse with DuckDB and writes operational-history.md and summary.json.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    OutputOptions output;

    @Option(names = "--title", defaultValue = "Operational history", description = "Title of the report section.")
    String title;

    @Option(names = "--timezone", defaultValue = "UTC", paramLabel = "ZONE", description = "Time zone of the report.")
    ZoneId timeZone;

    @Override
    public Integer call() throws Exception {
        Stages.report(output.writableOut(), title, timeZone, System.out);
        return 0;
    }
}
