package dev.opshistory.analytics.job;

import dev.opshistory.model.ClassifiedEvent;
import dev.opshistory.model.EventJson;
import dev.opshistory.model.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A classified event as a record of {@code opshistory.classified}: keyed by event id, the same snake_case JSON
 * as everywhere else, and no record timestamp of its own. The stream's timestamps are event-time timer times
 * (an alert's creation plus the settle time), which lie in the future for recent alerts; a broker refuses
 * records more than {@code log.message.timestamp.after.max.ms} (one hour by default) ahead of its clock, so the
 * producer's send time is used instead.
 */
final class ClassifiedRecordSerializer implements KafkaRecordSerializationSchema<ClassifiedEvent> {

    @Override
    public ProducerRecord<byte[], byte[]> serialize(ClassifiedEvent element, KafkaSinkContext context, Long timestamp) {
        byte[] key = element.event().eventId().getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(Topics.CLASSIFIED, null, null, key, EventJson.toBytes(element));
    }
}
