package dev.opshistory.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FalsePositiveMarkersTest {

    private final FalsePositiveMarkers markers = new FalsePositiveMarkers(RuleSettings.defaults());

    @ParameterizedTest
    @ValueSource(strings = {
            "False positive",
            "false-positive, threshold too tight",
            "FALSE ALARM",
            "Resolved: false alarm",
            "these were false positives from the synthetic check",
            "#falsepositive",
            "False_Positive",
            "Closing as false positive.",
            "test",
            "Test.",
            "this was just a test",
            "OK, this was just a test. Closing.",
            "only a test",
            "test alert - please ignore",
            "noise",
            "it's noise",
            "It’s just noise",
            "Not an issue, closing",
            "it was not an issue",
            "Closed: not an issue",
            "Closing - just noise",
    })
    void explicitVerdictInFreeTextIsAMarker(String text) {
        assertThat(markers.findInText(text)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "testing",
            "Testing the failover to the standby",
            "Added a test for this regression",
            "unit test failures after the deploy",
            "tested in staging, rolling out",
            "contest entries spiked",
            "noisey",
            "the noise floor on the sensor rose after the firmware update",
            "noisy neighbour on the host, moved the pod",
            "Not a false positive, the disk really was full",
            "this wasn't a false alarm",
            "I don't think it's a false positive",
            "maybe a false alarm, checking",
            "is this a false positive?",
            "This is not an issue with the DB but with DNS",
            "this is not a test",
            "no issue found in the logs, escalating to the network team",
            "Root cause: the test environment shares the database",
            "Fixed - rolled back the release",
    })
    void wordsInOrdinaryWorkNotesAreNotMarkers(String text) {
        assertThat(markers.findInText(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Alert was wrong: it counts the scratch mount. Nothing was broken.",
            "the check itself is broken (reads the wrong device)",
            "The monitor's window is wrong for this job",
            "Probe misconfigured after the URL change.",
            "Not a real problem, threshold too tight since the new baseline.",
            "Expected during the maintenance window; replica rebuild.",
            "Duplicate of #7199, already handled there.",
            "The alert fired in error - the check points at a decommissioned host.",
            "Bogus page: the monitoring host's clock was off.",
            "Spurious alert, metrics gap from the exporter restart.",
            "This should not page.",
            "Nothing wrong with the service - errors come from a scanner.",
            "Site was up the whole time.",
            "No issue found, the check uses the old replica name.",
            "Ledger close skipped on purpose. Just a test of the new schedule, ignore.",
            "should have been silenced for the migration",
    })
    void statementThatTheAlertWasWrongIsAMarker(String text) {
        assertThat(markers.findInText(text)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Checked whether it was a false alarm - it was not. Fixed the IBAN format.",
            "Not a problem with the DB itself: the cache was cold. Warmed it manually.",
            "No issue with the alert, the job really failed. Re-ran it.",
            "Threshold is fine, the lag was real: restarted the consumer.",
            "Was not a problem with the CDN; re-issued the signed URLs.",
            "is the alert wrong?",
            "maybe the probe is misconfigured, checking",
            "the alert was not wrong, the disk really was full",
            "nothing to do with the deploy, restarted the worker",
            "Failover worked as designed; replaced the primary",
            "The DB crashed, no real impact yet, restarting",
            "it's not just noise, the queue is growing",
    })
    void workNotesThatOnlyBrushAgainstTheVocabularyAreNotMarkers(String text) {
        assertThat(markers.findInText(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"false-positive", "false_positive", "FalsePositive", "false-alarm", "noise", "test",
            "test-alert", "not-an-issue", "Noise"})
    void markerTagsAreRecognisedWithAnySeparator(String tag) {
        assertThat(markers.findInTag(tag)).isEqualTo(tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"env:test", "testing", "latest", "noisy", "team-test-infra", "load-test-target",
            "severity:critical"})
    void tagsThatOnlyContainAMarkerWordAreNotMarkers(String tag) {
        assertThat(markers.findInTag(tag)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "FP - the synthetic user was locked out, real logins fine",
            "Not an incident.",
            "non-issue",
            "Known issue, closing",
            "the check still expects the old endpoint",
            "the probe still polls the retired address",
            "stale check",
            "Threshold wrong: the SLA moved to 500ms last quarter",
            "the saved query is outdated after the log migration",
            "the monitor doesn't account for daylight saving time",
            "this baseline has no idea about school holidays",
            "the alert treats 404s as server errors",
            "this monitor confuses an idle queue with a stuck one",
            "alert should exclude the staging tenant",
            "every other region green",
            "fine from everywhere else",
            "only one flaky probe location",
            "firewall is blocking the uptime checks since this morning",
            "it is not down",
            "nothing broken on our side",
            "nothing was slow for the customers",
            "real customers unaffected, it was the crawler",
            "it was the approved load test",
            "door sensor tripped by our own technician",
            "known agent bug, reports the wrong mount",
            "the silence expired before the patching finished",
            "testing the new escalation policy",
            "triggered by hand as a test of the webhook",
            "safe to ignore",
            "the health rule is bogus",
            "not a real expiry, the checker cached the old certificate",
            "Last night's backup was OK, checked the console.",
            "the job ran fine after all",
            "The mail relay re-delivered yesterday's failure report after its queue restart.",
            "room is 22C by the other 3 sensors, moved the sensor",
    })
    void alertWrongExpectedOrKnownSaidInOtherWordsIsAMarker(String text) {
        assertThat(markers.findInText(text)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Thought it was another flaky probe, but users confirm it. Recycled the app pool.",
            "Looked like a flaky check at first but no: the client secret was rotated",
            "it wasn't down, just slow. Added the missing index.",
            "restarted the pod, site was up after 30s",
            "real users are fine now after the rollback",
            "search index was stale after the failed job; re-ran the indexer",
            "query plan wrong, added an index",
            "the partner's file was bogus, asked them to resend it",
            "the load test took down the DB, restarted it",
            "known issue with the payment service, restarted it per the runbook",
            "Was going to close as known issue but the error count is 10x normal; rotated the password",
            "the monitor counts requests for checkout and they really failed; rolled back",
            "not a real fix, just a workaround: restarted the service",
            "serving fine from the other region after the failover, fixing the primary",
            "not maintenance - a real outage, failed over",
            "the job was OK until 02:00, then the disk filled; cleaned up and re-ran it",
            "re-sent the old invoices to the partner after fixing the mapping",
            "the other sensors also read 40C, the chiller is down: called facilities",
            "restarted the connector. sync is green.",
    })
    void workNotesThatBorrowTheNewVocabularyAreNotMarkers(String text) {
        assertThat(markers.findInText(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"known-issue", "maintenance", "maint", "FP", "non-issue"})
    void verdictTagsForKnownIssuesAndMaintenanceAreMarkers(String tag) {
        assertThat(markers.findInTag(tag)).isEqualTo(tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the nightly export is switched off on purpose",
            "On purpose.",
            "the canary queue stays red by design",
            "no real shipment was at risk",
            "no actual customer data touched",
            "it was not a real overrun",
            "the disk rule has no maintenance calendar",
            "the error-rate query doesn't exclude the sandbox tenant",
            "the alert is counting retries like failures",
            "ticket opened to exclude the staging hosts from the alert",
            "the probe needs the updated allowlist",
            "the old router should have been removed from monitoring",
            "the latency rule was copied from the search service",
            "the NMS still pings it",
            "the watcher still looks at the old index",
            "the gauge is lying",
            "only the probe's account was locked",
            "only the Frankfurt check location",
            "checkout works fine for real customers",
            "the page loads fine for everyone",
            "the gateway refused them, which is correct",
            "our own vulnerability scanner again",
            "their quarterly failover test",
            "the host was under planned maintenance with the vendor",
            "closing as duplicate",
            "the change ticket already covers it",
    })
    void verdictPhrasedInTheMonitorsOrTheSituationsTermsIsAMarker(String text) {
        assertThat(markers.findInText(text)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "stopped the consumer on purpose to drain the queue, then fixed the schema",
            "it is not on purpose: the job died, restarted it",
            "no real fix yet, restarted the service",
            "restored from the snapshot, no actual data lost",
            "rolled back fast, no real users affected",
            "the health check doesn't have a bug, the app was down; restarted",
            "only the eu-west region, failed over to eu-central",
            "after the restart login works fine for users again",
            "muted the alert in the monitor while we replaced the disk",
            "our own batch job filled the disk, killed it",
            "the restore test is right, the backup was corrupt",
            "not closing as duplicate, this one is a new failure",
            "checked whether the sensor is lying: it is not, the compressor failed",
    })
    void workNotesThatBorrowTheSixthRoundVocabularyAreNotMarkers(String text) {
        assertThat(markers.findInText(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we keep getting false sms alerts that the box is down",
            "the disk check is erroneously firing every night",
            "this is just unnecessary noise",
            "batch jobs are transient and should not trigger exporter down notifications",
            "resolving - seems like a phantom",
            "probably a scrape artifact",
            "the latency alert is way too noisy",
            "the memory alert fires at 80% but the host is responding normally",
            "notifications are being generated twice for every tenant",
            "the alerting system thinks the job was missed",
            "these alerts are not indicative of a real problem",
            "the errors are not actually happening on the hosts",
    })
    void verdictsAsOtherTeamsWriteThemInTheirNotesAreMarkers(String text) {
        assertThat(markers.findInText(text)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "fixed the migration, so the deploy should not trigger this alert again",
            "the fan is too noisy, replaced it",
            "the alert was right: the hosts were down, restarted them",
            "restarted the worker; notifications are sent again",
            "alerts are no longer duplicated after the router fix",
            "maybe the alert is erroneously firing? no, the disk is full; cleaned up",
    })
    void workNotesNearThoseVerdictsAreNotMarkers(String text) {
        assertThat(markers.findInText(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the shop's firewall blocks automated crawlers, the pages are fine",
            "the CDN is returning a 403 to the CI runner, the docs load for everyone",
            "the check fires even if there is no change in the metric",
            "the backup alert stays red even though the backups are actually working",
            "shows node-7 down, however it doesn't exist anymore",
            "the hosts that were removed last week still show up in the query",
            "being decommissioned as per #1843",
            "duplicated #432",
            "dupe of https://tracker.example.org/issues/485",
            "opened to test if the new alerting pipeline pages the right rota",
            "tested by stopping nginx on the canary for ten minutes",
            "a false alarm, see status.example.com. the site was fine",
    })
    void verdictsOfTheEighthRoundOfRealNotesAreMarkers(String text) {
        assertThat(markers.findInText(text)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The website is available, check your DNS settings.",
            "It is probably an issue with your ISP.",
            "I'm unable to reproduce this.",
            "Could not be reproduced.",
            "I went through the history, looks like it's just very flaky.",
            "Not a real regression.",
            "It looks like you are using a CDN and it is blocking our new uptime checker.",
            "Closing in favour of #540",
            "Going offline for database migration starting at 1:00 AM UTC.",
            "Migration in progress.",
            "Yep, working on some upgrades to the server.",
    })
    void verdictsOfTheTenthRoundOfRealNotesAreMarkers(String text) {
        assertThat(markers.findInText(text)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the disk is flaky, replaced it",
            "it's flaky hardware, swapped the NIC",
            "the migration failed halfway, re-ran it",
            "we reproduced it locally and fixed the parser",
    })
    void workNotesNearTheTenthRoundsVerdictsAreNotMarkers(String text) {
        assertThat(markers.findInText(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "This was a monitoring and reporting error, not a service outage.",
            "it must have been a hiccup in the Azure monitoring metrics",
            "it looks to be an issue with Pingdom rather than our connectivity",
            "this was opened by mistake by an automated fork-sync workflow",
            "Wrong host name, host will be deleted.",
            "Working fine in my end.",
            "Sorry, it was browsers issue that is stuck on the old certificate.",
            "clear its DNS cache manually. Otherwise, reboot your router and your computer.",
            "Nunca dejó de funcionar acá.",
            "我刚刚尝试了是可以 ping 的，浏览器访问也正常",
            "今天没有监测到服务器宕机和DNS解析异常呀",
            "We will be performing a scheduled upgrade of our Postgres datastores on December 19th",
            "Our systems will be down for maintenance between 17:00 UTC and 17:30 UTC.",
            "Due to KAIST's planned power outage, the server will be shut down today",
            "Estamos haciendo un mantenimiento, pasate por la noticia de la web",
    })
    void verdictsOfTheEleventhRoundOfRealNotesAreMarkers(String text) {
        assertThat(markers.findInText(text)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "purged the CDN; users may need to clear their browser cache",
            "restarted the db, a planned upgrade next week will fix it for good",
            "我们无法ping通服务器，已重启",
            "the monitoring host was down, restarted it",
    })
    void workNotesNearTheEleventhRoundsVerdictsAreNotMarkers(String text) {
        assertThat(markers.findInText(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the WAF blocks the attack traffic, scaled the pool",
            "the release removed the retry, rolled it back",
            "the job still runs although the queue is stuck, restarted the consumer",
            "duplicated rows in the orders table, deleted them",
            "blocked the abusive IP range at the edge",
    })
    void workNotesNearTheEighthRoundVerdictsAreNotMarkers(String text) {
        assertThat(markers.findInText(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Known flake",
            "Seems the nightly failure was a flake. Closing.",
            "UI flake, we see the same kind elsewhere; a race in our test library.",
            "Passed in the retry, closing.",
            "No discussion here, so closing. There is no outage reported on any of our services.",
            "The site has been working without any issues. Several probes from 3 regions watch it and none of "
                    + "them detected anything.",
            "Maintenance is complete.",
            "The builders are back up and running after the maintenance period. Closing.",
            "O sistema estava em janela de manutenção e já voltou.",
            "ignore me / works! Closing",
            "Это была ложная тревога",
            "Fehlalarm, Sensor neu kalibriert",
            "Сервис всё это время работал бесперебойно.",
            "Alerts from sslcheck.example are not useful: they miss renewals made days before.",
            "My crontab runs weekly, and when setting up the healthcheck I must have made a typo and set it to daily.",
            "Found a typo in the check's cron expression.",
            "The monitor's time zone was wrong, so it expected the job an hour early.",
    })
    void verdictsOfTheNinthRoundOfRealNotesAreMarkers(String text) {
        assertThat(markers.findInText(text)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Fixed the race that made the login test fail, it is green now",
            "It is now working without any issues after the restart",
            "Since the fix it has been running without errors",
            "No outage, but latency was high; added two replicas",
            "The flaky disk was replaced",
            "maintenance overran, so we rolled back the upgrade",
            "A typo in the deploy script broke the release; fixed it and redeployed",
            "The cron schedule of the backup job was wrong, it ran twice",
    })
    void workNotesNearTheNinthRoundVerdictsAreNotMarkers(String text) {
        assertThat(markers.findInText(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Alert fired on a decommissioned host",
            "Check for a retired server, removed it from the inventory",
            "The node was decommissioned last week, the check was never deleted",
            "Stale metric",
            "The exporter stopped reporting, so the rate dropped to zero",
            "Paged during the announced maintenance window",
            "Alert triggered in our scheduled maintenance",
            "Noise from the canary, not real",
            "Bad alert query, it counts 404s as errors",
            "Wrong environment, staging paged the prod rotation",
            "The probe location had issues, site was reachable",
            "Service was healthy the whole time",
            "No actual outage, the synthetic user's password expired",
            "Invalid alert, the dashboard shows 0 errors",
            "Ignore, monitoring test",
            "Load test in staging triggered it",
            "Check failed due to a timeout in the monitoring system itself",
            "Alert was triggered by a bad data point",
            "Monitor evaluated against the wrong time window",
            "Synthetic monitor flaked",
            "Paging on a dev cluster by mistake, routing fixed",
            "Alert condition is inverted, it fires when healthy",
            "Disk alert for a tmpfs mount, not a real disk",
            "Old alert left over from the migration, deleting it",
            "Scheduled maintenace: Servers are down while we do some maintenance.",
            "This is a planed event to prevent data loss during the update",
            "站点维护",
            "It is loading for me. Maybe try again?",
            "Era una prueba del sistema de alertas",
            "Nur ein Test der Alarmierung",
            "C'était juste un test",
            "Foi só um teste",
            "Это был тест",
    })
    void pagesAboutAGoneHostLostDataOrAnnouncedMaintenanceAreMarkers(String text) {
        assertThat(markers.findInText(text)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We decommissioned the old host and moved the traffic, fixed",
            "Paged during the maintenance by the provider, their router failed",
            "The exporter stopped reporting because the disk was full; cleaned it up",
            "Maintenance broke the replica, failed over and rebuilt it",
            "Not real time data, the replica lagged; restarted replication",
            "The site was reachable again after the restart",
            "Wrong config shipped in the release, rolled back",
            "No actual cause found yet, restarted the broker",
            "The load test found a leak, we patched it",
            "Do not ignore this alert again: the disk filled and we cleaned it up",
            "Deleted the table by mistake, restored it from the backup",
            "The deploy shipped the wrong config, rolled back",
            "Bad data in the orders table broke the export, fixed the rows",
            "Ein Test der neuen Version ist fehlgeschlagen, wir haben zurückgerollt",
            "The planned maintenance went wrong and the database did not come back; we restored it",
            "It is loading for me now that I restarted the proxy, but not for the EU users",
    })
    void workOrTroubleNearThoseWordsIsNoMarker(String text) {
        assertThat(markers.findInText(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Alert fired on a test instance that nobody uses. Muting.",
            "Metric was reporting zeros after the agent upgrade; the app itself was healthy.",
            "Alert triggered by our own synthetic traffic",
            "Everything healthy on our end, the monitor was checking the old URL",
            "App is healthy, the alert query had a typo in the label selector",
            "All good, metrics were delayed in ingestion and the rule evaluated partial data",
            "healthy. alert needs tuning",
            "Did not indicate an actual problem",
            "Misfire from the new alert rule we added today",
            "No outage. The status checker timed out on its side.",
            "nothing to see here, test alert from the integration setup",
            "Faulty sensor reading on the PDU, power is fine",
            "It was never down. The uptime monitor's IP got blocked by our WAF.",
            "Alert logic bug, fixed the rule",
            "Unfounded alert - no errors seen by customers or in logs",
            "The alarm is triggered incorrectly when there is no traffic at night",
            "The 'service down' alert came while the host was being reimaged as planned; nothing customer facing "
                    + "runs there.",
            "SSL expiry warning is for the staging certificate that is not served anywhere anymore.",
            "CPU alert on the build agent is expected: it runs the nightly compile at full CPU.",
            "Certificate alert is for a domain we let lapse on purpose after the rebrand; it redirects nowhere.",
            "The 'replica down' page was about a replica that was removed from the cluster on purpose last week.",
            "No longer valid",
    })
    void theAlertsOwnFaultSaidInAnOnCallNoteIsAMarker(String text) {
        assertThat(markers.findInText(text)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Restarted the test instance that ran out of disk, then the prod one",
            "The agent was reporting zeros because the disk was full; cleaned the disk",
            "Metrics were delayed because the database was overloaded; scaled it up",
            "The site was never down but checkout was failing; fixed the payment config",
            "Bad sensor reading led us to the failing fan, replaced it",
            "The alert needs tuning but the disk really was full, cleaned it",
            "Test traffic from the new region found the broken endpoint; fixed the route",
            "Nothing runs there since we moved the jobs, so we deleted the host",
            "The workaround is no longer valid after the upgrade, so we patched the client",
            "The CPU alert on the build agent is expected to fire less after the upgrade; upgraded it",
    })
    void workNearTheAlertsFaultWordsIsNoMarker(String text) {
        assertThat(markers.findInText(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"drill", "flaky-probe", "flaky_check"})
    void drillAndFlakyProbeTagsAreMarkers(String tag) {
        assertThat(markers.findInTag(tag)).isEqualTo(tag);
    }

    @Test
    void evidenceIsTheWholeTextWhenShort() {
        assertThat(markers.findInText("Checked the graphs. False alarm, the probe was down; closing"))
                .isEqualTo("Checked the graphs. False alarm, the probe was down; closing");
    }

    @Test
    void evidenceIsTheClauseThatHoldsTheMarkerWhenTheTextIsLong() {
        String note = "Checked the graphs for the whole cluster and the upstream load balancers over the last day. "
                + "False alarm, the probe itself was down; closing";

        assertThat(markers.findInText(note)).isEqualTo("False alarm");
    }

    @Test
    void longEvidenceIsShortened() {
        String note = "false positive " + "x ".repeat(300);

        assertThat(markers.findInText(note)).hasSize(100).endsWith("…");
    }

    @Test
    void nullAndBlankTextHaveNoMarker() {
        assertThat(markers.findInText(null)).isNull();
        assertThat(markers.findInText("  ")).isNull();
        assertThat(markers.findInTag(null)).isNull();
    }
}
