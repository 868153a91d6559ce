"""Second holdout batch (see ../README.md, "Second holdout batch"): texts pm-106..pm-171 and 60 alerts, written
by a helper session that had not read the classifiers or their rules. Every item here is `holdout`; nothing was
tuned on them. Labels are hand-written per item, as in the first batch; nothing is computed from the fields.

Used by render_alerts.py (ALERTS) and write_text_labels.py (TEXT_RANGES); not run on its own.
"""

# (first, last, category): the texts were written in blocks of six per category.
TEXT_RANGES = [
    (106, 111, "DEPLOYED_DEFECT"), (112, 117, "CONFIGURATION"), (118, 123, "CAPACITY_PERFORMANCE"),
    (124, 129, "DEPENDENCY"), (130, 135, "NETWORKING"), (136, 141, "INFRASTRUCTURE_HARDWARE"), (142, 147, "DATA"),
    (148, 153, "SECURITY"), (154, 159, "MONITORING"), (160, 165, "HUMAN_PROCESS"), (166, 171, "UNKNOWN"),
]

PD_SERVICES = {
    "fleet-telematics": ("Fleet On-call", "Logistics Platform"),
    "claims-batch": ("Mainframe Operations", "Insurance Core"),
    "mobile-bff": ("Mobile Backend 24x7", "Mobile"),
    "data-ingest": ("Data Platform", "Data Engineering"),
    "search-api": ("Search On-call", "Discovery"),
}

PROM, DD, CW, GRAF, HB = ("prom-prod", "Prometheus"), ("dd-main", "Datadog"), ("aws-cw", "CloudWatch"), \
    ("grafana-alerts", "Grafana"), ("cron-heartbeats", "Heartbeat")
ZBX, AZ = ("zabbix-dc1", "Zabbix"), ("azmon-prod", "AzureMonitor")

A, N, F = "ACTIONABLE", "NON_ACTIONABLE", "FALSE_POSITIVE"

TARIQ, SOFIE, LENA, MATEO = ("tariq.hassan@example.test", "sofie.jansen@example.test", "lena.vogt@example.test",
                             "mateo.rossi@example.test")


