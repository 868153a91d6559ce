package dev.opshistory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opshistory.ingest.parse.ParserRegistry;
import dev.opshistory.ingest.parse.SharedFormatsAccess;
import dev.opshistory.model.EventJson;
import dev.opshistory.model.Topics;
import dev.opshistory.testkit.KafkaBroker;
import dev.opshistory.testkit.KafkaBrokerExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The ingest stage against a real broker: topics, keys, rejects file and the reconciliation. */
@ExtendWith(KafkaBrokerExtension.class)
class KafkaIngestionTest {

    @Test
    void goodRecordsReachTheirTopicKeyedByEventIdAndEveryRecordIsAccountedFor(KafkaBroker broker, @TempDir Path tmp)
            throws Exception {
        Path incidents = SharedFormatsAccess.file("pagerduty/api-reference-examples/GET_incidents.response.json");
        Path garbage = Files.write(tmp.resolve("garbage.json"), new byte[] {0x00, (byte) 0xff, 0x13, 0x37});
        Path out = tmp.resolve("out");

        Reconciliation r = KafkaIngestion.run(List.of(incidents, garbage),
                FormatChooser.detecting(ParserRegistry.defaults()), broker.bootstrapServers(), out, Progress.silent());

        assertThat(r.holds()).isTrue();
        assertThat(r.total().read()).isEqualTo(2);
        assertThat(r.total().accepted()).isEqualTo(1);
        assertThat(r.total().rejected()).isEqualTo(1);
        assertThat(r.files().get(0).format()).isEqualTo("pagerduty-incidents-json");
        assertThat(r.files().get(0).sha256()).isEqualTo(sha256(incidents));
        assertThat(r.line()).isEqualTo("read=2 accepted=1 rejected=1");

        List<String> rejects = Files.readAllLines(out.resolve(KafkaIngestion.REJECTS_FILE));
        assertThat(rejects).singleElement().satisfies(line -> {
            JsonNode reject = EventJson.mapper().readTree(line);
            assertThat(reject.get("file").asText()).endsWith("garbage.json");
            assertThat(reject.get("position").asText()).isEqualTo("file");
            assertThat(reject.get("reason").asText()).contains("unrecognised");
        });
        JsonNode written = EventJson.mapper().readTree(out.resolve(KafkaIngestion.RECONCILIATION_FILE).toFile());
        assertThat(written.at("/total/read").asLong()).isEqualTo(2);

        List<ConsumerRecord<String, String>> alerts = consume(broker, Topics.ALERTS, 1);
        assertThat(alerts).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("pagerduty:alert:PT4KHLK");
            assertThat(EventJson.mapper().readTree(record.value()).get("title").asText())
                    .isEqualTo("The server is on fire.");
        });
        assertThat(consume(broker, Topics.REJECTS, 1)).hasSize(1);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }

    private static List<ConsumerRecord<String, String>> consume(KafkaBroker broker, String topic, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", broker.bootstrapServers(), "group.id", "test-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
