package dev.opshistory.analytics.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.analytics.assemble.IngestRecord;
import dev.opshistory.model.ActionItem;
import dev.opshistory.model.Actionability;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.ClassifiedEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EnrichmentType;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.HourBand;
import dev.opshistory.model.PostmortemDetails;
import dev.opshistory.model.RootCause;
import dev.opshistory.model.Severity;
import dev.opshistory.model.Source;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.BasicTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.ListTypeInfo;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    private static final Instant CREATED = Instant.parse("2024-03-10T01:02:03.123456789Z");

    @Test
    void aClassifiedEventWithEveryFieldSetComesBackEqualThroughItsSerializer() throws IOException {
        ClassifiedEvent alert = fullyClassified(fullEvent());

        assertThat(roundTrip(ClassifiedEvent.class, alert)).isEqualTo(alert);
    }

    @Test
    void nullFieldsAndEmptyStringsStayNullAndEmpty() throws IOException {
        CanonicalEvent bare = CanonicalEvent.builder().kind(EventKind.ALERT).source(Source.OPSGENIE)
                .sourceId("bare-1").title("").build();
        ClassifiedEvent alert = new ClassifiedEvent(bare, null, null, null, null, null, false, false, null, null,
                null, null, 0.0, null, null, null, null, false, false);

        ClassifiedEvent back = roundTrip(ClassifiedEvent.class, alert);

        assertThat(back).isEqualTo(alert);
        assertThat(back.event().title()).isEmpty();
        assertThat(back.event().description()).isNull();
    }

    @Test
    void bothKindsOfIngestRecordComeBackEqual() throws IOException {
        IngestRecord event = IngestRecord.of(fullEvent());
        IngestRecord enrichment = IngestRecord.of(new Enrichment("pagerduty:incident:Q1", EnrichmentType.NOTE,
                "R1", CREATED, "Zoë Ångström", true, "web", "restarted the pod — see 🔧 runbook", null, "critical",
                "https://runbooks.example/disk", "log_entries.json"));

        assertThat(roundTrip(IngestRecord.class, event)).isEqualTo(event);
        assertThat(roundTrip(IngestRecord.class, enrichment)).isEqualTo(enrichment);
    }

    @Test
    void copyingSerializedBytesFromViewToViewKeepsTheRecord() throws IOException {
        // A sort copies records between memory views without deserializing them.
        TypeSerializer<ClassifiedEvent> serializer = serializer(ClassifiedEvent.class);
        ClassifiedEvent alert = fullyClassified(fullEvent());
        DataOutputSerializer first = new DataOutputSerializer(256);
        serializer.serialize(alert, first);
        DataOutputSerializer second = new DataOutputSerializer(256);

        serializer.copy(new DataInputDeserializer(first.getCopyOfBuffer()), second);

        assertThat(second.getCopyOfBuffer()).isEqualTo(first.getCopyOfBuffer());
        assertThat(serializer.deserialize(new DataInputDeserializer(second.getCopyOfBuffer()))).isEqualTo(alert);
    }

    @Test
    void noStringAtAnyDepthIsLeftToFlinksCharacterAtATimeSerializer() {
        for (Class<?> type : List.of(IngestRecord.class, ClassifiedEvent.class, CanonicalEvent.class)) {
            List<TypeInformation<?>> strings = new ArrayList<>();
            collectStrings(EventTypes.of(type), strings);

            assertThat(strings).as(type.getSimpleName()).isNotEmpty().allMatch(Utf8StringTypeInfo.INSTANCE::equals);
        }
    }

    private static void collectStrings(TypeInformation<?> type, List<TypeInformation<?>> strings) {
        if (type instanceof PojoTypeInfo<?> pojo) {
            for (int i = 0; i < pojo.getArity(); i++) {
                collectStrings(pojo.getPojoFieldAt(i).getTypeInformation(), strings);
            }
        } else if (type instanceof ListTypeInfo<?> list) {
            collectStrings(list.getElementTypeInfo(), strings);
        } else if (type.getTypeClass() == String.class) {
            strings.add(type);
        }
        assertThat(type).isNotEqualTo(BasicTypeInfo.STRING_TYPE_INFO);
    }

    private static <T> T roundTrip(Class<T> type, T record) throws IOException {
        TypeSerializer<T> serializer = serializer(type);
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(record, out);
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }

    private static <T> TypeSerializer<T> serializer(Class<T> type) {
        return EventTypes.of(type).createSerializer(new SerializerConfigImpl());
    }

    private static CanonicalEvent fullEvent() {
        PostmortemDetails details = new PostmortemDetails("2024-03-11", List.of("PT4KHLK", "#1234"),
                "Checkout failed for 20 minutes", "5 % of orders lost", "20m", "a bad config push",
                "deploy 42", "rolled back", "alert on error rate", Arrays.asList(
                        new ActionItem("Add a canary stage", "Ada", "prevent", "open"),
                        new ActionItem("Write the runbook", null, null, null)),
                "canaries catch config errors", true);
        return CanonicalEvent.builder()
                .kind(EventKind.INCIDENT).source(Source.PAGERDUTY).sourceId("PT4KHLK").sourceNumber("1234")
                .title("CPU über 90 % on web-01 — 東京 ✅").description("load spike after deploy\nsecond line")
                .service("checkout").team("payments").queue("payments-primary")
                .dedupKey("cpu/web-01").priority("P2").priorityOrder(2).urgency("high").alertSeverity("critical")
                .status("resolved").createdAt(CREATED).updatedAt(CREATED.plusSeconds(605))
                .acknowledgedAt(CREATED.plusSeconds(90)).resolvedAt(CREATED.plusSeconds(600))
                .acknowledgedBy("Ada Lovelace").resolvedBy("Grace Hopper")
                .humanAcknowledged(true).autoResolved(false).resolveReason("rolled back")
                .escalations(1).notifications(3).occurrences(2).alertCount(4).major(true)
                .tags(List.of("cpu", "wéb")).notes(List.of("restarted", "fixed 🙂"))
                .runbookUrl("https://runbooks.example/cpu").htmlUrl("https://acme.pagerduty.com/incidents/PT4KHLK")
                .truncated(true).sourceFile("exports/incidents.json").postmortem(details)
                .build();
    }

    private static ClassifiedEvent fullyClassified(CanonicalEvent event) {
        return new ClassifiedEvent(event, "checkout|CPU above <pct> on <host>", Severity.SEV2,
                "priority=P2 urgency=high", Actionability.ACTIONABLE, "HUMAN_HANDLED: acknowledged by a person",
                true, true, "opsgenie:alert:abc", RootCause.DEPLOYED_DEFECT, "inferred",
                "description: deploy", 0.75, "postmortem:postmortem:pm-1", 90L, 600L, HourBand.SLEEP, true, true);
    }
}
