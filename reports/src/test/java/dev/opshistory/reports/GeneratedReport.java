package dev.opshistory.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** A report as the command writes it, read back: its figures, both documents and summary.json. */
record GeneratedReport(ReportResult result, ReportData data, String markdown, String html, JsonNode summary) {

    /** Writes the report of a request and reads what was written. */
    static GeneratedReport of(ReportRequest request) {
        ReportResult result = new ReportGenerator().generate(request);
        try {
            return new GeneratedReport(result, new ReportGenerator().collect(request),
                    Files.readString(result.markdown()), Files.readString(result.html()),
                    new ObjectMapper().readTree(result.summary().toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
