package dev.opshistory.analytics.job;

import dev.opshistory.analytics.assemble.IngestRecord;
import dev.opshistory.analytics.types.EventTypes;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EventJson;
import dev.opshistory.model.Topics;
import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads what ingest wrote ({@link EventJson}): events from the event topics, enrichments from theirs. */
public class IngestRecordDeserializer implements KafkaRecordDeserializationSchema<IngestRecord> {

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<IngestRecord> out) throws IOException {
        if (Topics.ENRICHMENTS.equals(record.topic())) {
            out.collect(IngestRecord.of(EventJson.mapper().readValue(record.value(), Enrichment.class)));
        } else {
            out.collect(IngestRecord.of(EventJson.mapper().readValue(record.value(), CanonicalEvent.class)));
        }
    }

    @Override
    public TypeInformation<IngestRecord> getProducedType() {
        return EventTypes.of(IngestRecord.class);
    }
}
