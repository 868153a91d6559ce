package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatusUpdatesTest {

    private static final PostmortemDate JAN_4 = PostmortemDate.find("2025-01-04").orElseThrow();

    @Test
    void headingsOfAStatusPageGiveWhatWasSeenHowItEndedAndHowLongItTook() {
        StatusUpdates updates = StatusUpdates.read("""
                ## Investigating 2025-01-04 9:27a

                There is a power outage on the north side of campus. All systems are down.

                ## Monitoring 2025-01-04 11:06a

                Power is still out in the building.

                ## Resolved 2025-01-04 4:00p

                Power was restored; most machines were brought up by 4p.
                """);

        assertThat(updates.updates()).extracting(StatusUpdates.Update::status)
                .containsExactly("investigating", "monitoring", "resolved");
        assertThat(updates.firstSeen()).isEqualTo("There is a power outage on the north side of campus. All systems are down.");
        assertThat(updates.resolution()).isEqualTo("Power was restored; most machines were brought up by 4p.");
        assertThat(updates.identified()).isNull();
        assertThat(updates.span(JAN_4)).contains("6 hours 33 minutes (2025-01-04T09:27 to 2025-01-04T16:00)");
        assertThat(updates.firstDay()).map(PostmortemDate::date).contains("2025-01-04");
    }

    @Test
    void newestFirstUpdatesWithTheirTimesBelowAreReadFromTheEndAndDefaultTextsAreNoContent() {
        StatusUpdates updates = StatusUpdates.read("""
                **Resolved** - This incident has been resolved.
                Jan 4, 10:30 UTC

                **Monitoring** - We moved the queue workers back to the primary database; jobs are processing again.
                Jan 4, 10:02 UTC

                **Identified** - The primary database's connection pool was exhausted by a runaway batch job.
                Jan 4, 09:45 UTC

                **Investigating** - We are currently investigating this issue.
                Jan 4, 09:20 UTC
                """);

        assertThat(updates.updates()).extracting(StatusUpdates.Update::status)
                .containsExactly("investigating", "identified", "monitoring", "resolved");
        assertThat(updates.firstSeen()).isNull();
        assertThat(updates.identified()).isEqualTo("The primary database's connection pool was exhausted by a runaway batch job.");
        assertThat(updates.resolution())
                .isEqualTo("We moved the queue workers back to the primary database; jobs are processing again.");
        assertThat(updates.span(JAN_4)).contains("1 hour 10 minutes (2025-01-04T09:20 to 2025-01-04T10:30 UTC)");
    }

    @Test
    void updatesLedInTheirParagraphWithTheTimeInBracketsOrPostedBelowAfterABlankLine() {
        StatusUpdates led = StatusUpdates.read("""
                Investigating (08:04): Users report errors when saving. We are adding servers.

                Update (08:22): Adding servers has not helped.

                Resolved (10:10): Stable for an hour after the setting was corrected.
                """);
        assertThat(led.updates()).hasSize(3);
        assertThat(led.span(JAN_4)).contains("2 hours 6 minutes (2025-01-04T08:04 to 2025-01-04T10:10)");

        StatusUpdates timedAfterTheDash = StatusUpdates.read("""
                **Investigating** - 16:20 - Confirmation e-mails are delayed by up to 30 minutes.

                **Resolved** - 18:10 - All delayed e-mails were delivered by 17:05.
                """);
        assertThat(timedAfterTheDash.firstSeen()).isEqualTo("Confirmation e-mails are delayed by up to 30 minutes.");
        assertThat(timedAfterTheDash.span(JAN_4)).contains("1 hour 50 minutes (2025-01-04T16:20 to 2025-01-04T18:10)");

        StatusUpdates boldWithTheTime = StatusUpdates.read("""
                **Investigating - 09:12 CET**
                Learners report that completed lessons are not saved.

                **Resolved - 15:20 CET**
                All streaks have been restored.
                """);
        assertThat(boldWithTheTime.firstSeen()).isEqualTo("Learners report that completed lessons are not saved.");
        assertThat(boldWithTheTime.span(JAN_4)).contains("6 hours 8 minutes (2025-01-04T09:12 to 2025-01-04T15:20 CET)");

        StatusUpdates posted = StatusUpdates.read("""
                Resolved

                The upstream DNS provider fixed its resolvers and lookups succeed again.

                Posted Jan 04, 2025 - 12:15 UTC

                Investigating

                Lookups of our API's name fail from several regions.

                Posted Jan 04, 2025 - 11:50 UTC
                """);
        assertThat(posted.firstSeen()).isEqualTo("Lookups of our API's name fail from several regions.");
        assertThat(posted.resolution()).isEqualTo("The upstream DNS provider fixed its resolvers and lookups succeed again.");
        assertThat(posted.span(null)).contains("25 minutes (2025-01-04T11:50 to 2025-01-04T12:15 UTC)");
    }

    @Test
    void cStateUpdatesMarkedWithoutTimesNewestFirstAreReadFromTheEnd() {
        StatusUpdates updates = StatusUpdates.read("""
                *Update* - Still no answer from the payment provider. Payments go through the workaround.

                *Investigating* - Payments are processed by hand in a priority queue.

                *Investigating* - We are aware of delayed payment notifications and have contacted the provider.
                """);

        assertThat(updates.updates()).extracting(StatusUpdates.Update::status)
                .containsExactly("investigating", "investigating", "update");
        assertThat(updates.firstSeen())
                .isEqualTo("We are aware of delayed payment notifications and have contacted the provider.");
        assertThat(updates.span(JAN_4)).isEmpty();
    }

    @Test
    void updatesInFrenchGermanOrSpanishAndUpdatesWithTheirStampBeforeAColon() {
        StatusUpdates french = StatusUpdates.read("""
                Le site n'est pas accessible. Nous recherchons la cause.

                **Problème identifié** Une panne d'un équipement réseau chez l'hébergeur.

                **Surveillance** L'équipement a été remplacé.

                **Résolu** Les deux serveurs fonctionnent normalement.
                """);
        assertThat(french.updates()).extracting(StatusUpdates.Update::status)
                .containsExactly("identified", "monitoring", "resolved");
        assertThat(french.resolution()).isEqualTo("Les deux serveurs fonctionnent normalement.");

        StatusUpdates stamped = StatusUpdates.read("""
                Investigating 2023-06-14 18:10UTC: name servers are overwhelmed by queries.

                Update 2023-06-14 22:00UTC: The attack seems over.

                Resolved 2023-06-15 08:00UTC: rate limits stay in place.
                """);
        assertThat(stamped.span(null)).contains("13 hours 50 minutes (2023-06-14T18:10 to 2023-06-15T08:00 UTC)");
    }

    @Test
    void aPageOfSeveralIncidentsGivesTheFirst() {
        StatusUpdates updates = StatusUpdates.read("""
                ## Investigating 2025-02-20 10:13a
                The login node locked up several times; it is offline while we investigate.
                ## Resolved  2025-02-21 4:06p
                The node is back online after memory stress tests.
                ## Investigating 2025-04-03 10:06a
                RAM issues again.
                ## Monitoring  2025-04-03 2:06p
                Back online after removing a memory module.
                """);

        assertThat(updates.updates()).extracting(StatusUpdates.Update::status).containsExactly("investigating", "resolved");
        assertThat(updates.span(null)).contains("29 hours 53 minutes (2025-02-20T10:13 to 2025-02-21T16:06)");
    }

    @Test
    void aLogOfIncidentsEachUnderItsHeadingGivesOnlyTheFirstIncidentsUpdates() {
        StatusUpdates updates = StatusUpdates.read("""
                ### December 21

                **Resolved**: Parts of the file system were down for 1.5 hours when a maintenance task failed.

                ### December 12

                **Resolved**: All compute nodes are up.

                **Investigating**: The compute nodes went down due to a power failure.
                """);

        assertThat(updates.updates()).isEmpty();
        assertThat(updates.firstSeen()).isNull();
    }

    @Test
    void cStatesTrackShortcodeSaysWhenAnUpdateWasPosted() {
        StatusUpdates updates = StatusUpdates.read("""
                **Investigating** - The sites cannot be reached. {{< track "2019-03-30 20:03:00" >}}

                **Resolved** - Both servers work normally. {{< track "2019-03-30 20:45:19" >}}
                """);

        assertThat(updates.resolution()).isEqualTo("Both servers work normally.");
        assertThat(updates.span(null)).contains("42 minutes (2019-03-30T20:03 to 2019-03-30T20:45:19)");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // one update is a timeline's entry, not a status page
            "## Timeline\n\nResolved (10:10): the fix was deployed.\n\n## Root cause\n\nA bad config.",
            // sections named like statuses, without times: a write-up's own sections
            "## Monitoring\n\nAdd an alert on queue depth.\n\n## Update\n\nWe will update the runbook.\n\nResolved: yes",
            // headings that only start with a status word
            "## Update on the migration 10:00\n\nText.\n\n## Resolved issues 11:00\n\nText.",
            // statuses that neither investigate nor resolve
            "Identified (09:00): a bad deploy.\n\nMonitoring (09:30): rolled back.",
            // one marked update with its time below, and a plain line after it: one update says when, not two
            "**Resolved** - the fix was deployed.\nJan 4, 10:30 UTC\n\nUpdate: we will watch it."})
    void textNotToldAsStatusUpdatesHasNone(String body) {
        StatusUpdates updates = StatusUpdates.read(body);

        assertThat(updates.updates()).isEmpty();
        assertThat(updates.span(null)).isEmpty();
        assertThat(updates.firstDay()).isEmpty();
        assertThat(updates.resolution()).isNull();
    }
}
