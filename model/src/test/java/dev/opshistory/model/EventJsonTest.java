package dev.opshistory.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
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

    @Test
    void anEventIsWrittenByHandAsTheMapperWritesItWhateverIsSetOrLeftOut() throws Exception {
        String odd = "quote \" backslash \\ tab \t line\n nul \u0000 \u001f del \u007f é ü 日本 😀 </script> \u2028";
        CanonicalEvent plain = CanonicalEvent.builder().eventId("pagerduty:alert:Q1").kind(EventKind.INCIDENT)
                .source(Source.GRAFANA_ONCALL).sourceId("Q1").sourceNumber("17").title("Title: 9% of <calls> & 'x' / y ~")
                .description(" ").service("svc").team("Team").queue("queue").dedupKey("dedup").priority("P1")
                .priorityOrder(-2147483648).urgency("high").alertSeverity("critical").status("resolved")
                .createdAt(Instant.parse("2024-03-10T01:02:03Z")).updatedAt(Instant.parse("2024-03-10T01:02:03.100Z"))
                .acknowledgedAt(Instant.parse("1969-12-31T23:59:59.999999999Z"))
                .resolvedAt(Instant.parse("+12024-03-10T01:02:03.123456Z")).acknowledgedBy("Ann").resolvedBy("Bob")
                .humanAcknowledged(true).autoResolved(false).resolveReason("reason").escalations(0)
                .notifications(2147483647).occurrences(3).alertCount(4).major(true)
                .tags(List.of("a", "", "b c")).notes(List.of("note")).runbookUrl("https://r/?a=1&b=2")
                .htmlUrl("https://h").truncated(true).sourceFile("/tmp/x y/file.json").build();
        List<UnaryOperator<CanonicalEvent.Builder>> changes = List.of(b -> b.eventId(null), b -> b.kind(null),
                b -> b.source(null), b -> b.sourceId(null), b -> b.sourceNumber(null), b -> b.title(null),
                b -> b.description(null), b -> b.service(null), b -> b.team(null), b -> b.queue(null),
                b -> b.dedupKey(null), b -> b.priority(null), b -> b.priorityOrder(null), b -> b.urgency(null),
                b -> b.alertSeverity(null), b -> b.status(null), b -> b.createdAt(null), b -> b.updatedAt(null),
                b -> b.acknowledgedAt(null), b -> b.resolvedAt(null), b -> b.acknowledgedBy(null),
                b -> b.resolvedBy(null), b -> b.humanAcknowledged(null), b -> b.autoResolved(null),
                b -> b.resolveReason(null), b -> b.escalations(null), b -> b.notifications(null),
                b -> b.occurrences(null), b -> b.alertCount(null), b -> b.major(null), b -> b.tags(null),
                b -> b.notes(null), b -> b.runbookUrl(null), b -> b.htmlUrl(null), b -> b.truncated(false),
                b -> b.sourceFile(null), b -> b.tags(List.of()), b -> b.notes(List.of("one", "two")),
                b -> b.humanAcknowledged(false).autoResolved(true).major(false).escalations(-1),
                b -> b.postmortem(new PostmortemDetails("2024-03-10", List.of("#1"), "summary", null, null, "cause",
                        null, null, null, List.of(new ActionItem("fix", "Ann", null, "open")), null, true)),
                // one text that Jackson escapes or encodes, in each kind of place
                b -> b.eventId(odd), b -> b.title(odd), b -> b.description("\u007f"), b -> b.team("é"),
                b -> b.sourceFile("C:\\exports\\a.json"), b -> b.tags(List.of("a", odd)),
                b -> b.notes(List.of("say \"hi\"")), b -> b.htmlUrl("https://h/\u2028"), b -> b.resolvedBy("😀"),
                b -> b.acknowledgedBy("José Müller-Łukasz 日本 \u0080 \u07ff \u0800 \uffff"),
                b -> b.queue("\b\f\r\n\t \u0001 \u001f \u0019 \u000b"));
        List<CanonicalEvent> events = new ArrayList<>();
        events.add(plain);
        events.add(CanonicalEvent.builder().build());
        for (UnaryOperator<CanonicalEvent.Builder> change : changes) {
            events.add(change.apply(plain.toBuilder()).build());
            events.add(change.apply(plain.toBuilder().title(odd).tags(List.of(odd))).build());
        }

        for (CanonicalEvent event : events) {
            byte[] byMapper = EventJson.mapper().writeValueAsBytes(event);
            assertThat(new String(EventJson.toBytes(event), StandardCharsets.UTF_8))
                    .isEqualTo(new String(byMapper, StandardCharsets.UTF_8));
            assertThat(EventJson.toBytes(event)).isEqualTo(byMapper);
        }
        // A property added to CanonicalEvent later must be set above, or the hand-written writer could miss it.
        CanonicalEvent everything = plain.toBuilder().postmortem(new PostmortemDetails("2024-03-10", List.of("#1"),
                "s", null, null, "a cause", null, null, null, List.of(), null, true)).build();
        var bean = EventJson.mapper().getSerializationConfig()
                .introspect(EventJson.mapper().constructType(CanonicalEvent.class));
        assertThat(EventJson.mapper().readTree(EventJson.mapper().writeValueAsBytes(everything)).size())
                .isEqualTo(bean.findProperties().size());
        assertThat(CanonicalEventWriter.toBytes(plain)).isNotNull(); // the hand-written path was the one compared
        // escaped and non-ASCII texts are written by hand too (compared above); only a surrogate is left to the mapper
        assertThat(CanonicalEventWriter.toBytes(plain.toBuilder().team("é 日本 \" \\ \t \u0000 \u007f").build())).isNotNull();
        assertThat(CanonicalEventWriter.toBytes(plain.toBuilder().team("😀").build())).isNull();
    }
}
