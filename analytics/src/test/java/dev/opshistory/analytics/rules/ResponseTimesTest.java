package dev.opshistory.analytics.rules;

import static dev.opshistory.analytics.rules.Alerts.FIRED;
import static dev.opshistory.analytics.rules.Alerts.FORTY_MINUTES_LATER;
import static dev.opshistory.analytics.rules.Alerts.ONE_MINUTE_LATER;
import static dev.opshistory.analytics.rules.Alerts.acknowledgedByJane;
import static dev.opshistory.analytics.rules.Alerts.alert;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.CanonicalEvent;
import org.junit.jupiter.api.Test;

class ResponseTimesTest {

    @Test
    void secondsToAcknowledgeAndToResolveCountFromCreation() {
        CanonicalEvent event = acknowledgedByJane().resolvedAt(FORTY_MINUTES_LATER).build();

        assertThat(ResponseTimes.secondsToAcknowledge(event)).isEqualTo(60L);
        assertThat(ResponseTimes.secondsToResolve(event)).isEqualTo(2_400L);
    }

    @Test
    void missingInstantGivesNull() {
        assertThat(ResponseTimes.secondsToAcknowledge(alert().build())).isNull();
        assertThat(ResponseTimes.secondsToResolve(alert().createdAt(null).resolvedAt(FORTY_MINUTES_LATER).build()))
                .isNull();
    }

    @Test
    void resolutionStampedBeforeCreationGivesNullNotANegativeTime() {
        CanonicalEvent skewed = alert().createdAt(ONE_MINUTE_LATER).resolvedAt(FIRED).acknowledgedAt(FIRED).build();

        assertThat(ResponseTimes.secondsToResolve(skewed)).isNull();
        assertThat(ResponseTimes.secondsToAcknowledge(skewed)).isNull();
    }

    @Test
    void acknowledgementStampedAfterTheResolutionIsNoTimeToAcknowledge() {
        // PagerDuty's own GET /incidents example: acknowledged 34 days after its resolution
        CanonicalEvent late = alert().resolvedAt(ONE_MINUTE_LATER).acknowledgedAt(FORTY_MINUTES_LATER).build();
        CanonicalEvent atClose = alert().resolvedAt(FORTY_MINUTES_LATER).acknowledgedAt(FORTY_MINUTES_LATER).build();

        assertThat(ResponseTimes.secondsToAcknowledge(late)).isNull();
        assertThat(ResponseTimes.secondsToResolve(late)).isEqualTo(60L);
        assertThat(ResponseTimes.secondsToAcknowledge(atClose)).isEqualTo(2_400L);
        assertThat(ResponseTimes.secondsToAcknowledge(alert().acknowledgedAt(FORTY_MINUTES_LATER).build())).isEqualTo(2_400L);
    }

    @Test
    void sameInstantIsZeroAndFractionsAreTruncated() {
        assertThat(ResponseTimes.secondsBetween(FIRED, FIRED)).isZero();
        assertThat(ResponseTimes.secondsBetween(FIRED, FIRED.plusMillis(1_999))).isEqualTo(1L);
    }
}
