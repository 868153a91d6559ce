package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.opshistory.ingest.parse.CollectingSink;
import dev.opshistory.ingest.parse.Parsing;
import dev.opshistory.model.CanonicalEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files that keep several postmortems one after another: one event per entry, and single postmortems left whole. */
class PostmortemLogTest {

    private static final String DATED_LOG = """
            # Postmortems

            Incidents of the benchmark runner, newest first.

            ## 2023-12-22

            ### Problem

            On 2023-12-21 a change to the package checker was merged. Two packages failed to build, which made the
            benchmark fail to run.

            ### Solution

            Patches were added to fix the dependency names in the affected packages.

            ## 2023-09-12

            ### Problem

            A new minimum version of the bindings extension stopped several packages from building.

            ### Root cause

            The minimum supported version was raised without checking the packages that use the extension.

            ### Solution

            The packages were patched to depend on the new version while assembling the monorepo.
            """;

    private List<CanonicalEvent> events(String markdown, String fileName) {
        CollectingSink sink = Parsing.parse(new MarkdownPostmortemParser(), markdown, fileName);
        assertThat(sink.rejects).isEmpty();
        return sink.events;
    }

    @Test
    void eachDatedEntryOfALogIsAPostmortemTitledWithTheLogsTitle() {
        List<CanonicalEvent> events = events(DATED_LOG, "docs/postmortems.md");

        assertThat(events).extracting(CanonicalEvent::sourceId)
                .containsExactly("postmortems#2023-12-22", "postmortems#2023-09-12");
        assertThat(events).extracting(CanonicalEvent::eventId)
                .containsExactly("postmortem:postmortem:postmortems#2023-12-22", "postmortem:postmortem:postmortems#2023-09-12");
        assertThat(events).extracting(CanonicalEvent::title)
                .containsExactly("Postmortems — 2023-12-22", "Postmortems — 2023-09-12");
        assertThat(events).extracting(e -> e.postmortem().date()).containsExactly("2023-12-22", "2023-09-12");
        assertThat(events.get(0).postmortem().summary()).startsWith("On 2023-12-21 a change to the package checker");
        assertThat(events.get(0).postmortem().resolution()).startsWith("Patches were added");
        assertThat(events.get(1).postmortem().summary()).startsWith("A new minimum version");
        assertThat(events.get(1).postmortem().rootCause()).startsWith("The minimum supported version was raised");
        assertThat(events.get(1).postmortem().resolution()).startsWith("The packages were patched");
        assertThat(events).allSatisfy(e -> assertThat(e.sourceFile()).isEqualTo("docs/postmortems.md"));
    }

    @Test
    void entriesNamedForTheirIncidentKeepTheirNamesAsTitles() {
        String log = """
                # Incident log

                ## Search outage

                **Date:** 2024-04-02

                **Summary:** Search returned errors for 40 minutes.

                **Root cause:** The index shard ran out of disk.

                ## Login failures on 3 May 2024

                **Summary:** One user in ten could not log in.

                **Root cause:** The session store's primary hung.
                """;

        assertThat(events(log, "INCIDENTS.md")).extracting(CanonicalEvent::title, CanonicalEvent::sourceId)
                .containsExactly(tuple("Search outage", "INCIDENTS#search-outage"),
                        tuple("Login failures on 3 May 2024", "INCIDENTS#login-failures-on-3-may-2024"));
    }

    @Test
    void aShortEntryIsKeptAndAnIndexWithoutSectionsIsNoEntry() {
        String log = DATED_LOG + """

                ## 2023-05-02

                ### Problem

                The runner's disk filled up overnight.

                ## Index of older incidents

                See the wiki for incidents before May 2023.
                """;

        assertThat(events(log, "pm.md")).extracting(CanonicalEvent::sourceId)
                .containsExactly("pm#2023-12-22", "pm#2023-09-12", "pm#2023-05-02");
        // an entry's day is its own: a dayless note is not given the day of the entry after it
        assertThat(events(log.replace("## 2023-09-12", "## A note on the runner\n\nNothing else.\n\n## 2023-09-12"),
                "pm.md")).extracting(CanonicalEvent::sourceId)
                .containsExactly("pm#2023-12-22", "pm#2023-09-12", "pm#2023-05-02");
    }

    @Test
    void aPagesEntriesUnderFourthLevelHeadingsWithBoldFieldsAreEachAPostmortem() {
        String page = """
                ---
                title: Outage notes
                ---
                Every outage of the services I run, with its cause and what I did.

                ---

                #### Outage on June 2nd, 2021

                - **Time**: down 14:10 UTC, up 14:40 UTC. Total time: 30 minutes.
                - **Reason/Cause**: The backup job filled the disk and the database stopped.
                - **Actions Taken**: I deleted old backups and restarted the database.

                ---

                #### Outage on June 9th, 2021

                - **Time**: down 03:00 UTC, up 05:15 UTC. Total time: 2 hours and 15 minutes.
                - **Reason/Cause**: The hosting provider's network was unreachable.
                - **Actions Taken**: None; it came back when the provider fixed their router.
                """;

        List<CanonicalEvent> events = events(page, "outages.md");

        assertThat(events).extracting(e -> e.postmortem().date()).containsExactly("2021-06-02", "2021-06-09");
        assertThat(events).extracting(e -> e.postmortem().rootCause()).containsExactly(
                "The backup job filled the disk and the database stopped.",
                "The hosting provider's network was unreachable.");
        assertThat(events).extracting(CanonicalEvent::sourceId)
                .containsExactly("outages#outage-on-june-2nd-2021", "outages#outage-on-june-9th-2021");
    }

