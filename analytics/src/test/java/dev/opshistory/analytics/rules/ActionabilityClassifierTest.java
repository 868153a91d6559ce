package dev.opshistory.analytics.rules;

import static dev.opshistory.analytics.rules.Alerts.FORTY_MINUTES_LATER;
import static dev.opshistory.analytics.rules.Alerts.FOUR_MINUTES_LATER;
import static dev.opshistory.analytics.rules.Alerts.ELEVEN_MINUTES_LATER;
import static dev.opshistory.analytics.rules.Alerts.JANE;
import static dev.opshistory.analytics.rules.Alerts.ONE_MINUTE_LATER;
import static dev.opshistory.analytics.rules.Alerts.TEN_MINUTES_LATER;
import static dev.opshistory.analytics.rules.Alerts.THREE_DAYS_LATER;
import static dev.opshistory.analytics.rules.Alerts.TWO_HOURS_LATER;
import static dev.opshistory.analytics.rules.Alerts.TWO_MINUTES_LATER;
import static dev.opshistory.analytics.rules.Alerts.acknowledgedByJane;
import static dev.opshistory.analytics.rules.Alerts.alert;
import static dev.opshistory.analytics.rules.Alerts.autoResolvedAt;
import static dev.opshistory.analytics.rules.Alerts.closedByJaneAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.Actionability;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ActionabilityClassifierTest {

    private final ActionabilityClassifier classifier = new ActionabilityClassifier(RuleSettings.defaults());

    private ActionabilityVerdict classify(CanonicalEvent.Builder event) {
        return classifier.classify(event.build());
    }

    @Nested
    class NonActionable {

        @Test
        void autoResolvedWithinTenMinutesAndNeverAcknowledgedIsTransient() {
            ActionabilityVerdict verdict = classify(autoResolvedAt(FOUR_MINUTES_LATER));

            assertThat(verdict.actionability()).isEqualTo(Actionability.NON_ACTIONABLE);
            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.TRANSIENT_AUTO_RESOLVED);
            assertThat(verdict.reasonText()).contains("resolved automatically by Datadog 4 min after it fired",
                    "10 min transient window", "no person acknowledged it");
        }

        @Test
        void autoResolvedAtExactlyTheWindowIsStillTransient() {
            assertThat(classify(autoResolvedAt(TEN_MINUTES_LATER)).reasonCode())
                    .isEqualTo(ActionabilityReason.TRANSIENT_AUTO_RESOLVED);
        }

        @Test
        void autoResolvedAfterTheWindowWithoutAcknowledgementIsUnattended() {
            ActionabilityVerdict verdict = classify(autoResolvedAt(ELEVEN_MINUTES_LATER));

            assertThat(verdict.actionability()).isEqualTo(Actionability.NON_ACTIONABLE);
            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.AUTO_RESOLVED_UNATTENDED);
        }

        @Test
        void fromAToolWithoutAcknowledgementsOnlyAQuickClearIsNoise() {
            // Alertmanager records no acknowledgement: nobody acknowledging says nothing about who worked on it
            ActionabilityVerdict quick = classify(autoResolvedAt(FOUR_MINUTES_LATER).source(Source.ALERTMANAGER));
            ActionabilityVerdict slow = classify(autoResolvedAt(TWO_HOURS_LATER).source(Source.ALERTMANAGER));

            assertThat(quick.reasonCode()).isEqualTo(ActionabilityReason.TRANSIENT_AUTO_RESOLVED);
            assertThat(slow.actionability()).isEqualTo(Actionability.UNKNOWN);
            assertThat(slow.reasonCode()).isEqualTo(ActionabilityReason.CLEARED_NO_ACK_ON_RECORD);
            assertThat(slow.reasonText()).contains("alertmanager records no acknowledgement", "review");
            assertThat(classify(autoResolvedAt(TWO_HOURS_LATER).source(Source.PAGERDUTY)).reasonCode())
                    .isEqualTo(ActionabilityReason.AUTO_RESOLVED_UNATTENDED);
        }

        @Test
        void acknowledgementBySystemIsNotAPerson() {
            ActionabilityVerdict verdict = classify(autoResolvedAt(TWO_MINUTES_LATER)
                    .humanAcknowledged(null).acknowledgedBy("System").acknowledgedAt(ONE_MINUTE_LATER));

            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.TRANSIENT_AUTO_RESOLVED);
            assertThat(verdict.reasonText()).contains("acknowledged only by System");
        }

        @Test
        void resolverNamedAsAnIntegrationCountsAsAutomaticWhenTheExportDoesNotSay() {
            ActionabilityVerdict verdict = classify(alert().status("closed").resolvedAt(FOUR_MINUTES_LATER)
                    .resolvedBy("Prometheus Integration"));

            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.TRANSIENT_AUTO_RESOLVED);
        }

        @Test
        void unansweredEscalationsDoNotMakeAnUnacknowledgedAlertActionable() {
            ActionabilityVerdict verdict = classify(autoResolvedAt(TWO_HOURS_LATER).escalations(2));

            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.AUTO_RESOLVED_UNATTENDED);
            assertThat(verdict.reasonText()).contains("escalated 2 times");
        }

        @Test
        void acknowledgedByAPersonButClearedByItselfWithinTheWindowIsTransient() {
            ActionabilityVerdict verdict = classify(acknowledgedByJane().status("resolved")
                    .resolvedAt(FOUR_MINUTES_LATER).autoResolved(true));

            assertThat(verdict.actionability()).isEqualTo(Actionability.NON_ACTIONABLE);
            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.TRANSIENT_AFTER_ACK);
            assertThat(verdict.reasonText()).contains("acknowledged by Jane Doe 1 min after it fired",
                    "cleared by itself");
        }

        @Test
        void acknowledgedThenClosedByTheMonitorLaterWithNoWorkIsNonActionable() {
            // An acknowledgement says someone looked; with no note or escalation the monitor was waited out.
            ActionabilityVerdict verdict = classify(acknowledgedByJane().status("resolved")
                    .resolvedAt(TWO_HOURS_LATER).autoResolved(true));

            assertThat(verdict.actionability()).isEqualTo(Actionability.NON_ACTIONABLE);
            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.ACKED_NO_WORK_RECORDED);
            assertThat(verdict.reasonText()).contains("resolved automatically 2 h after it fired", "waited out");
        }

        @Test
        void acknowledgedByAnUnnamedHandThenClosedByTheMonitorLaterWithNoWorkIsNonActionable() {
            ActionabilityVerdict verdict = classify(autoResolvedAt(TWO_HOURS_LATER).humanAcknowledged(null)
                    .acknowledgedAt(ONE_MINUTE_LATER));

            assertThat(verdict.actionability()).isEqualTo(Actionability.NON_ACTIONABLE);
            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.ACKED_NO_WORK_RECORDED);
        }

        @Test
        void personResolvingWithANoteThatNothingWasDoneIsNonActionable() {
            ActionabilityVerdict verdict = classify(acknowledgedByJane().status("resolved")
                    .resolvedAt(FORTY_MINUTES_LATER).resolvedBy(JANE).autoResolved(false)
                    .notes(List.of("Recovered on its own before I got to it. No action taken.")));

            assertThat(verdict.actionability()).isEqualTo(Actionability.NON_ACTIONABLE);
            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.NO_ACTION_NOTED);
            assertThat(verdict.reasonText()).contains("a note says nothing was done", "Recovered on its own");
        }

        @Test
        void acknowledgedAndClosedByTheMonitorWithANoteThatItClearedByItselfIsNonActionable() {
            ActionabilityVerdict verdict = classify(acknowledgedByJane().status("resolved")
                    .resolvedAt(FORTY_MINUTES_LATER).autoResolved(true)
                    .notes(List.of("Cleared by itself, nothing to do.")));

            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.NO_ACTION_NOTED);
        }
    }

    @Nested
    class HealthyNoted {

        @Test
        void aNoteThatWhatTheAlertWatchedWasFineMakesAFalsePositive() {
            ActionabilityVerdict verdict = classify(acknowledgedByJane().status("resolved")
                    .resolvedAt(FORTY_MINUTES_LATER).resolvedBy(JANE).autoResolved(false)
                    .notes(List.of("Looking", "The threshold compares against bytes but the new exporter reports "
                            + "kilobytes, so every host looks full. Disks are fine.")));

            assertThat(verdict.actionability()).isEqualTo(Actionability.FALSE_POSITIVE);
            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.HEALTHY_NOTED);
            assertThat(verdict.reasonText()).contains("what the alert watched was fine", "The threshold compares");
        }

        @Test
        void workInAnyNoteKeepsTheAlertActionable() {
            ActionabilityVerdict verdict = classify(acknowledgedByJane().status("resolved")
                    .resolvedAt(FORTY_MINUTES_LATER).resolvedBy(JANE).autoResolved(false)
                    .notes(List.of("Restarted the callback service", "Orders are flowing, customers are fine.")));

            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.HANDLED_BY_PERSON);
        }

        @Test
        void aNoteThatNothingWasDoneComesFirst() {
            ActionabilityVerdict verdict = classify(acknowledgedByJane().status("resolved")
                    .resolvedAt(FORTY_MINUTES_LATER).resolvedBy(JANE).autoResolved(false)
                    .notes(List.of("Recovered on its own before I got to it. The disks are fine.")));

            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.NO_ACTION_NOTED);
        }
    }

    @Nested
    class ActionableWork {

        @Test
        void acknowledgedAndResolvedByAPersonIsActionable() {
            ActionabilityVerdict verdict = classify(acknowledgedByJane().status("resolved")
                    .resolvedAt(FORTY_MINUTES_LATER).resolvedBy(JANE).autoResolved(false));

            assertThat(verdict.actionability()).isEqualTo(Actionability.ACTIONABLE);
            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.HANDLED_BY_PERSON);
            assertThat(verdict.reason()).isEqualTo("HANDLED_BY_PERSON: acknowledged by Jane Doe 1 min after it fired;"
                    + " resolved by Jane Doe 40 min after it fired");
        }

        @Test
        void acknowledgedWithNotesIsActionableEvenWhenTheMonitorResolvedIt() {
            ActionabilityVerdict verdict = classify(acknowledgedByJane().status("resolved")
                    .resolvedAt(FOUR_MINUTES_LATER).autoResolved(true)
                    .notes(List.of("Restarted the consumer", "Lag draining")));

            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.HANDLED_BY_PERSON);
            assertThat(verdict.reasonText()).contains("2 notes");
        }

        @Test
        void acknowledgedAndEscalatedIsActionable() {
            ActionabilityVerdict verdict = classify(acknowledgedByJane().status("resolved")
                    .resolvedAt(TWO_HOURS_LATER).autoResolved(true).escalations(1));

            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.HANDLED_BY_PERSON);
            assertThat(verdict.reasonText()).contains("escalated once");
        }

        @Test
        void acknowledgerNamedAsAPersonCountsWhenTheExportDoesNotSay() {
            ActionabilityVerdict verdict = classify(alert().status("closed").acknowledgedBy("jane@example.com")
                    .acknowledgedAt(ONE_MINUTE_LATER).resolvedBy("jane@example.com").resolvedAt(FORTY_MINUTES_LATER));

            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.HANDLED_BY_PERSON);
        }

        @Test
        void personResolvingLaterThanTheWindowWithoutAcknowledgingIsActionable() {
            ActionabilityVerdict verdict = classify(closedByJaneAt(FORTY_MINUTES_LATER));

            assertThat(verdict.actionability()).isEqualTo(Actionability.ACTIONABLE);
            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.RESOLVED_BY_PERSON_AFTER_WORK);
            assertThat(verdict.reasonText()).contains("resolved by Jane Doe 40 min after it fired",
                    "no acknowledgement by a person on record");
        }

        @Test
        void personResolvingQuicklyWithNotesIsActionable() {
            assertThat(classify(closedByJaneAt(TWO_MINUTES_LATER).notes(List.of("Flushed the DNS cache"))).reasonCode())
                    .isEqualTo(ActionabilityReason.RESOLVED_BY_PERSON_AFTER_WORK);
        }

        @Test
        void personResolvingWithinTheWindowWithoutAcknowledgingOrNotesActed() {
            // A person resolved it before the monitor would have: the export shows a human act, not a wait.
            ActionabilityVerdict verdict = classify(closedByJaneAt(FOUR_MINUTES_LATER));

            assertThat(verdict.actionability()).isEqualTo(Actionability.ACTIONABLE);
            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.RESOLVED_BY_PERSON_AT_ONCE);
            assertThat(verdict.reasonText()).contains("resolved by Jane Doe 4 min after it fired", "a person acted");
        }

        @Test
        void acknowledgedWithAWorkNoteBesideANoActionNoteIsActionable() {
            ActionabilityVerdict verdict = classify(acknowledgedByJane().status("resolved")
                    .resolvedAt(FORTY_MINUTES_LATER).autoResolved(true)
                    .notes(List.of("Restarted the consumer", "Lag came back to normal on its own after that")));

            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.HANDLED_BY_PERSON);
        }

        @Test
        void noActionNoteDoesNotOutweighAnEscalation() {
            ActionabilityVerdict verdict = classify(acknowledgedByJane().status("resolved")
                    .resolvedAt(FORTY_MINUTES_LATER).autoResolved(true).escalations(1)
                    .notes(List.of("No action needed from us")));

            assertThat(verdict.actionability()).isEqualTo(Actionability.ACTIONABLE);
        }

        @Test
        void negatedNoActionStatementIsWork() {
            ActionabilityVerdict verdict = classify(acknowledgedByJane().status("resolved")
                    .resolvedAt(FORTY_MINUTES_LATER).autoResolved(true)
                    .notes(List.of("It did not recover on its own, so I restarted the pod")));

            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.HANDLED_BY_PERSON);
        }

        @Test
        void linkedIncidentMakesAnAutoResolvedAlertActionable() {
            ActionabilityVerdict verdict = classifier.classify(autoResolvedAt(FOUR_MINUTES_LATER).build(),
                    "opsgenie:incident:42");

            assertThat(verdict.actionability()).isEqualTo(Actionability.ACTIONABLE);
            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.LINKED_INCIDENT);
            assertThat(verdict.reasonText()).contains("opsgenie:incident:42");
        }

        @Test
        void declaredIncidentRecordIsActionable() {
            assertThat(classify(autoResolvedAt(FOUR_MINUTES_LATER).kind(EventKind.INCIDENT)).actionability())
                    .isEqualTo(Actionability.ACTIONABLE);
        }
    }

    @Nested
    class FalsePositives {

        @Test
        void falsePositiveTagWinsOverHandlingByAPerson() {
            ActionabilityVerdict verdict = classify(acknowledgedByJane().status("resolved")
                    .resolvedAt(FORTY_MINUTES_LATER).resolvedBy(JANE).autoResolved(false)
                    .notes(List.of("Looked at the dashboards")).tags(List.of("team:payments", "false-positive")));

            assertThat(verdict.actionability()).isEqualTo(Actionability.FALSE_POSITIVE);
            assertThat(verdict.reasonText()).isEqualTo("marked as a false positive in tag 'false-positive'");
        }

        @Test
        void falseAlarmInTheResolveReasonIsAFalsePositive() {
            ActionabilityVerdict verdict = classify(closedByJaneAt(TWO_MINUTES_LATER)
                    .resolveReason("False alarm - the probe itself was down"));

            assertThat(verdict.actionability()).isEqualTo(Actionability.FALSE_POSITIVE);
            assertThat(verdict.reasonText()).contains("the resolve reason", "False alarm");
        }

        @Test
        void verdictInANoteIsAFalsePositive() {
            ActionabilityVerdict verdict = classify(closedByJaneAt(TWO_MINUTES_LATER)
                    .notes(List.of("Looking", "OK, this was just a test. Closing.")));

            assertThat(verdict.actionability()).isEqualTo(Actionability.FALSE_POSITIVE);
            assertThat(verdict.reasonText()).contains("a note: \"OK, this was just a test. Closing.\"");
        }

        @Test
        void markerOnAnOpenAlertIsAlreadyAFalsePositive() {
            assertThat(classify(acknowledgedByJane().notes(List.of("false positive, tuning the threshold")))
                    .actionability()).isEqualTo(Actionability.FALSE_POSITIVE);
        }

        @Test
        void wordsInTheAlertsOwnTitleAndDescriptionAreNeverAMarker() {
            ActionabilityVerdict verdict = classify(autoResolvedAt(FOUR_MINUTES_LATER)
                    .title("test suite latency high").description("Test incident: false positive rate of the fraud model"));

            assertThat(verdict.actionability()).isEqualTo(Actionability.NON_ACTIONABLE);
        }

        @Test
        void workNotesThatMentionTestsAreNotMarkers() {
            ActionabilityVerdict verdict = classify(acknowledgedByJane().status("resolved")
                    .resolvedAt(FORTY_MINUTES_LATER).resolvedBy(JANE).autoResolved(false)
                    .notes(List.of("Testing the rollback in staging", "Added a test for the regression",
                            "This is not an issue with the DB, it is DNS")));

            assertThat(verdict.actionability()).isEqualTo(Actionability.ACTIONABLE);
        }

        @Test
        void statementThatTheAlertWasWrongIsAFalsePositive() {
            ActionabilityVerdict verdict = classify(acknowledgedByJane().status("resolved")
                    .resolvedAt(ELEVEN_MINUTES_LATER).resolvedBy(JANE).autoResolved(false)
                    .notes(List.of("Alert was wrong: it counts a scratch mount that is meant to be full.")));

            assertThat(verdict.actionability()).isEqualTo(Actionability.FALSE_POSITIVE);
            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.FALSE_POSITIVE_MARKER);
        }

        @Test
        void statementInTheResolveReasonOfAnAlertTheMonitorClosedIsAFalsePositive() {
            ActionabilityVerdict verdict = classify(acknowledgedByJane().status("resolved")
                    .resolvedAt(FORTY_MINUTES_LATER).autoResolved(true)
                    .resolveReason("Expected during the maintenance window"));

            assertThat(verdict.actionability()).isEqualTo(Actionability.FALSE_POSITIVE);
            assertThat(verdict.reasonText()).contains("the resolve reason");
        }

        @Test
        void noteThatOnlyAsksWhetherItWasAFalseAlarmIsWork() {
            ActionabilityVerdict verdict = classify(acknowledgedByJane().status("resolved")
                    .resolvedAt(FORTY_MINUTES_LATER).resolvedBy(JANE).autoResolved(false)
                    .notes(List.of("Checked whether it was a false alarm - it was not. Fixed the file and re-sent it.")));

            assertThat(verdict.actionability()).isEqualTo(Actionability.ACTIONABLE);
        }
    }

    @Nested
    class Unknown {

        @Test
        void triggeredAlertIsStillOpen() {
            ActionabilityVerdict verdict = classify(alert());

            assertThat(verdict.actionability()).isEqualTo(Actionability.UNKNOWN);
            assertThat(verdict.reason()).isEqualTo("STILL_OPEN: still open (status triggered); decided once it is resolved");
        }

        @Test
        void acknowledgedButNotResolvedIsStillOpen() {
            assertThat(classify(acknowledgedByJane().notes(List.of("on it"))).reasonCode())
                    .isEqualTo(ActionabilityReason.STILL_OPEN);
        }

        @Test
        void personClosingAStaleAlertDaysLaterIsNotEvidenceOfWork() {
            ActionabilityVerdict verdict = classify(closedByJaneAt(THREE_DAYS_LATER));

            assertThat(verdict.actionability()).isEqualTo(Actionability.UNKNOWN);
            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.STALE_CLOSED_BY_PERSON);
            assertThat(verdict.reasonText()).contains("3 d after it fired");
        }

        @Test
        void personClosingAtAnUnknownTimeWithoutAnySignOfWorkIsLeftForReview() {
            assertThat(classify(alert().status("resolved").resolvedBy(JANE).autoResolved(false)).reasonCode())
                    .isEqualTo(ActionabilityReason.CLOSED_BY_PERSON_WITHOUT_WORK);
        }

        @Test
        void acknowledgedByAPersonWhenTheExportDoesNotSayWhoResolvedIsLeftForReview() {
            ActionabilityVerdict verdict = classify(acknowledgedByJane().status("resolved").resolvedAt(TWO_HOURS_LATER));

            assertThat(verdict.actionability()).isEqualTo(Actionability.UNKNOWN);
            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.ACKED_RESOLVER_UNKNOWN);
        }

        @Test
        void notesOrEscalationAfterAnAcknowledgementByAnUnnamedHandAreLeftForReview() {
            ActionabilityVerdict verdict = classify(autoResolvedAt(TWO_HOURS_LATER).humanAcknowledged(null)
                    .acknowledgedAt(ONE_MINUTE_LATER).escalations(1));

            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.ACK_UNATTRIBUTED);
        }

        @Test
        void resolvedWithoutSayingByWhomIsUnknown() {
            ActionabilityVerdict verdict = classify(alert().status("resolved").resolvedAt(FOUR_MINUTES_LATER));

            assertThat(verdict.actionability()).isEqualTo(Actionability.UNKNOWN);
            assertThat(verdict.reasonCode()).isEqualTo(ActionabilityReason.RESOLUTION_UNKNOWN);
        }


        @Test
        void postmortemIsNotClassified() {
            assertThat(classify(alert().kind(EventKind.POSTMORTEM)).reasonCode())
                    .isEqualTo(ActionabilityReason.NOT_APPLICABLE);
        }
    }

    @Test
    void everyRuleGivesTheClassItsCodeNames() {
        ActionabilityVerdict verdict = classify(autoResolvedAt(FOUR_MINUTES_LATER));

        assertThat(verdict.actionability()).isEqualTo(verdict.reasonCode().actionability());
        assertThat(verdict.reason()).startsWith("TRANSIENT_AUTO_RESOLVED: ");
    }

    @Test
    void classifierSurvivesJavaSerializationAsFlinkShipsIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(classifier);
        }
        ActionabilityClassifier copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ActionabilityClassifier) in.readObject();
        }

        assertThat(copy.classify(autoResolvedAt(FOUR_MINUTES_LATER).build()))
                .isEqualTo(classifier.classify(autoResolvedAt(FOUR_MINUTES_LATER).build()));
    }
}
