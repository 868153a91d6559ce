package dev.opshistory.ingest.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.ActionItem;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EnrichmentType;
import dev.opshistory.model.EventJson;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.PostmortemDetails;
import dev.opshistory.model.Reject;
import dev.opshistory.model.Source;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrivacyFilterTest {

    private static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");

    private final PrivacyFilter pseudonymizing = PrivacyFilter.pseudonymizing(
            new Pseudonymizer(PseudonymKey.of("k".getBytes(StandardCharsets.UTF_8))));

    private static CanonicalEvent.Builder alert() {
        return CanonicalEvent.builder().kind(EventKind.ALERT).source(Source.OPSGENIE).sourceId("a-1").createdAt(AT);
    }

    @Test
    void redactOnlyRemovesSecretsButKeepsNames() {
        CanonicalEvent event = alert().title("Login failing, password=hunter2").acknowledgedBy("Alice Example")
                .notes(List.of("Alice Example rotated api_key=abc123def")).build();
        CanonicalEvent out = PrivacyFilter.redactOnly().event(event);
        String json = EventJson.toJson(out);
        assertThat(json).doesNotContain("hunter2").doesNotContain("abc123def").contains("Alice Example");
        assertThat(out.eventId()).isEqualTo(event.eventId());
    }

    @Test
    void aDescriptionThatRepeatsTheTitleIsRedactedLikeIt() {
        String text = "Login failing, password=hunter2";
        CanonicalEvent out = PrivacyFilter.redactOnly().event(alert().title(text).description(new String(text)).build());
        assertThat(out.description()).isEqualTo(out.title()).isEqualTo("Login failing, password=[REDACTED]");

        CanonicalEvent clean = alert().title("Checkout down").description(new String("Checkout down")).build();
        assertThat(PrivacyFilter.redactOnly().event(clean)).isSameAs(clean);

        CanonicalEvent named = pseudonymizing.event(alert().title("Carol Example paged, token=abc123def")
                .description("Carol Example paged, token=abc123def").resolvedBy("Carol Example").build());
        assertThat(named.description()).isEqualTo(named.title()).doesNotContain("Carol").doesNotContain("abc123def");
    }

    @Test
    void personFieldsArePseudonymisedAndTheirNamesReplacedInTheSameRecordsText() {
        CanonicalEvent event = alert().title("Checkout down, Bob Example paged").description("ask bob@example.com")
                .acknowledgedBy("bob@example.com").resolvedBy("Bob Example").humanAcknowledged(true)
                .autoResolved(false).build();
        CanonicalEvent out = pseudonymizing.event(event);
        assertThat(EventJson.toJson(out)).doesNotContain("Bob Example").doesNotContain("bob@example.com");
        assertThat(out.acknowledgedBy()).matches("person-[0-9a-f]{8}@pseudonymized\\.invalid");
        assertThat(out.resolvedBy()).matches("person-[0-9a-f]{8}");
        assertThat(out.title()).isEqualTo("Checkout down, " + out.resolvedBy() + " paged");
    }

    @Test
    void systemActorsStayReadableForTheClassifier() {
        CanonicalEvent event = alert().acknowledgedBy("System").resolvedBy("Datadog Integration").build();
        CanonicalEvent out = pseudonymizing.event(event);
        assertThat(out.acknowledgedBy()).isEqualTo("System");
        assertThat(out.resolvedBy()).isEqualTo("Datadog Integration");
    }

    @Test
    void anActorTheExportMarksAsNotAPersonKeepsItsName() {
        CanonicalEvent event = alert().acknowledgedBy("Checkout Service").humanAcknowledged(false)
                .resolvedBy("Checkout Service").autoResolved(true).build();
        CanonicalEvent out = pseudonymizing.event(event);
        assertThat(out.acknowledgedBy()).isEqualTo("Checkout Service");
        assertThat(out.resolvedBy()).isEqualTo("Checkout Service");
    }

    @Test
    void enrichmentAgentsAndTextsArePseudonymisedAndRedacted() {
        Enrichment note = new Enrichment("opsgenie:alert:a-1", EnrichmentType.NOTE, "n1", AT, "Carol Example", null,
                null, "Carol Example says the token: tok_55aa66 leaked", null, null, null, "notes.json");
        Enrichment out = pseudonymizing.enrichment(note);
        assertThat(out.agent()).matches("person-[0-9a-f]{8}");
        assertThat(out.text()).isEqualTo(out.agent() + " says the token: [REDACTED] leaked");
        assertThat(out.parentEventId()).isEqualTo("opsgenie:alert:a-1");
    }

    @Test
    void aNameSeenEarlierIsReplacedInALaterRecord() {
        pseudonymizing.enrichment(new Enrichment("p", EnrichmentType.ACKNOWLEDGE, "l1", AT, "Dave Example", true,
                "web_ui", null, null, null, null, "f"));
        CanonicalEvent later = pseudonymizing.event(alert().description("handed over by Dave Example").build());
        assertThat(later.description()).doesNotContain("Dave").matches("handed over by person-[0-9a-f]{8}");
    }

    @Test
    void rejectExcerptsLoseSecretsAndTheNamesInTheirOwnPersonFields() {
        Reject reject = Reject.of("alerts.json", "record 3", "createdAt", "missing createdAt",
                "{\"id\":\"x\",\"message\":\"db down\",\"report\":{\"acknowledgedBy\":\"Erin Example\"},"
                        + "\"description\":\"Erin Example used Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln,"
                        + " mail erin@example.com\"}");
        Reject out = pseudonymizing.reject(reject);
        assertThat(out.excerpt()).doesNotContain("Erin").doesNotContain("erin@example.com")
                .doesNotContain("eyJhbGciOiJIUzI1NiJ9");
        assertThat(out.file()).isEqualTo("alerts.json");
        assertThat(out.position()).isEqualTo("record 3");
    }

    @Test
    void pagerDutyUserReferencesInARejectAreFound() {
        Reject reject = Reject.of("incidents.json", "record 1", "created_at", "missing created_at",
                "{\"id\":\"P1\",\"assignments\":[{\"assignee\":{\"id\":\"PU1\",\"type\":\"user_reference\","
                        + "\"summary\":\"Frank Example\"}}],\"title\":\"Frank Example was paged\"}");
        assertThat(pseudonymizing.reject(reject).excerpt()).doesNotContain("Frank Example");
    }

    @Test
    void postmortemOwnersAndTextsArePseudonymised() {
        PostmortemDetails details = new PostmortemDetails("2024-03-02", List.of("#123"), "Grace Example found it",
                "checkout down", "1h", "bad config, secret: s3cr3tv4l", null, null, null,
                List.of(new ActionItem("Grace Example to rotate password=hunter2", "Grace Example", "fix", "open")),
                null, false);
        CanonicalEvent pm = CanonicalEvent.builder().kind(EventKind.POSTMORTEM).source(Source.POSTMORTEM)
                .sourceId("pm-1").postmortem(details).build();
        String json = EventJson.toJson(pseudonymizing.event(pm));
        assertThat(json).doesNotContain("Grace").doesNotContain("hunter2").doesNotContain("s3cr3tv4l");
    }

    @Test
    void forRunWithoutAKeySaysSoOnceAndNeverPrintsAKey() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrivacyFilter filter = PrivacyFilter.forRun(true, Map.of(), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(filter.pseudonymizes()).isTrue();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("within this run only");

        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        PrivacyFilter.forRun(true, Map.of(PseudonymKey.KEY_VARIABLE, "my-key-value-42"),
                new PrintStream(err2, true, StandardCharsets.UTF_8));
        assertThat(err2.toString(StandardCharsets.UTF_8)).doesNotContain("my-key-value-42")
                .contains(PseudonymKey.KEY_VARIABLE);
    }

    @Test
    void forRunWithoutPseudonymizeOnlyRedacts() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrivacyFilter filter = PrivacyFilter.forRun(false, Map.of(), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(filter.pseudonymizes()).isFalse();
        assertThat(err.size()).isZero();
    }
}