    @Test
    void entriesUnderTheSameHeadingGetDistinctIds() {
        String log = """
                # Outages

                ## Database outage

                Date: 2024-01-10

                ### Summary
                The primary failed.

                ### Root cause
                A full disk.

                ## Database outage

                Date: 2024-02-11

                ### Summary
                The replica lagged.

                ### Root cause
                A long-running report.

                ## Database outage 2

                Date: 2024-03-12

                ### Summary
                The replica lagged.

                ### Root cause
                A long-running query.
                """;

        assertThat(events(log, "outages.md")).extracting(CanonicalEvent::sourceId)
                .containsExactly("outages#database-outage", "outages#database-outage-2", "outages#database-outage-2-2");
    }

    @Test
    void aLogGroupedByYearGivesItsIncidentsNotItsYears() {
        String log = """
                # Incidents

                ## 2024

                ### 2024-03-01 Search down
                #### Impact
                Search failed.
                #### Root cause
                A full disk.

                ### 2024-01-15 Logins slow
                #### Impact
                Logins took 30 s.
                #### Root cause
                A missing index.

                ## 2023

                ### 2023-11-02 Mail delayed
                #### Impact
                Mail was late.
                #### Root cause
                A stuck queue.
                """;

        assertThat(events(log, "incidents.md")).extracting(e -> e.postmortem().date())
                .containsExactly("2024-03-01", "2024-01-15", "2023-11-02");
    }

    @Test
    void onePostmortemToldByPhaseRegionOrUpdateStaysOne() {
        String phases = """
                ---
                date: 2024-05-02
                ---
                # Database failover

                ## Phase 1: replication lag
                ### Impact
                Reads were stale.
                ### Root cause
                A long transaction.

                ## Phase 2: failover
                ### Impact
                Writes failed for 4 minutes.
                ### Root cause
                The failover script waited for the lag.
                """;
        String updates = """
                # API errors

                ## Update 2024-05-02 10:00 UTC
                ### Impact
                Some requests fail.
                ### Resolution
                We are rolling back.

                ## Update 2024-05-02 11:30 UTC
                ### Impact
                None any more.
                ### Resolution
                The rollback is done; this incident is resolved.
                """;

        assertThat(events(phases, "failover.md")).hasSize(1);
        assertThat(events(phases, "failover.md").get(0).postmortem().date()).isEqualTo("2024-05-02");
        assertThat(events(updates, "api.md")).hasSize(1);
    }

    @Test
    void onePostmortemWithSeveralCausesEachWithItsOwnSectionsStaysOne() {
        String postmortem = """
                # API outage of 4 March

                ## Summary
                The API was down for an hour.

                ## Root causes

                ### The connection pool

                #### Trigger
                A traffic spike.

                #### Impact
                Every request timed out.

                ### The retry storm

                #### Trigger
                Clients retried at once.

                #### Impact
                The recovery took longer.

                ## Action items
                - Cap client retries
                """;

        List<CanonicalEvent> events = events(postmortem, "api-outage.md");

        assertThat(events).hasSize(1);
        assertThat(events.get(0).sourceId()).isEqualTo("api-outage");
        assertThat(events.get(0).title()).isEqualTo("API outage of 4 March");
    }

    @Test
    void onePostmortemWithASecondTopHeadingOverItsLaterSectionsStaysOne() {
        String postmortem = """
                # Checkout outage

                ## Summary
                Checkout failed for 20 minutes.

                ## Impact
                1,200 orders were lost.

                # The database side

                ## Root cause
                A schema change locked the orders table.

                ## Action items
                - Review schema changes for locks
                """;

        assertThat(events(postmortem, "checkout.md")).extracting(CanonicalEvent::title).containsExactly("Checkout outage");
    }

    @Test
    void onePostmortemToldDayByDayStaysOne() {
        String postmortem = """
                # Storage migration incident

                ## Day one

                ### Timeline
                - 09:00 migration started

                ### Impact
                Uploads failed.

                ## Day two

                ### Timeline
                - 10:00 rollback
                """;

        assertThat(events(postmortem, "storage.md")).hasSize(1);
    }

    @Test
    void aLogOfPostmortemsInAWebPageGivesOneEventPerEntry() {
        String html = "<html><body><h1>Postmortems</h1>"
                + "<h2>2024-02-01</h2><h3>Summary</h3><p>The build farm was offline for three hours.</p>"
                + "<h3>Root cause</h3><p>An expired certificate on the artifact store.</p>"
                + "<h2>2024-01-10</h2><h3>Summary</h3><p>Nightly builds did not run.</p>"
                + "<h3>Root cause</h3><p>The scheduler lost its lease after a failover.</p>"
                + "</body></html>";
        CollectingSink sink = Parsing.parse(new HtmlPostmortemParser(), html, "postmortems.html");

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).extracting(e -> e.postmortem().rootCause())
                .containsExactly("An expired certificate on the artifact store.",
                        "The scheduler lost its lease after a failover.");
    }
}
