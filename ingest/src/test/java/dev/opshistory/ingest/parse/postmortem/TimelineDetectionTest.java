package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimelineDetectionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2. **15 December 2024, 04:01 – Initial Detection** - StatusCake monitoring tools detect the outage"
                    + " | **15 December 2024, 04:01 – Initial Detection** - StatusCake monitoring tools detect the outage",
            "- 09:12 PagerDuty paged the on-call engineer | 09:12 PagerDuty paged the on-call engineer",
            " - Dec 16th **12:43** First report of media cache misses | Dec 16th **12:43** First report of media cache misses",
            "* 14:05 Customers reported failed logins on Twitter | 14:05 Customers reported failed logins on Twitter",
            "- 03:10 The disk alert fired | 03:10 The disk alert fired",
            "* 09:20 A user notifies us on Slack about the issue. | 09:20 A user notifies us on Slack about the issue.",
            "8:28AM PST, OSL received a page regarding several networks. | 8:28AM PST, OSL received a page regarding several networks.",
            "09:14 Received Slack notifications due to an increase in 500s | 09:14 Received Slack notifications due to an increase in 500s",
            "- 19:00 The error tracker began sending alerts for failed snapshots | 19:00 The error tracker began sending alerts for failed snapshots",
            "- 21:28 A user reports the issue to the support address | 21:28 A user reports the issue to the support address",
            "- 10:02 The outage is reported on the chat channel by a user | 10:02 The outage is reported on the chat channel by a user",
            "- 04:10 First validator notices the stalled chain and escalates | 04:10 First validator notices the stalled chain and escalates",
            "- 22:50 Discovered internally while testing the relays | 22:50 Discovered internally while testing the relays",
            "- 04:52 PM UTC Site is hard down, operations engineers respond to alarms | 04:52 PM UTC Site is hard down,"
                    + " operations engineers respond to alarms",
            "- 13:02 Cloud Engineering member informed of ingress problem | 13:02 Cloud Engineering member informed of"
                    + " ingress problem",
            "- 7:07 AM The community rep reports hub is down | 7:07 AM The community rep reports hub is down",
            "- 13:35 UTC: The auditors notified the maintainers of the leaked token | 13:35 UTC: The auditors notified the"
                    + " maintainers of the leaked token",
            "- 09:15 Customer report received | 09:15 Customer report received",
            "- 3:51PM - Pingdom alerts DevOps on-call. | 3:51PM - Pingdom alerts DevOps on-call.",
            "- 02:10 The latency alert fires in #ops | 02:10 The latency alert fires in #ops"})
    void theFirstEntryThatTellsHowTheIncidentWasNoticed(String entry, String expected) {
        String timeline = "- 08:55 Deploy of 4.2 started\n" + entry + "\n- 10:00 Someone noticed it again";
        assertThat(TimelineDetection.find(timeline)).isEqualTo(expected);
    }

    @Test
    void entriesRunTogetherGiveTheSentenceThatTellsIt() {
        String table = "8:20AM PST (approx), OSU electricians start a planned power outage affecting the building our"
                + " systems are housed in. 8:28AM PST, OSL received a page regarding several networks being off-line."
                + " 9:12AM PST, OSL arrives on-site and confirms our primary data center is powered on and that none of"
                + " the systems had been rebooted. 9:30AM PST, OSL confirms the root cause is a UPS problem in the"
                + " basement data center which houses our ISP network equipment. 11:07AM PST, Power restored.";
        assertThat(TimelineDetection.find(table))
                .isEqualTo("8:28AM PST, OSL received a page regarding several networks being off-line.");
    }

    @Test
    void aTableRowWhereAPagingToolFiresIsTheEntry() {
        String table = "| **00:05Z** | Deploy of rev 301 |\n| **00:37Z** | **PagerDuty fires; Envoy 5xx ratio = 0.052** |";
        assertThat(TimelineDetection.find(table)).isEqualTo("| **00:37Z** | **PagerDuty fires; Envoy 5xx ratio = 0.052** |");
    }

    @Test
    void aTableRowWhereUsersReportTheSymptomIsTheEntry() {
        String table = "| Time | Event | Action Taken |\n|------|-------|--------------|\n"
                + "| 10:40 AM | Deploy of the new checkout | none |\n"
                + "| 11:00 AM | Initial production errors | User reports 500 errors |\n"
                + "| 11:03 AM | Investigation begins | Review the logs |";
        assertThat(TimelineDetection.find(table))
                .isEqualTo("| 11:00 AM | Initial production errors | User reports 500 errors |");
        assertThat(TimelineDetection.find("- 08:55 Deploy started\n- 09:10 Customers report slow checkouts"))
                .isEqualTo("09:10 Customers report slow checkouts");
    }

    @Test
    void bulletsRunTogetherOnOneLineAreEntriesOfTheirOwn() {
        String page = "• 14:20 Deploy of the mail relay • 14:24 information: Icinga reports timeouts for misc2 services."
                + " • 14:52 John: Sees RamNode have suspended misc2.";
        assertThat(TimelineDetection.find(page)).isEqualTo("14:24 information: Icinga reports timeouts for misc2 services.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"- 08:55 Deploy started\n- 09:40 Rolled back\n- 10:00 Resolved",
            "- 09:00 The bug went undetected for weeks", "Detection Time\nFirst report:",
            "- This is not detected by CI as we're not using Android Studio on CI.",
            "- 10:00 The failure wasn't noticed until Monday", "- 10:00 Posted a notice on the status page",
            "- 10:30 Root cause discovered: a bad config",
            "- Aug 31, 2:35 PM (1 week prior) The hub is reported as down by a user",
            "- 11:00 Added a check that alerts the team when the queue grows", ""})
    void noEntryThatTellsItIsNone(String timeline) {
        assertThat(TimelineDetection.find(timeline)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "On 23 April, 1AM, our alerts fired and the team began investigating. It was the disk. | On 23 April, 1AM,"
                    + " our alerts fired and the team began investigating.",
            "At 13:23, we noticed capacity issues with our platform. | At 13:23, we noticed capacity issues with our"
                    + " platform.",
            "Our internal and external monitoring systems began sending alerts. We scaled up. | Our internal and"
                    + " external monitoring systems began sending alerts.",
            "The site was slow. ¶ When alerted, the SRE team investigated the DNS pods. | When alerted, the SRE team"
                    + " investigated the DNS pods.",
            "All forms stopped posting. The issue was detected by our partner on September 9. | The issue was detected"
                    + " by our partner on September 9.",
            "Early Saturday morning we got alerted by our host that an attack was hitting us. | Early Saturday morning"
                    + " we got alerted by our host that an attack was hitting us.",
            "Within three minutes of the change hitting production, our alarms alerted us to our service degradation."
                    + " We rolled back. | Within three minutes of the change hitting production, our alarms alerted us to"
                    + " our service degradation.",
            "On December 4th, a third-party application partner reported a data anomaly with the API. CMS verified it."
                    + " | On December 4th, a third-party application partner reported a data anomaly with the API."})
    void proseThatTellsHowTheIncidentWasNoticedGivesItsSentence(String prose, String expected) {
        assertThat(TimelineDetection.inProse(null, prose.replace(" ¶ ", "\n\n"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The timelord has a routine to detect if a heavier block exists. A bug in it stalled the chain.",
            "No one was paged until the morning, when the queue was full.", "We scaled the database up after the report.",
            "Monitoring and alerting will be enhanced to notify CMS of any unexpected changes in the data."})
    void proseThatDoesNotTellItGivesNone(String prose) {
        assertThat(TimelineDetection.inProse(prose)).isNull();
    }
}
