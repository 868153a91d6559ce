package dev.opshistory.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HealthyStatementsTest {

    private final HealthyStatements statements = new HealthyStatements(RuleSettings.defaults());

    @ParameterizedTest
    @ValueSource(strings = {
            "The threshold compares against bytes but the new exporter reports kilobytes, so every host looks full. "
                    + "Disks are fine.",
            "Replication lag reads 3600s because the replica's clock jumped an hour at the DST change. Replication "
                    + "itself is current.",
            "The login failures are our own synthetic monitor using a password that security rotated this morning. "
                    + "Customers log in fine.",
            "Error rate alert: all the 5xx are from the vulnerability scanner we allowed this week. No customer "
                    + "requests failed.",
            "The disk is a thin-provisioned volume; the agent reads the virtual size. Actual usage is 40%.",
            "Memory shows 98% because Linux counts page cache; available memory was 12 GB the whole time.",
            "Latency graph spiked to 30s but that was one request from an internal batch client. Real users saw p99 "
                    + "under 300ms.",
            "Checked the order pipeline end to end, orders are flowing.",
            "Packet loss reading came from ICMP rate limiting on the router; TCP traffic was unaffected.",
            "Temperature sensor in rack 12 sits at the hot-aisle exhaust; the inlet temperatures are all normal.",
            "Backup 'failed' according to the check, but the backup finished at 02:14.",
            "Looked into it: the error spike is the mobile app's old version retrying a deprecated endpoint. The API "
                    + "itself serves fine.",
            "Synthetic check timed out because the test account hit its daily quota. The site responds normally.",
            "Lag metric jumped when the consumer group rebalanced; consumption was never behind by more than a few "
                    + "seconds.",
            "5xx count includes 503s we return on purpose to the crawler we rate limit. Customer traffic had zero "
                    + "errors.",
            "Disk alert triggered on the /snap loop mounts which are always 100% by nature. Real filesystems are at "
                    + "35%.",
            "Cert expiry alert counted the intermediate from the old chain; the served certificate is valid until "
                    + "March.",
            "The 'stale data' warning compares against the wrong timezone; the data was refreshed at 06:00 as "
                    + "scheduled.",
            "It flagged a memory leak but the growth is the JVM filling its heap before the first GC. GC logs look "
                    + "normal.",
            "Traffic drop alert during a public holiday. Traffic matches last year's holiday exactly.",
            "Uptime robot got a 403 from our new bot protection; users were able to reach the site the whole time.",
            "Checked every node, all pods are running and ready.",
            "Zero orders in the last hour is correct: the shop is closed for the night in that country.",
            "The check counts 404s as errors, and the crawler hit hundreds of old links.",
            "The rule compares the p99 of one pod instead of the p99 across pods.",
            "The heartbeat monitor expects a ping every 5 minutes but the job was moved to run every 10.",
            "The probe follows the redirect to the login page and reads the 401 as a failure.",
            "The alert averages CPU over 1 minute, so a 30-second compile burst crosses it.",
            "Paged for the queue depth at 3am; looked at it and the live queue is empty.",
            "Pinged the retired hostname after the migration; the shop is fully up.",
    })
    void whatTheAlertWatchedWasFineIsAHealthyStatement(String note) {
        assertThat(statements.find(List.of(note))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Restarted the consumer; orders are flowing.",
            "Service is healthy again",
            "Everything is back to normal now",
            "Latency was normal until the deploy at 14:00",
            "The backup finished after the retry",
            "Disks were not fine: 97% full of heap dumps",
            "Customers could not log in for 20 minutes",
            "Replication was healthy before the failover, then it broke",
            "No customer requests failed? checking",
            "The API was failing on every request; rolled back the release and it serves fine.",
            "The site responds normally again",
            "All pods are running again",
            "The alert is correct: the disk is full",
            "Users were able to log in only after the failover",
            // the monitor's mechanics, and then the alert said to be right
            "The check counts 5xx, and the spike was real: the bad deploy broke checkout.",
            "The agent reads disk usage and it was right, 96%. Cleared the old logs.",
            "The probe follows the login flow and the login was really broken by the expired certificate.",
            "Drained the dead-letter queue by hand, the queue is empty now.",
            "Purged the stuck messages; the queue is empty.",
            "Restarted the workers and the service is fully up again.",
            // work said as it is done
            "Sorry reverting it, build succeeded but website started giving 500. Test seemed fine.",
    })
    void recoveryWorkOrTroubleIsNone(String note) {
        assertThat(statements.find(List.of(note))).isNull();
    }

    @Test
    void workDoneWeeksBeforeTheAlertIsItsHistoryAndVetoesNothing() {
        assertThat(statements.find(List.of("The lag alert reads the consumer group we deleted two weeks ago. "
                + "The consumers are all healthy."))).isNotNull();
        assertThat(statements.find(List.of("Depth alert from the dead-letter queue we drained by hand last month; "
                + "the live queue is empty."))).isNotNull();
        assertThat(statements.find(List.of("We deleted the stale consumer group. The consumers are all healthy.")))
                .isNull();
    }

    @Test
    void workInAnotherNoteOfTheSameAlertVetoesIt() {
        assertThat(statements.find(List.of("Disks are fine.", "Then we deleted the old snapshots"))).isNull();
    }
}
