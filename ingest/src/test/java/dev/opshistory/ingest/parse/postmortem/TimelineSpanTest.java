package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimelineSpanTest {

    private static final PostmortemDate DAY = PostmortemDate.find("2021-05-26").orElseThrow();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "- 04:40 PM UTC Deploy of 4.2 started ¶ - 04:52 PM UTC Site is hard down, engineers respond to alarms ¶"
                    + " - 05:10 PM UTC Rolled back ¶ - 06:00 PM UTC Site is fully recovered"
                    + " | 1 hour 8 minutes (2021-05-26T16:52 to 2021-05-26T18:00 UTC)",
            "[12:04 CET] Incident opened. ¶ [12:10 CET] Database restarted. ¶ [12:30 CET] Problem resolved."
                    + " | 26 minutes (2021-05-26T12:04 to 2021-05-26T12:30 CET)",
            "2013-03-27 00:29 UTC -- Incident opened. ¶ 02:54 UTC -- All remaining IP addresses are online again."
                    + " | 2 hours 25 minutes (2013-03-27T00:29 to 2013-03-27T02:54 UTC)",
            "7:32 PM - The chain stalled at height 4779033. ¶ 7:42 PM - New blocks being created again."
                    + " | 10 minutes (2021-05-26T19:32 to 2021-05-26T19:42)",
            "2013-03-27 00:29 UTC -- Incident opened. ¶ 01:59 UTC -- Some IP addresses come back online. ¶"
                    + " 02:54 UTC -- All remaining IP addresses are online. ¶ 03:10 UTC -- Incident closed."
                    + " | 2 hours 41 minutes (2013-03-27T00:29 to 2013-03-27T03:10 UTC)",
            "### July 22, 2025 ¶ - 12:30 PM: The site went down ¶ ### July 23, 2025 ¶ - 9:00 AM: Investigation began ¶"
                    + " - 5:00 PM: Issue resolved | 28 hours 30 minutes (2025-07-22T12:30 to 2025-07-23T17:00)",
            // the markers of the SRE book's example postmortem, whose template many teams copy
            "### 2021-10-03 (All times CEST) ¶ - 02:17 **OUTAGE BEGINS** — timeouts on the site ¶ ### 2021-10-06 ¶"
                    + " - 14:36 **OUTAGE MITIGATED**, deployed on a new machine"
                    + " | 3 days 12 hours (2021-10-03T02:17 to 2021-10-06T14:36)",
            "- 14:53 Traffic to the site climbs, OUTAGE BEGINS ¶ - 15:20 rollback ¶ - 15:51 OUTAGE ENDS"
                    + " | 58 minutes (2021-05-26T14:53 to 2021-05-26T15:51)",
            // entries under headings that give only their time
            "### 2022-04-15 4:35 ¶ Updates start failing. Sentry posts an alert. ¶ ### 2022-04-15 6:50 ¶ We investigate."
                    + " ¶ ### 2022-04-15 13:31 ¶ We deploy the hotfix. Issue is resolved."
                    + " | 8 hours 56 minutes (2022-04-15T04:35 to 2022-04-15T13:31)",
            // as the outline gives a timeline whose entries are headed by their times: the time on a line of its own
            "2022-04-15 4:35 ¶ Updates start failing. ¶ 2022-04-15 13:31 ¶ We deploy the hotfix. Issue is resolved."
                    + " | 8 hours 56 minutes (2022-04-15T04:35 to 2022-04-15T13:31)",
            "### 2019-02-25 11:21a ¶ The API server became unavailable. ¶ ### 12:28p ¶ An email is sent. ¶ ### 14:48 ¶"
                    + " The API server is back online. | 3 hours 27 minutes (2019-02-25T11:21 to 2019-02-25T14:48)",
            "Monday, October 30th 2023 ¶ - 3:45PM - Configuration update deployed ¶ - 3:52PM - Verified that site was"
                    + " non-responsive. ¶ - 4:25PM Verified the site is now available again."
                    + " | 33 minutes (2023-10-30T15:52 to 2023-10-30T16:25)"})
    void theSpanFromTheStopToTheRecoveryTheTimelineTells(String timeline, String span) {
        assertThat(TimelineSpan.of(timeline.replace(" ¶ ", "\n"), DAY)).contains(span);
    }

    @ParameterizedTest
    @ValueSource(strings = {"- 09:00 Site is down ¶ - 09:30 Still investigating",
            "- 09:00 Site is down ¶ - 09:30 The cache was not restored",
            "- 09:00 Deploy started ¶ - 09:30 Rolled back ¶ - 10:00 Resolved",
            "- Site is down ¶ - Later it recovered", ""})
    void aTimelineThatDoesNotTellBothWithTimesGivesNone(String timeline) {
        assertThat(TimelineSpan.of(timeline.replace(" ¶ ", "\n"), DAY)).isEmpty();
    }
}