def alerts(pd, og, user, svc):
    """Adds the batch's scenarios through render_alerts.py's pd()/og() (same shapes as the first batch)."""
    # ------------------------------------------------------------ PagerDuty ----
    pd(7101, "fleet-telematics: GPS ingest lag > 10 min", "fleet-telematics", "2025-05-05T06:40", A,
       ack=user("Hana Kobayashi", 4), res=user("Hana Kobayashi", 58),
       notes=["MQTT bridge stuck after the broker cert rotation; restarted the bridge and pointed it at the new CA bundle."],
       why="diagnosed and fixed by hand")
    pd(7102, "fleet-telematics: device heartbeat missing for > 5% of trucks", "fleet-telematics", "2025-05-05T22:15", N,
       res=svc(7), urgency="low", why="regional cell network blip, devices reconnected; nobody touched it")
    pd(7103, "claims-batch: job CLMP400 abended S0C7", "claims-batch", "2025-05-06T00:52", A,
       ack=user("Pedro Alves", 9), res=user("Pedro Alves", 260), priority="P2", escalations=1,
       notes=["Bad packed amount in one intake record; moved it to suspense with business approval, restarted from PAY020.",
              "Payment file at the bank 06:58."],
       why="manual restart of a batch")
    pd(7104, "claims-batch: job PRNW0200 elapsed time > 2h", "claims-batch", "2025-05-07T02:30", N,
       ack=user("Pedro Alves", 15), res=user("Pedro Alves", 95),
       notes=["Watched it, large renewal volume this month, job finished normally at 04:05. Nothing to do."],
       why="acked and resolved by a person, but the note says nothing was done: the job finished normally (hard case)")
    pd(7105, "mobile-bff 5xx rate > 2%", "mobile-bff", "2025-05-08T18:21", A, ack=user("Chloe Martin", 2),
       res=user("Chloe Martin", 31), priority="P2",
       notes=["Push token endpoint failing after the 2.19.0 deploy; rolled back to 2.18.4."], why="rollback")
    pd(7106, "mobile-bff p99 latency > 1500ms", "mobile-bff", "2025-05-08T20:02", N, res=svc(5), urgency="low",
       why="short spike, cleared by itself")
    pd(7107, "mobile-bff p99 latency > 1500ms", "mobile-bff", "2025-05-10T20:10", N, res=svc(6), urgency="low",
       why="evening peak, cleared by itself")
    pd(7108, "data-ingest: Airflow DAG orders_daily failed", "data-ingest", "2025-05-09T04:10", A,
       ack=user("Ravi Shankar", 35), res=user("Ravi Shankar", 140), urgency="low",
       notes=["Source export landed late; cleared the task and re-triggered once the file arrived."],
       why="manual re-run")
    pd(7109, "data-ingest: landing bucket object count below expected", "data-ingest", "2025-05-11T05:00", F,
       ack=user("Ravi Shankar", 20), res=user("Ravi Shankar", 26), urgency="low",
       notes=["Sunday - the partner never sends files on Sundays. The check has no weekday calendar; DATA-812 to fix the check."],
       why="the check was wrong (no files are expected on Sundays), said in words without a marker (hard case)")
    pd(7110, "search-api: index refresh failing on cluster srch-eu", "search-api", "2025-05-12T09:33", A,
       ack=user("Elif Demir", 3), res=user("Elif Demir", 47), escalations=1,
       notes=["Indices read-only after the flood-stage disk watermark; freed space and removed the read-only block."],
       why="manual fix")
    pd(7111, "search-api: query error rate > 1%", "search-api", "2025-05-12T13:10", N, res=svc(4),
       why="transient, recovered")
    for number, at, node, minutes in [(7112, "2025-05-13T01:15", 3, 18), (7113, "2025-05-13T07:40", 7, 22),
                                      (7114, "2025-05-13T15:05", 11, 15)]:
        pd(number, "search-api: shard relocation taking > 30 min on node srch-eu-data-%d" % node, "search-api", at, N,
           res=svc(minutes), urgency="low", repeated=True,
           why="rebalancing after a node was added, finished by itself; same template on three nodes in a day")
    for number, minute in [(7115, 2), (7116, 14), (7117, 27), (7118, 41)]:
        pd(number, "fleet-telematics: MQTT broker mq-2 connection count dropped to 0", "fleet-telematics",
           "2025-05-14T03:%02d" % minute, N, res=svc(3), repeated=True, flapping=True,
           why="broker metric scrape flapping, cleared each time in 3 min; nobody acted")
    pd(7119, "claims-batch: DASD volume PRD047 I/O errors", "claims-batch", "2025-05-15T01:50", A,
       ack=user("Pedro Alves", 6), res=user("Pedro Alves", 170), priority="P1", escalations=2,
       notes=["Device adapter failed; storage moved the paths to the alternate adapter at 02:31. Vendor engineer on site 09:00.",
              "Restarted PRNW0200 from RNW030."],
       why="hardware incident handled by hand")
    pd(7120, "mobile-bff: APNs push failures > 500/min", "mobile-bff", "2025-05-16T11:11", A,
       res=user("Chloe Martin", 6),
       why="resolved by a person in 6 min after renewing the push credential; no ack and no note on record (hard case)")
    pd(7121, "data-ingest: Kafka connector jdbc-sink-orders task FAILED", "data-ingest", "2025-05-17T08:20", A,
       ack=user("Ravi Shankar", 11), res=svc(25),
       notes=["Restarted the failed task through the Connect REST API; it had lost its DB connection during the maintenance failover."],
       why="a person restarted the task (note), then the integration resolved it (hard case)")
    pd(7122, "search-api: synthetic query 'red shoes' returned 0 results", "search-api", "2025-05-18T10:00", F,
       ack=user("Elif Demir", 5), res=user("Elif Demir", 12),
       notes=["Merchandising removed that category on Friday, so the synthetic's expected results are outdated. Search works; switched the check to a stable query."],
       why="the check's expectation was wrong; no marker words (hard case)")
    pd(7123, "fleet-telematics: ingest pods CPU > 90%", "fleet-telematics", "2025-05-19T12:30", N,
       ack=user("Hana Kobayashi", 3), res=svc(28), urgency="low",
       why="acked and watched; the lunchtime peak passed by itself, nothing done (hard case)")
    pd(7124, "claims-batch: job stream POST0100 not started by 23:30", "claims-batch", "2025-05-20T23:30", F,
       res=user("Pedro Alves", 45), urgency="low",
       notes=["Stream is held on purpose for the public holiday; the monitor does not read the scheduler calendar. False alarm."],
       why="false alarm in a note")
    pd(7125, "mobile-bff: certificate for api.app.example.test expires in 7 days", "mobile-bff", "2025-05-21T08:00", A,
       ack=user("Chloe Martin", 120), res=user("Chloe Martin", 300), urgency="low", priority="P4",
       notes=["Renewed; backup pin added to the app config."], why="renewal")
    pd(7126, "data-ingest: duplicate order_id detected in fct_orders", "data-ingest", "2025-05-22T06:15", A,
       ack=user("Ravi Shankar", 14), res=user("Ravi Shankar", 190), priority="P3",
       notes=["Source re-published events with new ids; rebuilt partitions 1-19 from raw and re-ran downstream models."],
       why="manual rebuild")
    pd(7127, "search-api: JVM old gen > 90% on srch-eu-data-2", "search-api", "2025-05-23T14:44", N, res=svc(9),
       urgency="low", why="GC caught up, cleared")
    pd(7128, "fleet-telematics: geofence evaluation latency high", "fleet-telematics", "2025-05-24T17:17", F,
       ack=user("Hana Kobayashi", 7), res=user("Hana Kobayashi", 10),
       notes=["#falsepositive - shadow load test traffic was labelled as prod"], why="hashtag false positive")

    # ------------------------------------------------------------- Opsgenie ----
    og(3201, "[FIRING:1] KubeNodeNotReady aks-pool2-vmss000004", *PROM, "2025-05-05T03:33", A, ack=(TARIQ, 5),
       close=(TARIQ, 48), tags=["prod", "k8s"], notes=["Node kernel hung (hung_task); cordoned, drained and reimaged."],
       why="manual reimage")
    og(3202, "Zabbix: Free disk space is less than 10% on /data (db-rep-02)", *ZBX, "2025-05-05T23:41", A,
       ack=(SOFIE, 3), close=(SOFIE, 70), priority="P2",
       notes=["Reporting tables grew; purged old binlogs and extended the volume by 500G."], why="manual")
    og(3203, "Zabbix: Zabbix agent on web-11 is unreachable for 5 minutes", *ZBX, "2025-05-06T10:10", N,
       close=("zabbix-dc1", 6), why="agent restarted by patching, came back")
    og(3204, "Azure Monitor: storage account stprodlogs availability < 99%", *AZ, "2025-05-06T14:00", N,
       close=("azmon-prod", 25), why="platform blip, recovered by itself")
    og(3205, "Datadog monitor: payments-api error rate > 3%", *DD, "2025-05-07T19:02", A, ack=(TARIQ, 2),
       close=(TARIQ, 40), priority="P1", escalations=1, tags=["incident"],
       notes=["Acquirer gateway answering in 20-45 s; switched card traffic to the secondary provider."],
       why="mitigated a provider outage by switching provider")
    og(3206, "Heartbeat expired: customer-export", *HB, "2025-05-08T01:00", F, close=("cron-heartbeats", 2),
       notes=["Same as every night since the clock change: the job is fine, the monitor's window is in UTC. OBS-77."],
       why="closed by the heartbeat itself 2 min later, but the note says the monitor window is wrong (hard case)")
    og(3207, "Heartbeat expired: customer-export", *HB, "2025-05-09T01:01", F, close=("cron-heartbeats", 2),
       tags=["noise"], why="tagged noise; same wrong monitor window")
    og(3208, "CloudWatch alarm: SQS orders-dlq ApproximateNumberOfMessagesVisible > 0", *CW, "2025-05-09T09:15", A,
       ack=(SOFIE, 12), close=(SOFIE, 55),
       notes=["3 messages with a malformed currency code from the new partner; corrected them and redrove to the main queue."],
       why="manual redrive")
    og(3209, "[FIRING:1] KubePodCrashLooping search/search-frontend-6f7d", *PROM, "2025-05-10T16:20", A,
       ack=(TARIQ, 4), close=(TARIQ, 38),
       notes=["Liveness probe kills pods before the synonym dictionary loads on the new node pool; added a startupProbe."],
       why="manual fix")
    og(3210, "Grafana alert: orders created == 0 for 15m", *GRAF, "2025-05-11T11:05", F, ack=(LENA, 3),
       close=(LENA, 35), priority="P1",
       notes=["Orders are flowing fine; the exporter upgrade renamed the counter and the rule still queries the old name. Rule updated."],
       why="alert wrong after a metric rename; no marker words (hard case)")
    og(3211, "Datadog monitor: checkout-web RUM error rate > 5%", *DD, "2025-05-12T20:45", N, close=("dd-main", 8),
       why="spike of browser-extension errors, cleared")
    og(3212, "CloudWatch alarm: Lambda report-builder Duration p99 > 60s", *CW, "2025-05-13T06:05", N,
       ack=(SOFIE, 10), close=("aws-cw", 16), why="acked; cold starts after a deploy warmed up, nothing done")
    og(3213, "Azure Monitor: VM vm-erp-app-03 CPU > 95% for 15 min", *AZ, "2025-05-13T12:40", A,
       close=(MATEO, 7),
       why="closed by a person in 7 min after killing a stuck report session; no ack, no note (hard case)")
    for tiny, minute in [(3214, 2), (3215, 13), (3216, 24), (3217, 38), (3218, 51)]:
        og(tiny, "Zabbix: Interface eth1 down on sw-branch-14", *ZBX, "2025-05-14T08:%02d" % minute, N,
           close=("zabbix-dc1", 3), repeated=True, flapping=True,
           why="branch link flapping during the carrier's announced maintenance; cleared each time, nobody acted")
    og(3219, "Datadog monitor: Kafka consumer lag points-consumer > 500k", *DD, "2025-05-15T09:10", A,
       ack=(LENA, 4), close=(LENA, 95), priority="P2", escalations=1,
       notes=["Consumer jumped to latest after its offsets expired; reset offsets to the pause time and reprocessed."],
       why="manual offset reset")
    og(3220, "[FIRING:1] BlackboxProbeFailed https://www.example-shop.test (probe fra)", *PROM, "2025-05-16T09:12", F,
       ack=(TARIQ, 2), close=(TARIQ, 15), tags=["synthetic", "false-positive"],
       why="tagged false-positive (probe location lost DNS)")
    og(3221, "Grafana alert: login success rate < 95%", *GRAF, "2025-05-17T21:05", A, ack=(LENA, 6),
       close=(LENA, 150), priority="P1", escalations=2, tags=["security", "incident"],
       notes=["Credential stuffing from residential proxies; bot challenge enabled on /login, unlocking real accounts tomorrow."],
       why="attack mitigated by hand")
    og(3222, "Datadog monitor: disk usage > 80% on kafka-broker-4", *DD, "2025-05-18T02:00", F,
       close=(LENA, 240), count=5,
       notes=["Brokers are sized to run at 85% and retention runs at 02:00. The 80% threshold is wrong for 16 TB disks; replacing it with a forecast monitor."],
       why="de-duplicated 5 times; the threshold is wrong, said in words (hard case)")
    og(3223, "CloudWatch alarm: RDS claims-db FreeableMemory < 500MB", *CW, "2025-05-19T03:30", N,
       close=("aws-cw", 11), why="nightly vacuum, recovered")
    og(3224, "Heartbeat expired: nightly-settlement", *HB, "2025-05-19T05:00", A, ack=(MATEO, 8), close=(MATEO, 130),
       priority="P2",
       notes=["Settlement file rejected by the clearing house: wrong holiday calendar on the job stream. Fixed the calendar and re-ran."],
       why="manual")
    og(3225, "[FIRING:1] KubeHpaMaxedOut shop/availability", *PROM, "2025-05-20T19:58", A, ack=(TARIQ, 2),
       close=(TARIQ, 45), notes=["TV campaign; scaled the node pool and raised HPA max to 40."], why="manual scale-out")
    og(3226, "Datadog monitor: SMS delivery receipt rate < 80%", *DD, "2025-05-21T08:25", A, ack=(LENA, 5),
       close=("dd-main", 100), escalations=1,
       notes=["Aggregator not delivering to two carriers; enabled the fallback provider for their number ranges at 09:15."],
       why="mitigated by a person (notes), auto-closed later (hard case)")
    og(3227, "Azure Monitor: App Gateway backend health < 100% (pool erp-web)", *AZ, "2025-05-22T07:30", N,
       ack=(MATEO, 4), close=("azmon-prod", 30),
       notes=["Looked at it: one backend was patching per the schedule and came back on its own. No action."],
       why="acked and noted, but nothing was done; auto-closed (hard case)")
    og(3228, "Grafana alert: payments-api throughput == 0", *GRAF, "2025-05-22T19:42", F, ack=(TARIQ, 6),
       close=(TARIQ, 45), priority="P1",
       notes=["Throughput was normal all along; the agent stopped reporting (clock skew) and the rule treats no data as zero. Observability is changing the rule."],
       why="telemetry gap read as an outage; said in words (hard case)")
    og(3229, "Datadog monitor: checkout-web RUM error rate > 5%", *DD, "2025-05-24T13:00", N, close=("dd-main", 5),
       why="transient")
    og(3230, "Zabbix: High number of TCP resets from erp-app-01", *ZBX, "2025-05-25T07:55", A, ack=(SOFIE, 9),
       close=(SOFIE, 60),
       notes=["Firewall drops idle sessions after 60 min; network team raised the idle timeout on the ERP rule, keepalive enabled."],
       why="manual fix with the network team")
    og(3231, "CloudWatch alarm: Billing EstimatedCharges > 5000 USD", *CW, "2025-05-25T09:10", A, ack=(TARIQ, 6),
       close=(TARIQ, 50), priority="P1", tags=["security"],
       notes=["Leaked CI key used to launch GPU miners in unused regions; key disabled, instances terminated."],
       why="security response")
    og(3232, "Datadog monitor: payments-api error rate > 3%", *DD, "2025-05-26T10:00", N, ack=(LENA, 1),
       close=("dd-main", 4), why="acked, cleared by itself in 4 min")
