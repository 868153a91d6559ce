"""Third batch, all `tune` (see ../README.md, "Third batch: tune"): texts pm-172..pm-237 and 40 alerts, written
by a helper session from general knowledge of incident write-ups and alert handling, labelled by hand when
written and committed before the rules were changed against them. Aimed at the failure kinds the second
(holdout) batch exposed, without reading any holdout item: false positives said in plain words, acknowledged
alerts that the integration closed (with and without evidence of work), causes stated beside distractors, and
texts that list hypotheses without a conclusion.

Used by render_alerts.py (alerts) and write_text_labels.py (TEXT_RANGES); not run on its own.
"""

# (first, last, category): six texts per category.
TEXT_RANGES = [
    (172, 177, "DEPLOYED_DEFECT"), (178, 183, "CONFIGURATION"), (184, 189, "CAPACITY_PERFORMANCE"),
    (190, 195, "DEPENDENCY"), (196, 201, "NETWORKING"), (202, 207, "INFRASTRUCTURE_HARDWARE"), (208, 213, "DATA"),
    (214, 219, "SECURITY"), (220, 225, "MONITORING"), (226, 231, "HUMAN_PROCESS"), (232, 237, "UNKNOWN"),
]

PD_SERVICES = {
    "wms-picking": ("Warehouse Systems", "Fulfilment"),
    "payroll-export": ("People Systems Business Hours", "People Tech"),
    "iot-gateway": ("Devices 24x7", "Connected Devices"),
    "video-rooms": ("Realtime Media", "Collaboration"),
}

A, N, F = "ACTIONABLE", "NON_ACTIONABLE", "FALSE_POSITIVE"

NAGIOS, NR, PROM = ("nagios-core", "Nagios"), ("newrelic-prod", "NewRelic"), ("prom-prod", "Prometheus")
UPTIME, GRAF = ("uptime-checks", "Pingdom"), ("grafana-alerts", "Grafana")

INES, KOFI, MEI, RUTH = ("ines.duarte@example.test", "kofi.boateng@example.test", "mei.tanaka@example.test",
                         "ruth.keller@example.test")


