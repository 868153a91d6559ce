package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimelineResolutionTest {

    @Test
    void theStepThatEndedItIsTheLastRemedyBeforeTheIncidentWasOver() {
        String timeline = """
                - 00:05 Deploy of rev 301
                - 00:20 Team attempts to restart the gateways
                - 00:37 PagerDuty fires
                - 00:44 Restarted the gateways, no change
                - 00:48 Rollback to rev 300; errors clear
                - 01:30 Restarted the workers to drain the queue
                """;
        assertThat(TimelineResolution.find(timeline)).isEqualTo("00:48 Rollback to rev 300; errors clear");
    }

    @Test
    void aRemedyBeforeTheEntryThatSaysItWasOverIsTheResolution() {
        String timeline = """
                - 11:50 AM Customers report errors from api.nuget.org
                - 12:08 PM The primary CDN failed over to the secondary CDN
                - 12:15 PM Service restored for all customers
                """;
        assertThat(TimelineResolution.find(timeline)).isEqualTo("12:08 PM The primary CDN failed over to the secondary CDN");
    }

    @Test
    void aTimelineDatedInMayIsNoPossibility() {
        String timeline = "- May 3 14:00 Rolled back the deploy\n- May 3 14:10 Service restored";
        assertThat(TimelineResolution.find(timeline)).isEqualTo("May 3 14:00 Rolled back the deploy");
    }

    @Test
    void anEntryThatSaysItIsNotOverYetIsNotTheEnd() {
        String timeline = """
                - 4:09PM Restarted the web dynos
                - ~4:10PM Verified the issue is not resolved.
                - 4:20PM Rolled back the parameter group change
                - 4:25PM Verified the site is now available again and logins work
                """;
        assertThat(TimelineResolution.find(timeline)).isEqualTo("4:20PM Rolled back the parameter group change");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // it never says the incident ended: the last step may have been one more attempt
            "- 10:00 Alert fired\n- 10:10 Rolled back the deploy\n- 10:20 Still failing",
            // over before any step: it ended by itself
            "- 10:00 Alert fired\n- 10:05 Alert resolved by itself\n- 10:30 Restarted the host to be safe",
            // only attempts
            "- 10:00 Alert fired\n- 10:10 Tried to roll back, but the old image was gone\n- 11:00 Service restored",
            // what befell the system, a noun, a possibility
            "- 03:52 UTC: Instance initiated an unplanned reboot\n- 04:30 UTC: Service restored",
            "- 00:35 Routing of all failover subnets to our main loadbalancer is down\n- 01:10 Routing restored",
            "- An outage will recur in a similar amount of time after restarting the Hub\n- 10:00 Resolved",
            "- 09:10 Restarted the machine in emergency mode, however, the services did not come back\n- 11:00 Resolved",
            ""})
    void noStepThatEndedItIsNone(String timeline) {
        assertThat(TimelineResolution.find(timeline)).isNull();
    }
}
