package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

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
}
