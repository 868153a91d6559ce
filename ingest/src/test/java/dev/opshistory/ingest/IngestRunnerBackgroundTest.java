package dev.opshistory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.ingest.parse.ParserRegistry;
import dev.opshistory.ingest.privacy.PrivacyFilter;
import dev.opshistory.model.EventJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Handing records to a background thread changes nothing that consumers receive, nor its order, nor the account. */
class IngestRunnerBackgroundTest {

    @TempDir
    Path dir;

    @Test
    void backgroundDeliveryHandsOnTheSameRecordsInTheSameOrder() throws Exception {
        StringBuilder incidents = new StringBuilder("{\"incidents\":[");
        for (int i = 0; i < 500; i++) {
            if (i > 0) {
                incidents.append(',');
            }
            String createdAt = i % 97 == 50 ? "" : ",\"created_at\":\"2024-03-01T10:00:00Z\""; // else a reject
            incidents.append("{\"id\":\"P").append(i).append("\",\"type\":\"incident\",\"incident_number\":")
                    .append(i).append(",\"title\":\"disk full token=abcdefabcdefabcdefabcdef").append(i)
                    .append("\",\"status\":\"triggered\",\"urgency\":\"high\"").append(createdAt).append('}');
        }
        incidents.append("]}");
        Path pages = Files.writeString(dir.resolve("incidents.json"), incidents);
        Path broken = Files.writeString(dir.resolve("broken.json"), incidents.substring(0, incidents.length() / 2));

        List<String> direct = new ArrayList<>();
        Reconciliation directCount = runner(direct, false).ingest(List.of(pages, broken));
        List<String> background = new ArrayList<>();
        Reconciliation backgroundCount = runner(background, true).ingest(List.of(pages, broken));

        assertThat(background).isEqualTo(direct);
        assertThat(directCount.total().rejected()).isGreaterThan(2);
        assertThat(direct).hasSize((int) directCount.total().read()).noneMatch(json -> json.contains("abcdefabcdefabcdefabcdef"));
        assertThat(backgroundCount).isEqualTo(directCount);
    }

    private static IngestRunner runner(List<String> out, boolean background) {
        return new IngestRunner(FormatChooser.detecting(ParserRegistry.defaults()),
                e -> out.add(EventJson.toJson(e)), e -> out.add(EventJson.toJson(e)), r -> out.add(EventJson.toJson(r)),
                Progress.silent(), PrivacyFilter.redactOnly(), background);
    }
}