def alerts(pd, og, user, svc):
    # ------------------------------------------------------------ PagerDuty #7201-#7220 ----
    # False positives said in plain words.
    pd(7201, "Disk usage > 90% on wms-app-04:/mnt/scratch", "wms-picking", "2025-06-02T02:14", F,
       ack=user("Jonas Berg", 4), res=user("Jonas Berg", 11),
       notes=["Alert was wrong: it counts the scratch tmpfs, which is meant to be full. Nothing was broken."],
       why="note says the alert was wrong and nothing was broken")
    pd(7202, "Payroll export job failed", "payroll-export", "2025-06-03T07:05", F, ack=user("Hana Novak", 12),
       res=user("Hana Novak", 15), urgency="low", notes=["Duplicate of #7199, already being handled there."],
       why="duplicate page of an incident already being worked")
    pd(7203, "Heartbeat missing: iot-gateway eu-2", "iot-gateway", "2025-06-04T04:40", F, res=user("Omar Haddad", 22),
       notes=["Bogus page: the monitoring host's clock was 6 minutes off. Gateways were reporting on time."],
       why="resolved by a person; note: bogus page, monitoring clock off")
    pd(7204, "Video rooms p99 join latency > 800ms", "video-rooms", "2025-06-05T19:30", F,
       ack=user("Lucia Ferraro", 6), res=svc(48),
       notes=["Not a real problem. Threshold too tight since the codec change; p99 is within the SLO. Will retune."],
       why="acked; note says not a real problem, threshold too tight; the integration closed it")
    pd(7205, "Picking queue depth > 5000", "wms-picking", "2025-06-06T22:10", F, ack=user("Jonas Berg", 3),
       res=user("Jonas Berg", 9),
       notes=["Expected during the maintenance window: the stock sync is paused on purpose. Should have been silenced."],
       why="expected during maintenance")
    pd(7206, "Gateway TLS handshake failures > 5%", "iot-gateway", "2025-06-09T13:20", F,
       ack=user("Omar Haddad", 2), res=user("Omar Haddad", 14),
       notes=["The alert fired in error - the check still points at the decommissioned gateway. No devices affected."],
       why="alert fired in error, check pointed at a decommissioned host")
    # Acknowledged, then closed by the integration: with and without evidence of work.
    pd(7207, "wms-db replication lag > 60s", "wms-picking", "2025-06-10T03:05", N, ack=user("Jonas Berg", 5),
       res=svc(34), why="acked, watched it, cleared by itself after 34 min; no notes, no escalation")
    pd(7208, "Video rooms SFU CPU > 85%", "video-rooms", "2025-06-11T10:42", N, ack=user("Lucia Ferraro", 3),
       res=svc(22), urgency="low", why="acked, self-cleared after 22 min, no work on record")
    pd(7209, "iot-gateway MQTT connections dropped by 30%", "iot-gateway", "2025-06-12T01:50", A,
       ack=user("Omar Haddad", 6), res=svc(41),
       notes=["Restarted the broker pods in zone b; the integration closed it once connections recovered."],
       why="acked, mitigated by hand, integration closed it")
    pd(7210, "Payroll export latency > 30 min", "payroll-export", "2025-06-12T08:15", A, ack=user("Hana Novak", 9),
       res=svc(95), urgency="low", escalations=1, why="acked and escalated to the database team, then auto-resolved")
    pd(7211, "wms-picking 5xx rate > 2%", "wms-picking", "2025-06-13T16:02", N, ack=user("Jonas Berg", 2),
       res=svc(7), why="acked, cleared by itself in 7 min")
    pd(7212, "Video rooms TURN relay packet loss > 3%", "video-rooms", "2025-06-14T21:30", N,
       ack=user("Lucia Ferraro", 8), res=user("Lucia Ferraro", 30),
       notes=["Recovered on its own before I got to it. No action taken."],
       why="acked and resolved by a person whose note says nothing was done")
    pd(7213, "iot-gateway firmware download errors", "iot-gateway", "2025-06-16T11:11", A,
       ack=user("Omar Haddad", 4), res=svc(63),
       notes=["Was not a problem with the CDN; the signed URLs expired early. Re-issued them with a longer TTL."],
       why="work in a note that mentions 'not a problem with' (incidental, not a verdict)")
    # People fixing things with or without acknowledging.
    pd(7214, "Picking robots offline > 10", "wms-picking", "2025-06-17T06:20", A, res=user("Jonas Berg", 4),
       why="a person resolved it in 4 minutes without acknowledging or writing a note (power-cycled the AP)")
    pd(7215, "Payroll export: bank file rejected", "payroll-export", "2025-06-18T09:40", A,
       ack=user("Hana Novak", 5), res=user("Hana Novak", 70),
       notes=["Checked whether it was a false alarm - it was not. Fixed the IBAN format and re-sent the file."],
       why="note asks whether it was a false alarm and says it was not; real work")
    pd(7216, "iot-gateway cert expiry < 7 days", "iot-gateway", "2025-06-19T10:00", A, ack=user("Omar Haddad", 30),
       res=user("Omar Haddad", 55), urgency="low", why="acked and resolved by a person (renewed the certificate)")
    # Nobody touched it.
    pd(7217, "wms-app-02 load average > 16", "wms-picking", "2025-06-20T02:02", N, res=svc(3),
       why="auto-resolved in 3 min")
    pd(7218, "Video rooms recording upload backlog", "video-rooms", "2025-06-21T04:10", N, res=svc(46),
       urgency="low", why="auto-resolved after 46 min, nobody acknowledged")
    pd(7219, "Payroll export heartbeat late", "payroll-export", "2025-06-23T05:30", N, res=svc(18), escalations=2,
       why="escalated because nobody acknowledged; the integration closed it; nobody worked on it")
    pd(7220, "iot-gateway ingest lag > 120s", "iot-gateway", "2025-06-24T14:45", A, ack=user("Omar Haddad", 3),
       res=user("Omar Haddad", 26),
       notes=["Threshold is fine, the lag was real: a consumer was stuck on a rebalance. Restarted it."],
       why="note mentions the threshold but says the alert was right; real work")

    # ------------------------------------------------------------ Opsgenie tinyId 3301-3320 ----
    og(3301, "Website down: synthetic check eu-west", *UPTIME, "2025-06-02T23:40", F, ack=(INES, 5), close=(INES, 9),
       priority="P2", notes=["Probe misconfigured after the URL change. Site was up the whole time."],
       why="probe misconfigured, site up")
    og(3302, "High error rate on /health", *NR, "2025-06-03T14:10", F, close=(KOFI, 25),
       notes=["Nothing wrong with the service - the errors come from a scanner hitting a retired endpoint."],
       why="closed by a person; note says nothing wrong")
    og(3303, "CPU > 95% on build-agent-17", *NAGIOS, "2025-06-04T10:30", F, ack=(MEI, 3), close=(MEI, 6),
       priority="P4", notes=["Works as intended, build agents are supposed to run hot. This should not page."],
       why="works as intended, should not page")
    og(3304, "Replication lag > 30s on orders-replica-2", *PROM, "2025-06-05T01:00", F, ack=(RUTH, 4),
       close=("prom-prod", 52), notes=["Expected during maintenance, replica is being rebuilt."],
       why="expected during maintenance; the integration closed it")
    og(3305, "Disk latency > 50ms on db-7", *GRAF, "2025-06-06T09:12", F, ack=(KOFI, 2), close=(KOFI, 8),
       notes=["No issue found, the check itself is broken (reads the wrong device)."],
       why="the check itself is broken")
    og(3306, "Queue consumer lag > 10k: invoices", *PROM, "2025-06-06T15:20", F, ack=(MEI, 6), close=("System", 35),
       notes=["Spurious alert, metrics gap from the exporter restart."],
       why="spurious alert; closed by System")
    # Acknowledged, then closed by the integration or System.
    og(3307, "Memory > 90% on cache-3", *NAGIOS, "2025-06-07T03:33", N, ack=(RUTH, 6), close=("nagios-core", 27),
       why="acked, then the check recovered by itself after 27 min; no notes")
    og(3308, "HTTP 5xx > 1% on storefront", *NR, "2025-06-08T20:05", N, ack=(INES, 2), close=("newrelic-prod", 19),
       priority="P2", why="acked, cleared by itself after 19 min")
    og(3309, "Kafka under-replicated partitions > 0", *PROM, "2025-06-09T04:50", N, ack=(KOFI, 10),
       close=("System", 130), why="acked, closed by System after two hours, no work on record")
    og(3310, "Order API p95 > 1s", *GRAF, "2025-06-10T12:00", N, ack=(MEI, 4), close=("grafana-alerts", 16),
       notes=["Watched it for a while, cleared by itself. Nothing to do."],
       why="acked; note says it cleared by itself and nothing was done")
    og(3311, "Payments worker restarts > 3 in 10m", *PROM, "2025-06-11T02:25", A, ack=(RUTH, 3),
       close=("prom-prod", 38), priority="P2",
       notes=["Rolled back payments-worker to the previous image; the alert closed itself once restarts stopped."],
       why="acked, rolled back by hand, integration closed it")
    og(3312, "Search cluster status yellow", *GRAF, "2025-06-12T18:40", A, ack=(KOFI, 5), close=("grafana-alerts", 44),
       escalations=1, notes=["Reallocated the unassigned shards and asked the search team to look at the node."],
       why="acked, escalated, work in note, integration closed it")
    # Incidental words that are not a verdict.
    og(3313, "DB connections > 80% on orders-db", *PROM, "2025-06-13T11:05", A, ack=(INES, 3), close=(INES, 21),
       notes=["Not a problem with the DB itself: the cache was cold after the flush. Warmed it manually."],
       why="'not a problem with the DB' is about where the cause was, not a verdict; real work")
    og(3314, "Nightly export job failed", *NAGIOS, "2025-06-14T06:00", A, ack=(MEI, 20), close=(MEI, 35),
       notes=["No issue with the alert, the job really failed on a full disk. Cleaned up and re-ran it."],
       why="'no issue with the alert' is not a verdict on the alert being wrong; real work")
    # People fixing things.
    og(3315, "Checkout error budget burn rate > 10x", *NR, "2025-06-15T17:50", A, ack=(INES, 1), close=(INES, 32),
       priority="P1", notes=["Disabled the new promo banner flag, errors back to normal."],
       why="fixed by a person")
    og(3316, "TLS certificate expires in 5 days: api.example.test", *UPTIME, "2025-06-16T09:00", A,
       close=(RUTH, 180), priority="P4", notes=["Renewed and deployed the certificate."],
       why="no ack, closed by a person after work written in a note")
    # Nobody touched it.
    og(3317, "Ping loss > 20% to branch-office-3", *NAGIOS, "2025-06-17T13:13", N, close=("nagios-core", 4),
       priority="P4", why="auto-closed in 4 min")
    og(3318, "Disk usage > 80% on logs-1", *PROM, "2025-06-18T22:22", N, close=("prom-prod", 55), priority="P4",
       why="auto-closed after 55 min after log rotation, nobody acked")
    og(3319, "Homepage Apdex < 0.8", *NR, "2025-06-19T08:08", N, close=("newrelic-prod", 6),
       why="auto-closed in 6 min")
    og(3320, "API gateway 429 rate > 5%", *GRAF, "2025-06-20T16:16", N, ack=(KOFI, 4), close=("grafana-alerts", 9),
       why="acked, cleared by itself within the transient window")
