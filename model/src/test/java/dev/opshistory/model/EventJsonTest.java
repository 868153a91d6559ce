package dev.opshistory.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    @Test
    void instantsComeBackEqualWhateverTheirPrecision() {
        for (String written : new String[]{"2024-03-10T01:02:03Z", "2024-03-10T01:02:03.100Z",
                "2024-03-10T01:02:03.123456789Z"}) {
            CanonicalEvent event = CanonicalEvent.builder().kind(EventKind.ALERT).source(Source.OPSGENIE)
                    .sourceId("a1").createdAt(Instant.parse(written)).build();

            CanonicalEvent back = EventJson.fromBytes(EventJson.toBytes(event), CanonicalEvent.class);

            assertThat(back.createdAt()).isEqualTo(Instant.parse(written));
            assertThat(back).isEqualTo(event);
        }
    }

    @Test
    void instantsWithAnOffsetOrAsEpochSecondsAreReadAndNonsenseIsRefused() {
        String offset = "{\"event_id\":\"x\",\"kind\":\"ALERT\",\"source\":\"OPSGENIE\",\"source_id\":\"x\","
                + "\"created_at\":\"2024-03-10T03:02:03+02:00\",\"truncated\":false}";
        String epoch = offset.replace("\"2024-03-10T03:02:03+02:00\"", "1710032523");
        String nonsense = offset.replace("2024-03-10T03:02:03+02:00", "yesterday");

        assertThat(EventJson.fromBytes(offset.getBytes(StandardCharsets.UTF_8), CanonicalEvent.class).createdAt())
                .isEqualTo(Instant.parse("2024-03-10T01:02:03Z"));
        assertThat(EventJson.fromBytes(epoch.getBytes(StandardCharsets.UTF_8), CanonicalEvent.class).createdAt())
                .isEqualTo(Instant.parse("2024-03-10T01:02:03Z"));
        assertThatThrownBy(() -> EventJson.fromBytes(nonsense.getBytes(StandardCharsets.UTF_8), CanonicalEvent.class))
                .isInstanceOf(UncheckedIOException.class);
    }
}
