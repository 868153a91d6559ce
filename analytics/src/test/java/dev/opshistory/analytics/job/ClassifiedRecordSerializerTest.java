package dev.opshistory.analytics.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.Actionability;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.ClassifiedEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.HourBand;
import dev.opshistory.model.RootCause;
import dev.opshistory.model.Severity;
import dev.opshistory.model.Source;
import dev.opshistory.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class ClassifiedRecordSerializerTest {

    private static final long A_DAY_AHEAD = Instant.now().plusSeconds(86_400).toEpochMilli();

    @Test
    void recordsCarryNoStreamTimestampSoTheBrokerNeverRefusesThemAsFromTheFuture() {
        ProducerRecord<byte[], byte[]> record = new ClassifiedRecordSerializer().serialize(classified(), null, A_DAY_AHEAD);

        assertThat(record.timestamp()).isNull();
        assertThat(record.topic()).isEqualTo(Topics.CLASSIFIED);
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("pagerduty:alert:PX9");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"actionability\":\"ACTIONABLE\"");
    }

    private static ClassifiedEvent classified() {
        CanonicalEvent event = CanonicalEvent.builder().source(Source.PAGERDUTY).kind(EventKind.ALERT).sourceId("PX9")
                .title("Checkout latency high").createdAt(Instant.now()).build();
        return new ClassifiedEvent(event, "checkout | checkout latency high", Severity.SEV2, "urgency=high",
                Actionability.ACTIONABLE, "HANDLED_BY_PERSON: …", false, false, null, RootCause.UNKNOWN, "inferred",
                null, 0.0, null, 60L, 600L, HourBand.BUSINESS, false, false);
    }
}
