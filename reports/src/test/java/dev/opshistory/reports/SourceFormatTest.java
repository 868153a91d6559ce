package dev.opshistory.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.reports.inputs.IngestReconciliation.FileCount;
import dev.opshistory.reports.inputs.SourceFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceFormatTest {

    @Test
    void filesOfOneFormatAreSummedUpAndTheFormatsWithMostRecordsComeFirst() {
        List<SourceFormat> sources = SourceFormat.of(List.of(
                new FileCount("a/incidents-1.json", "pagerduty-incidents-json", 100, 99, 1, 0),
                new FileCount("a/log-1.json", "pagerduty-log-entries-json", 600, 600, 0, 600),
                new FileCount("a/incidents-2.json", "pagerduty-incidents-json", 282, 282, 0, 0),
                new FileCount("a/log-2.json", "pagerduty-log-entries-json", 449, 449, 0, 449),
                new FileCount("a/notes.txt", null, 0, 0, 0, 0)));
        // Log entries 600 + 449 = 1,049 records before incidents 100 + 282 = 382; the unrecognised file last.
        assertThat(sources).containsExactly(
                new SourceFormat("pagerduty-log-entries-json", "PagerDuty log entries JSON", 2, 1049, 1049, 0, 1049),
                new SourceFormat("pagerduty-incidents-json", "PagerDuty incidents JSON", 2, 382, 381, 1, 0),
                new SourceFormat(null, "Not recognised", 1, 0, 0, 0, 0));
    }

    @Test
    void formatIdsReadAsTheirOwnersSpellThemIncludingIdsNotSeenBefore() {
        assertThat(SourceFormat.labelOf("opsgenie-alert-logs-json")).isEqualTo("Opsgenie alert logs JSON");
        assertThat(SourceFormat.labelOf("postmortem-markdown")).isEqualTo("Postmortem Markdown");
        assertThat(SourceFormat.labelOf("postmortem-html")).isEqualTo("Postmortem HTML");
        assertThat(SourceFormat.labelOf("postmortem-docx")).isEqualTo("Postmortem Word");
        assertThat(SourceFormat.labelOf("postmortem-pdf")).isEqualTo("Postmortem PDF");
        assertThat(SourceFormat.labelOf("postmortem-odt")).isEqualTo("Postmortem OpenDocument");
        assertThat(SourceFormat.labelOf("postmortem-text")).isEqualTo("Postmortem text");
        assertThat(SourceFormat.labelOf("jsm_alerts_csv")).isEqualTo("JSM alerts CSV");
        assertThat(SourceFormat.labelOf("alertmanager-webhook-json")).isEqualTo("Alertmanager webhook JSON");
        assertThat(SourceFormat.labelOf("grafana-oncall-alert-groups-json")).isEqualTo("Grafana OnCall alert groups JSON");
        assertThat(SourceFormat.labelOf("servicenow-incidents-ndjson")).isEqualTo("Servicenow incidents NDJSON");
        assertThat(SourceFormat.labelOf(" ")).isEqualTo("Not recognised");
    }
}
