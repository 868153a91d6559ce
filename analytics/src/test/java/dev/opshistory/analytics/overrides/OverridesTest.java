package dev.opshistory.analytics.overrides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opshistory.model.Actionability;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.ClassifiedEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.HourBand;
import dev.opshistory.model.RootCause;
import dev.opshistory.model.Severity;
import dev.opshistory.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverridesTest {

    @TempDir
    Path tmp;

    @Test
    void reviewerCorrectsActionabilityAndRootCauseAndTheEventIsMarked() throws Exception {
        Overrides overrides = Overrides.load(file("""
                event_id,field,value,note
                pagerduty:alert:PX1,actionability,false_positive,"probe was broken, not the service"
                pagerduty:alert:PX1,root_cause,MONITORING,
                """));

        ClassifiedEvent corrected = overrides.apply(classified("PX1"));

        assertThat(overrides.size()).isEqualTo(2);
        assertThat(corrected.actionability()).isEqualTo(Actionability.FALSE_POSITIVE);
        assertThat(corrected.actionabilityReason()).isEqualTo("OVERRIDE: probe was broken, not the service");
        assertThat(corrected.rootCause()).isEqualTo(RootCause.MONITORING);
        assertThat(corrected.rootCauseSource()).isEqualTo("human");
        assertThat(corrected.overridden()).isTrue();
    }

    @Test
    void eventsWithoutCorrectionsAreLeftAlone() throws Exception {
        Overrides overrides = Overrides.load(file("event_id,field,value,note\npagerduty:alert:PX1,repeated,true,\n"));

        ClassifiedEvent other = classified("PX2");

        assertThat(overrides.apply(other)).isSameAs(other);
    }

    @Test
    void unknownFieldIsRefusedNamingTheLineAndTheKnownFields() throws Exception {
        Path f = file("event_id,field,value,note\npagerduty:alert:PX1,actionabilty,ACTIONABLE,\n");

        assertThatThrownBy(() -> Overrides.load(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("unknown field 'actionabilty'")
                .hasMessageContaining("root_cause");
    }

    @Test
    void badValueIsRefusedWithTheAllowedValues() throws Exception {
        Path f = file("event_id,field,value,note\npagerduty:alert:PX1,severity,SEV9,\n");

        assertThatThrownBy(() -> Overrides.load(f)).hasMessageContaining("'SEV9' is not a value of severity")
                .hasMessageContaining("SEV1");
    }

    @Test
    void missingHeaderIsRefused() throws Exception {
        Path f = file("pagerduty:alert:PX1,severity,SEV1,\n");

        assertThatThrownBy(() -> Overrides.load(f)).hasMessageContaining("the header must be event_id,field,value,note");
    }

    private Path file(String content) throws Exception {
        return Files.writeString(tmp.resolve("overrides.csv"), content);
    }

    private static ClassifiedEvent classified(String id) {
        CanonicalEvent event = CanonicalEvent.builder().source(Source.PAGERDUTY).kind(EventKind.ALERT).sourceId(id)
                .title("Synthetic check failed").createdAt(Instant.parse("2026-05-04T09:00:00Z")).build();
        return new ClassifiedEvent(event, "web | synthetic check failed", Severity.SEV3, "priority=P3",
                Actionability.ACTIONABLE, "HANDLED: acknowledged and resolved by a person", false, false, null,
                RootCause.UNKNOWN, "inferred", null, 0.0, null, 60L, 600L, HourBand.BUSINESS, false, false);
    }
}
