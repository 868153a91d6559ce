package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.CanonicalEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A duration from the start and end fields of a write-up that writes no duration, read through the Markdown mapper. */
class IncidentSpanTest {

    private final MarkdownPostmortemMapper mapper = new MarkdownPostmortemMapper();

    private String durationOf(String document) throws FrontMatter.Unreadable {
        return mapper.map(document, "pm.md").postmortem().duration();
    }

    private static String withFields(String fields) {
        return "# Checkout errors\n\n" + fields.replace("\\n", "\n") + "\n\n## Root cause\n\nA bad flag.\n";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a template's metadata list
            "- Start Time: 2024-03-14 09:12 UTC\\n- End Time: 2024-03-14 11:47 UTC"
                    + " | 2 hours 35 minutes (2024-03-14T09:12 to 2024-03-14T11:47 UTC)",
            // bold labels, ISO with Z, past midnight
            "**Incident start:** 2024-05-02T22:10Z\\n**Incident end:** 2024-05-03T01:05Z"
                    + " | 2 hours 55 minutes (2024-05-02T22:10 to 2024-05-03T01:05 UTC)",
            // a clock time alone takes the other field's day
            "Started at: March 3, 2024 9:05 AM PST\\n\\nResolved at: 11:20 AM PST"
                    + " | 2 hours 15 minutes (2024-03-03T09:05 to 2024-03-03T11:20 PST)",
            // an end before the start on the clock is the next day
            "- Impact start: 2024-01-09 23:40\\n- Impact end: 00:25 | 45 minutes (2024-01-09T23:40 to 2024-01-10T00:25)",
            // different zones, both placeable
            "- Outage began: 2024-02-01 10:00 CET\\n- Service restored: 2024-02-01 09:30 UTC"
                    + " | 30 minutes (2024-02-01T09:00 to 2024-02-01T09:30 UTC)",
            // offsets
            "- Start: 2024-02-01T10:00:00+02:00\\n- End: 2024-02-01T09:15:00Z"
                    + " | 1 hour 15 minutes (2024-02-01T08:00 to 2024-02-01T09:15 UTC)",
            // a zone only on one side, and seconds
            "- Start date/time: 2024-06-01 08:00:30\\n- End date/time: 2024-06-01 08:45:30 UTC"
                    + " | 45 minutes (2024-06-01T08:00:30 to 2024-06-01T08:45:30 UTC)"})
    void startAndEndFieldsGiveTheDuration(String fields, String duration) throws Exception {
        assertThat(durationOf(withFields(fields))).isEqualTo(duration);
    }

    @Test
    void clockTimesAloneTakeTheDocumentsDate() throws Exception {
        String table = "| Field | Value |\n|---|---|\n| Date | 2024-06-10 |\n| Start time | 14:02 UTC |\n| End time | 15:40 UTC |";

        assertThat(durationOf(withFields(table))).isEqualTo("1 hour 38 minutes (2024-06-10T14:02 to 2024-06-10T15:40 UTC)");
        assertThat(durationOf(withFields("- Start time: 14:02\n- End time: 15:40"))).isEqualTo("1 hour 38 minutes (14:02 to 15:40)");
    }

    @Test
    void aWrittenDurationWins() throws Exception {
        assertThat(durationOf(withFields("- Start Time: 2024-03-14 09:12 UTC\n- End Time: 2024-03-14 11:47 UTC\n"
                + "- Duration: about 2.5 hours"))).isEqualTo("about 2.5 hours");
    }

    @Test
    void noSpanWithoutBothMomentsOrWithAnImplausibleOne() throws Exception {
        assertThat(durationOf(withFields("- Start Time: 2024-03-14 09:12 UTC"))).isNull();
        assertThat(durationOf(withFields("- Start Time: 2024-03-14 09:12 UTC\n- End Time: TBD"))).isNull();
        assertThat(durationOf(withFields("- Start Time: 2024-03-14 09:12 UTC\n- End Time: 2024-03-13 11:47 UTC"))).isNull();
        assertThat(durationOf(withFields("- Start Time: 2024-03-14 09:12 UTC\n- End Time: 2024-05-14 11:47 UTC"))).isNull();
        // two zones that cannot both be placed
        assertThat(durationOf(withFields("- Start Time: 2024-03-14 09:12 IST\n- End Time: 2024-03-14 11:47 UTC"))).isNull();
        // "at" after a clock time is no "a.m."; 14:02 "at" the start stays 14:02
        assertThat(durationOf(withFields("- Start Time: 14:02 at the latest\n- End Time: 15:00"))).isEqualTo("58 minutes (14:02 to 15:00)");
    }

    @Test
    void aParagraphAboutTheStartIsNoStartField() throws Exception {
        String paragraph = "**Start:** the errors started around 09:12 when the nightly job, which normally finishes by"
                + " 08:00, was still running and holding locks on the orders table that checkout needs.\n"
                + "**End:** 11:47";

        assertThat(durationOf(withFields(paragraph))).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Between approximately 2025-07-30 21:27 UTC and 2025-07-31 07:27 UTC, some users could not fetch packages."
                    + " | 10 hours (2025-07-30T21:27 to 2025-07-31T07:27 UTC)",
            "Between 03:10 and 04:25 UTC on 2025-10-02, CI jobs queued for hours."
                    + " | 1 hour 15 minutes (2025-10-02T03:10 to 2025-10-02T04:25 UTC)",
            "Logins failed from 9:05 am to 11:20 am PST on March 3, 2024 for all users."
                    + " | 2 hours 15 minutes (2024-03-03T09:05 to 2024-03-03T11:20 PST)",
            "On the 2nd of March, 2020 we had a period of downtime. The downtime started at 4:29PM UTC and ended at"
                    + " 7:27PM UTC. | 2 hours 58 minutes (16:29 to 19:27 UTC)"})
    void aRangeOfClockTimesInTheSummaryIsTheDuration(String sentence, String duration) throws Exception {
        assertThat(durationOf("# Outage\n\n## Summary\n" + sentence + "\n\n## Root cause\nA bad flag.\n")).isEqualTo(duration);
    }

    @Test
    void daysWrittenWithoutTheirYearTakeTheDocumentsYear() throws Exception {
        String sentence = "For about 12 hours (from Feb 18 20:00 until Feb 19 09:00, UTC) no pageviews were collected.";

        assertThat(mapper.map("# Outage\n\n## Summary\n" + sentence + "\n\n## Root cause\nA bad flag.\n",
                "2020-02-19-outage.md").postmortem().duration()).isEqualTo("13 hours (2020-02-18T20:00 to 2020-02-19T09:00)");
    }

    @Test
    void rangesThatAreNoClockTimesOrNoSpanAreNone() throws Exception {
        assertThat(durationOf("# Move\n\n## Summary\nWe moved traffic from the old cluster to the new one between March"
                + " and May.\n\n## Root cause\nA bad flag.\n")).isNull();
        assertThat(durationOf("# Move\n\n## Summary\nVersions from 1.2 to 1.4 were affected.\n\n## Root cause\nA bad flag.\n"))
                .isNull();
        assertThat(durationOf("# Move\n\n## Summary\nThe migration started on Monday and ended on Friday.\n\n## Root cause\n"
                + "A bad flag.\n")).isNull();
        assertThat(durationOf("# Move\n\n## Summary\nThe deploy started at 14:00 UTC and finished at 14:05 UTC.\n\n"
                + "## Root cause\nA bad flag.\n")).isNull();
        // a range written of the outage itself wins
        assertThat(durationOf("# Outage\n\n## Summary\nThe API was down for 25 minutes; retries ran from 10:00 to 12:00."
                + "\n\n## Root cause\nA bad flag.\n")).isEqualTo("25 minutes");
    }

    @Test
    void aStatusPagesFrontMatterGivesTheSpanFromItsDateToItsResolution() throws Exception {
        CanonicalEvent issue = mapper.map("---\ntitle: ci disruption\ndate: 2026-01-13T05:10:00-00:00\nresolved: true\n"
                + "resolvedWhen: 2026-01-13T17:40:00-00:00\nseverity: disrupted\naffected:\n  - ci.jenkins.io\n---\n\n"
                + "ci is failing with Out Of Memory errors, we restarted it.\n", "issue.md");

        assertThat(issue.postmortem().duration()).isEqualTo("12 hours 30 minutes (2026-01-13T05:10:00Z to 2026-01-13T17:40:00Z)");
        assertThat(issue.service()).isEqualTo("ci.jenkins.io");
        assertThat(durationOf("---\ntitle: dhcp failed\ndate: 2022-12-14T08:00:00.000Z\nstatus: resolved\n"
                + "resolved_on: 2022-12-14T09:15:00.000Z\n---\nThe cloud's DHCP failed.\n"))
                .as("resolved_on, as other status pages write it")
                .isEqualTo("1 hour 15 minutes (2022-12-14T08:00:00Z to 2022-12-14T09:15:00Z)");
        assertThat(durationOf("---\ntitle: dhcp failed\ndate: 2022-12-14T08:55:13.362Z\n"
                + "resolved_on: 2022-12-14T08:55:13.377Z\n---\nThe cloud's DHCP failed.\n"))
                .as("posted after the fact: resolved as it was written").isNull();
        // a blog post's date alone is no start
        assertThat(durationOf("---\ntitle: x\ndate: 2026-01-13T05:10:00Z\nend_time: 2026-01-13T17:40:00Z\n---\n\n"
                + "## Root cause\nA bad flag.\n")).isNull();
    }

    @Test
    void theOpeningParagraphDatesAWriteUpThatGivesNoOtherDate() throws Exception {
        CanonicalEvent event = mapper.map("# Hex outage\n\nBetween approximately 2025-07-30 21:27 UTC and 2025-07-31 07:27"
                + " UTC, some users could not fetch packages.\n\n## Root cause\nA provider failed.\n", "outage.md");

        assertThat(event.postmortem().date()).isEqualTo("2025-07-30");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "**Period:** March 12th 2014 18:50 UTC to 19:20 (30 minutes) | 30 minutes (2014-03-12T18:50 to 2014-03-12T19:20 UTC)",
            "- Impact window: 2024-06-10 14:02 - 15:40 UTC | 1 hour 38 minutes (2024-06-10T14:02 to 2024-06-10T15:40 UTC)",
            "Outage window: from 23:10 until 00:20 | 1 hour 10 minutes (23:10 to 00:20)",
            // a dash without spaces between two clock times
            "**Impact Window:** **02:00–02:08 CET** | 8 minutes (02:00 to 02:08 CET)",
            "- Impact window: 2024-06-10 14:02-15:40 UTC | 1 hour 38 minutes (2024-06-10T14:02 to 2024-06-10T15:40 UTC)",
            // a date field that is a range, as Japanese notices write it
            "**発生日時**: 2017年11月15日 17:28 ~ 20:28 | 3 hours (2017-11-15T17:28 to 2017-11-15T20:28)",
            "**Date:** 2024-06-10 14:02 – 15:40 UTC | 1 hour 38 minutes (2024-06-10T14:02 to 2024-06-10T15:40 UTC)",
            "- Incident window: 2018年6月27日(水)11時46分 - 6月28日(木)4時00分"
                    + " | 16 hours 14 minutes (2018-06-27T11:46 to 2018-06-28T04:00)"})
    void aWindowFieldGivesTheDuration(String field, String duration) throws Exception {
        assertThat(durationOf(withFields(field))).isEqualTo(duration);
    }

    @Test
    void aWindowThatIsNoRangeIsNoDuration() throws Exception {
        assertThat(durationOf(withFields("**Period:** the busy season"))).isNull();
        assertThat(durationOf(withFields("**Period:** Q3 2024"))).isNull();
        assertThat(durationOf(withFields("**Date:** March 3 - 5, 2021"))).isNull();
    }
}
