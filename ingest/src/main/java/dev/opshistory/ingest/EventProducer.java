package dev.opshistory.ingest;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EventJson;
import dev.opshistory.model.Reject;
import dev.opshistory.model.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends canonical events and rejects to their topics: idempotent, {@code acks=all}, compressed and batched.
 * The key is the event id, so every version of an event lands in one partition, in order. Sends are
 * asynchronous; {@link #close()} flushes and fails if any send failed, so nothing is lost silently.
 */
public final class EventProducer implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();

    public EventProducer(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends an event to the topic of its kind. */
    public void send(CanonicalEvent event) {
        send(Topics.forKind(event.kind()), event.eventId(), EventJson.toBytes(event));
    }

    /** Sends an enrichment to its topic, keyed by its parent's event id so it meets its parent in one partition. */
    public void send(Enrichment enrichment) {
        send(Topics.ENRICHMENTS, enrichment.parentEventId(), EventJson.toBytes(enrichment));
    }

    /** Sends a reject to the rejects topic, keyed by its file. */
    public void send(Reject reject) {
        send(Topics.REJECTS, reject.file(), EventJson.toJson(reject).getBytes(StandardCharsets.UTF_8));
    }

    private void send(String topic, String key, byte[] value) {
        throwIfFailed();
        producer.send(new ProducerRecord<>(topic, key, value), (metadata, error) -> {
            if (error != null) {
                firstFailure.compareAndSet(null, error);
            }
        });
    }

    private void throwIfFailed() {
        Exception failure = firstFailure.get();
        if (failure != null) {
            throw new IllegalStateException("sending to Kafka failed: " + failure.getMessage(), failure);
        }
    }

    /** Flushes every pending send and closes; throws if any send failed. */
    @Override
    public void close() {
        try {
            producer.flush();
        } finally {
            producer.close();
        }
        throwIfFailed();
    }
}
