package dev.opshistory.analytics.warehouse;

import dev.opshistory.model.ActionItem;
import dev.opshistory.model.Actionability;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.ClassifiedEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.HourBand;
import dev.opshistory.model.PostmortemDetails;
import dev.opshistory.model.RootCause;
import dev.opshistory.model.Severity;
import dev.opshistory.model.Source;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.core.fs.local.LocalDataOutputStream;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Events and postmortems for the warehouse tests, and a way to write them as Flink's FileSink would. */
final class WarehouseFixtures {

    /** Sub-second digits down to the microsecond, to see that none are lost. */
    static final Instant CREATED = Instant.parse("2024-03-10T01:02:03.123456Z");
    static final Instant ACKNOWLEDGED = CREATED.plusSeconds(90);
    static final Instant RESOLVED = CREATED.plusSeconds(600);
    static final Instant UPDATED = RESOLVED.plusSeconds(5);

    private WarehouseFixtures() {
    }

    /** A PagerDuty incident with every field and verdict set. */
    static ClassifiedEvent fullyClassifiedAlert() {
        CanonicalEvent event = CanonicalEvent.builder()
                .kind(EventKind.ALERT).source(Source.PAGERDUTY).sourceId("PT4KHLK").sourceNumber("1234")
                .title("CPU above 90% on web-01").description("load spike after deploy")
                .service("checkout").team("payments").queue("payments-primary")
                .dedupKey("cpu/web-01").priority("P2").urgency("high").status("resolved")
                .createdAt(CREATED).updatedAt(UPDATED).acknowledgedAt(ACKNOWLEDGED).resolvedAt(RESOLVED)
                .acknowledgedBy("Ada Lovelace").resolvedBy("Grace Hopper")
                .humanAcknowledged(true).autoResolved(false).resolveReason("rolled back")
                .escalations(1).notifications(3).occurrences(2).alertCount(4)
                .tags(List.of("cpu", "web")).runbookUrl("https://runbooks.example/cpu")
                .htmlUrl("https://acme.pagerduty.com/incidents/PT4KHLK").sourceFile("exports/incidents.json")
                .build();
        return new ClassifiedEvent(event, "checkout|CPU above <pct> on <host>", Severity.SEV2,
                "priority=P2 urgency=high", Actionability.ACTIONABLE, "HUMAN_HANDLED: acknowledged by a person",
                true, false, "opsgenie:alert:abc", RootCause.DEPLOYED_DEFECT, "inferred",
                "description: deploy", 0.75, "postmortem:postmortem:pm-1", 90L, 600L, HourBand.SLEEP, true, false);
    }

    /** An Opsgenie alert that carries nothing but its identity: every nullable column must stay null. */
    static ClassifiedEvent bareAlert(String sourceId) {
        CanonicalEvent event = CanonicalEvent.builder()
                .kind(EventKind.ALERT).source(Source.OPSGENIE).sourceId(sourceId).build();
        return new ClassifiedEvent(event, null, null, null, null, null,
                false, false, null, null, null, null, 0.0, null, null, null, null, false, false);
    }

    /** An alert created at {@code createdAt}, otherwise like {@link #bareAlert}. */
    static ClassifiedEvent alertCreatedAt(String sourceId, Instant createdAt) {
        ClassifiedEvent bare = bareAlert(sourceId);
        CanonicalEvent event = bare.event().toBuilder().createdAt(createdAt).title("alert " + sourceId).build();
        return new ClassifiedEvent(event, null, Severity.SEV3, null, Actionability.UNKNOWN, null,
                false, false, null, RootCause.UNKNOWN, "inferred", null, 0.0, null, null, null, HourBand.BUSINESS,
                false, false);
    }

    /** A postmortem with every section and two action items, the second one with only its text. */
    static ClassifiedPostmortem fullPostmortem() {
        PostmortemDetails details = new PostmortemDetails("2024-03-11", List.of("PT4KHLK", "#1234"),
                "Checkout failed for 20 minutes", "5% of orders lost", "20m", "a bad config push",
                "deploy 42", "rolled back", "alert on error rate", List.of(
                        new ActionItem("Add a canary stage", "Ada", "prevent", "open"),
                        new ActionItem("Write the runbook", null, null, null)),
                "canaries catch config errors", false);
        CanonicalEvent event = CanonicalEvent.builder()
                .kind(EventKind.POSTMORTEM).source(Source.POSTMORTEM).sourceId("pm-1")
                .title("Checkout outage").createdAt(Instant.parse("2024-03-11T00:00:00Z"))
                .sourceFile("postmortems/2024-03-11-checkout.md").postmortem(details).build();
        return new ClassifiedPostmortem(event, RootCause.CONFIGURATION, "root_cause_text: config");
    }

    /** A postmortem document in which no section was found. */
    static ClassifiedPostmortem emptyPostmortem(String sourceId) {
        CanonicalEvent event = CanonicalEvent.builder()
                .kind(EventKind.POSTMORTEM).source(Source.POSTMORTEM).sourceId(sourceId).build();
        return new ClassifiedPostmortem(event, null, null);
    }

    /** Writes one part file the way Flink's FileSink does: create, add, finish, then Flink closes the stream. */
    static <T> Path writePart(BulkWriter.Factory<T> factory, Path file, List<T> records) throws IOException {
        LocalDataOutputStream out = new LocalDataOutputStream(file.toFile());
        BulkWriter<T> writer = factory.create(out);
        for (T record : records) {
            writer.addElement(record);
        }
        writer.finish();
        out.close();
        return file;
    }
}
