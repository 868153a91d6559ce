package dev.opshistory.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.reports.WarehouseFixture.Postmortem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How each listed postmortem states its cause: the authors' words when they wrote one, else what the rules read. */
class PostmortemListingTest {

    @Test
    void aWrittenCauseIsQuotedAndAnUnwrittenOneSaysTheRulesReadIt(@TempDir Path dir) throws IOException {
        WarehouseFixture.writePostmortems(dir.resolve("warehouse/postmortems/part-0.parquet"), List.of(
                new Postmortem("postmortem:POSTMORTEM:w", "2025-03-10T00:00:00Z", "Written", null, null,
                        "A <b>bad</b> flag", List.of(), "CONFIGURATION"),
                new Postmortem("postmortem:POSTMORTEM:u", "2025-03-11T00:00:00Z", "Unwritten", null)
                        .rootCause("NETWORKING")));

        ReportResult result = new ReportGenerator().generate(ReportRequest.of(dir));
        String markdown = Files.readString(result.markdown());
        String html = Files.readString(result.html());

        assertThat(markdown).contains("Root cause (written): A \\<b\\>bad\\</b\\> flag (filed as CONFIGURATION).")
                .contains("Root cause: not written; the rules read NETWORKING from the text.");
        assertThat(html).contains("Root cause (written): A &lt;b&gt;bad&lt;/b&gt; flag (filed as CONFIGURATION).")
                .contains("Root cause: not written; the rules read NETWORKING from the text.");
    }
}
