package dev.opshistory.app.generate;

import dev.opshistory.app.generate.PagerDutyAccount.User;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The same incidents as PagerDuty's incidents CSV export (advanced reporting "Download CSV", the 23 columns of
 * {@code formats/pagerduty/FIELD_REFERENCE.md} §5(a), in that order), RFC 4180, a new file every
 * {@code rowsPerFile} rows (the real export stops at 20,000 rows). Timestamps carry the account's offset.
 */
final class PagerDutyCsv implements Closeable {

    static final List<String> COLUMNS = List.of("id", "incident_number", "description", "service_id", "service_name",
            "escalation_policy_id", "escalation_policy_name", "created_on", "resolved_on", "seconds_to_first_ack",
            "seconds_to_resolve", "auto_resolved", "escalation_count", "auto_escalation_count", "acknowledge_count",
            "assignment_count", "acknowledged_by_user_ids", "acknowledged_by_user_names", "assigned_to_user_ids",
            "assigned_to_user_names", "resolved_by_user_id", "resolved_by_user_name", "urgency");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();

    private final OutputFiles files;
    private final int rowsPerFile;
    private final Instant start;
    private final Instant end;
    private CSVPrinter printer;
    private int rows;
    private int file;

    PagerDutyCsv(OutputFiles files, int rowsPerFile, Instant start, Instant end) {
        this.files = files;
        this.rowsPerFile = rowsPerFile;
        this.start = start;
        this.end = end;
    }

    void write(PdIncident inc) throws IOException {
        if (printer != null && rows == rowsPerFile) {
            printer.close();
            printer = null;
        }
        if (printer == null) {
            file++;
            String path = String.format(Locale.ROOT, "pagerduty-csv/incidents-%04d.csv", file);
            printer = new CSVPrinter(new OutputStreamWriter(files.create(path), StandardCharsets.UTF_8), FORMAT);
            rows = 0;
        }
        rows++;
        boolean acked = inc.ackedBy(end);
        boolean resolved = inc.resolvedBy(end);
        boolean escalated = inc.escalatedBy(end);
        User assignee = escalated ? inc.escalated.user() : inc.service.primary(inc.created, start);
        User resolver = resolved && inc.resolved.byPerson() ? inc.resolved.person() : null;
        printer.printRecord(
                inc.id,
                inc.number,
                inc.title,
                inc.service.id(),
                inc.service.name(),
                inc.service.policyId(),
                inc.service.policyName(),
                Times.pagerDutyCsv(inc.created),
                resolved ? Times.pagerDutyCsv(inc.resolved.at()) : "",
                acked ? seconds(inc.created, inc.ack.at()) : "",
                resolved ? seconds(inc.created, inc.resolved.at()) : "",
                resolved ? (resolver == null ? "1" : "0") : "",
                escalated ? 1 : 0,
                escalated ? 1 : 0,
                acked ? 1 : 0,
                escalated ? 2 : 1,
                acked ? inc.ack.user().id() : "",
                acked ? inc.ack.user().name() : "",
                assignee.id(),
                assignee.name(),
                resolver == null ? "" : resolver.id(),
                resolver == null ? "" : resolver.name(),
                inc.urgency);
    }

    private static String seconds(Instant from, Instant to) {
        return Long.toString(Duration.between(from, to).toSeconds());
    }

    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.close();
        }
    }
}
