package dev.opshistory.analytics.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.analytics.classify.EventClassifier;
import dev.opshistory.analytics.rootcause.PostmortemIndex;
import dev.opshistory.analytics.rules.RuleSettings;
import dev.opshistory.analytics.warehouse.ClassifiedPostmortem;
import dev.opshistory.model.Actionability;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.ClassifiedEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.RootCause;
import dev.opshistory.model.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostmortemLinksTest {

    private static final Instant FIRED = Instant.parse("2026-06-02T02:00:00Z");
    private static final Instant TWO_DAYS_LATER = FIRED.plus(Duration.ofDays(2));

    private final EventClassifier classifier = new EventClassifier(RuleSettings.defaults());
    private final PostmortemLinks links = new PostmortemLinks(RuleSettings.defaults());
    private final PostmortemIndex index = new PostmortemIndex();
    private final Map<String, ClassifiedPostmortem> byId = new HashMap<>();

    @Test
    void incidentNamedByAPostmortemTakesItsCauseAsHumanAndBecomesSignificant() {
        ClassifiedPostmortem postmortem = known(Postmortems.deployDefect(TWO_DAYS_LATER));
        ClassifiedEvent incident = classifier.classify(incident("4253").build());
        assertThat(incident.rootCauseSource()).isEqualTo("inferred");
        assertThat(incident.significant()).isFalse();

        ClassifiedEvent linked = links.apply(incident, index, byId::get);

        assertThat(linked.rootCause()).isEqualTo(RootCause.DEPLOYED_DEFECT).isEqualTo(postmortem.rootCause());
        assertThat(linked.rootCauseSource()).isEqualTo("human");
        assertThat(linked.rootCauseConfidence()).isEqualTo(1.0);
        assertThat(linked.rootCauseEvidence())
                .startsWith("postmortem \"Checkout outage\" (linked by source_number #4253)");
        assertThat(linked.incidentRef()).isEqualTo(postmortem.event().eventId());
        assertThat(linked.significant()).isTrue();
        assertThat(linked.actionability()).isEqualTo(Actionability.ACTIONABLE);
    }

    @Test
    void incidentNoPostmortemNamesIsLeftAsItIs() {
        known(Postmortems.deployDefect(TWO_DAYS_LATER));
        ClassifiedEvent incident = classifier.classify(incident("9999").build());

        assertThat(links.apply(incident, index, byId::get)).isSameAs(incident);
    }

    @Test
    void postmortemWithoutAKnownCauseLinksButKeepsTheInferredCause() {
        ClassifiedPostmortem postmortem = known(Postmortems.causeUnknown(TWO_DAYS_LATER));
        assertThat(postmortem.rootCause()).isEqualTo(RootCause.UNKNOWN);
        ClassifiedEvent incident = classifier.classify(incident("4253").build());

        ClassifiedEvent linked = links.apply(incident, index, byId::get);

        assertThat(linked.rootCause()).isEqualTo(incident.rootCause());
        assertThat(linked.rootCauseSource()).isEqualTo("inferred");
        assertThat(linked.rootCauseEvidence()).isEqualTo(incident.rootCauseEvidence());
        assertThat(linked.incidentRef()).isEqualTo(postmortem.event().eventId());
        assertThat(linked.significant()).isTrue();
    }

    @Test
    void falsePositiveStaysAFalsePositiveWhenLinked() {
        known(Postmortems.deployDefect(TWO_DAYS_LATER));
        ClassifiedEvent incident = classifier.classify(incident("4253").notes(List.of("False alarm, not an issue"))
                .build());
        assertThat(incident.actionability()).isEqualTo(Actionability.FALSE_POSITIVE);

        ClassifiedEvent linked = links.apply(incident, index, byId::get);

        assertThat(linked.actionability()).isEqualTo(Actionability.FALSE_POSITIVE);
        assertThat(linked.actionabilityReason()).isEqualTo(incident.actionabilityReason());
        assertThat(linked.rootCauseSource()).isEqualTo("human");
    }

    private ClassifiedPostmortem known(CanonicalEvent postmortem) {
        ClassifiedPostmortem classified = classifier.classifyPostmortem(postmortem);
        index.add(postmortem);
        byId.put(postmortem.eventId(), classified);
        return classified;
    }

    private static CanonicalEvent.Builder incident(String number) {
        return CanonicalEvent.builder().source(Source.PAGERDUTY).kind(EventKind.ALERT).sourceId("PX" + number)
                .sourceNumber(number).title("Disk usage above 90% on db-3").service("checkout-api")
                .priority("P3").urgency("high").status("resolved").createdAt(FIRED)
                .acknowledgedAt(FIRED.plus(Duration.ofMinutes(3))).acknowledgedBy("Ana").humanAcknowledged(true)
                .resolvedAt(FIRED.plus(Duration.ofHours(1))).resolvedBy("Ana").autoResolved(false)
                .tags(List.of("prod"));
    }
}
