package dev.opshistory.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Structural proof that the generator streams (memory is measured by the benchmark, not here): pages are
 * finished and closed while generation goes on, and only a handful of files are ever open at once, however
 * many pages the history has.
 */
class StreamingOutputTest {

    /** Files in memory that remember when each was created and closed. */
    private static final class RecordingFiles implements OutputFiles {
        final List<String> events = new ArrayList<>();
        final Map<String, ByteArrayOutputStream> contents = new LinkedHashMap<>();
        int open;
        int mostOpen;

        @Override
        public OutputStream create(String path) {
            events.add("create " + path);
            open++;
            mostOpen = Math.max(mostOpen, open);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            contents.put(path, bytes);
            return new OutputStream() {
                private boolean closed;

                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }

                @Override
                public void close() {
                    if (!closed) {
                        closed = true;
                        open--;
                        events.add("close " + path);
                    }
                }
            };
        }
    }

    @Test
    void pagesAreFinishedWhileGenerationGoesOnAndFewFilesAreOpenAtOnce() throws IOException {
        RecordingFiles files = new RecordingFiles();
        GeneratorSettings settings = new GeneratorSettings(4000, 20, 5,
                LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), EnumSet.allOf(OutputFormat.class), 100);

        new HistoryGenerator(settings, files).generate();

        // 4000 alerts shared 3:2:2:2: 1333 PagerDuty incidents, 889 each of the other vendors.
        String firstPage = "pagerduty/incidents-offset-0000000.json";
        String lastPage = "pagerduty/incidents-offset-0001300.json";
        assertThat(files.events).contains("close " + firstPage, "create " + lastPage);
        assertThat(files.events.indexOf("close " + firstPage)).isLessThan(files.events.indexOf("create " + lastPage));
        for (String vendor : List.of("opsgenie/alerts-", "alertmanager/webhook-", "grafana-oncall/alert-groups-")) {
            List<String> pages = files.contents.keySet().stream().filter(p -> p.startsWith(vendor)).toList();
            assertThat(pages).as(vendor).hasSizeGreaterThanOrEqualTo(9);
            assertThat(files.events.indexOf("close " + pages.get(0)))
                    .isLessThan(files.events.indexOf("create " + pages.get(pages.size() - 1)));
        }
        // The first page was complete when it was closed: a whole envelope saying more pages follow.
        JsonNode page = GeneratedFiles.MAPPER.readTree(files.contents.get(firstPage).toByteArray());
        assertThat(page.path("incidents")).hasSize(100);
        assertThat(page.path("more").asBoolean()).isTrue();
        // Labels, an incidents page, a log-entries page, a CSV file and a postmortem at most; never one per page.
        assertThat(files.mostOpen).isLessThanOrEqualTo(5);
        assertThat(files.contents.keySet().stream().filter(p -> p.startsWith("pagerduty/incidents-"))).hasSize(14);
        assertThat(files.open).isZero();
    }

    @Test
    void theTimeOrderBufferHoldsOnlyTheHoursNotYetReleased() {
        TimeOrderedBuffer<java.time.Instant> buffer = new TimeOrderedBuffer<>(t -> t);
        java.time.Instant start = java.time.Instant.parse("2026-01-01T00:00:00Z");
        List<java.time.Instant> released = new ArrayList<>();
        for (int hour = 0; hour < 1000; hour++) {
            java.time.Instant hourStart = start.plusSeconds(3600L * hour);
            buffer.releaseBefore(hourStart, released::add);
            buffer.add(hourStart.plusSeconds(1800 + hour % 7 * 60));
            buffer.add(hourStart.plusSeconds(600));
            assertThat(buffer.size()).isLessThanOrEqualTo(2);
        }
        buffer.releaseAll(released::add);

        assertThat(released).hasSize(2000).isSorted();
    }
}
