"""Fourth alert batch, all `holdout` (see ../README.md, "Fourth alert batch: holdout"): 64 alerts, PagerDuty
#7301-#7332 and Opsgenie tinyId 3401-3432, dated 1-30 July 2025. Written on 2026-11-26 by a helper session of the
project (an AI coding agent started by the lead session) that did not open anything in `analytics/` or `app/` (no
classifier, no rule file, no tests), did not run the classifier, the evaluation or any test, and read no holdout
alert scenario beyond what the format needed. Every scenario was written by hand from general knowledge of how
on-call teams handle pages and how the vendors record it, and labelled by hand when written from what the
scenario says happened (its `why`); nothing is computed from the fields. Nobody tunes on these.

Used by render_alerts.py (alerts); not run on its own. No texts.
"""

PD_SERVICES = {
    "pos-sync": ("Retail Stores On-call", "Store Systems"),
    "ehr-interface": ("Clinical Integrations", "Health Records"),
    "ticketing-api": ("Live Events 24x7", "Ticketing"),
    "sms-gateway": ("Messaging On-call", "Notifications"),
    "tile-renderer": ("Maps Platform", "Geo"),
    "edi-hub": ("Supply Chain Business Hours", "Supply Chain"),
}

A, N, F = "ACTIONABLE", "NON_ACTIONABLE", "FALSE_POSITIVE"

ICINGA, SENTRY, SPLUNK = ("icinga-dc2", "Icinga2"), ("sentry-prod", "Sentry"), ("splunk-es", "Splunk")
DYNA, GCP, API = ("dynatrace-saas", "Dynatrace"), ("gcp-monitoring", "GoogleStackdriver"), ("Default API", "API")

FARAH, BJORN, THANDI = "farah.qureshi@example.test", "bjorn.eriksen@example.test", "thandiwe.nkosi@example.test"
DIEGO, AKIRA, OLGA = "diego.ramos@example.test", "akira.mori@example.test", "olga.petrenko@example.test"


def alerts(pd, og, user, svc):
    """Adds the batch's scenarios through render_alerts.py's pd()/og() (same shapes as the earlier batches)."""
    # ------------------------------------------------------------ PagerDuty #7301-#7332 ----
    pd(7301, "POS store sync backlog > 500 txns at store 0412", "pos-sync", "2025-07-01T09:20", A,
       ack=user("Marta Lindqvist", 6), res=user("Marta Lindqvist", 41), priority="P3",
       notes=["Store agent stuck after the 4.12 client update. Restarted the agent remotely via MDM, backlog drained "
              "by 10:00."],
       why="acked, restarted the store agent by hand, resolved by her")
    pd(7302, "HL7 ADT feed: no messages from lab LIS in 30 min", "ehr-interface", "2025-07-01T23:40", A,
       ack=user("Chidi Okoro", 9), res=user("Chidi Okoro", 74), escalations=1,
       notes=["LIS vendor restarted their outbound engine at my request (their ticket LAB-5531). Replayed the 212 "
              "queued ADT messages and spot-checked the last five in the EHR."],
       why="night page; escalated to the vendor, replayed the queued messages by hand")
    pd(7303, "Seat map API p95 > 1500ms", "ticketing-api", "2025-07-02T19:05", N, res=svc(5),
       why="auto-resolved in 5 min, nobody acknowledged")
    pd(7304, "SMS delivery receipts failing for carrier route UK-2", "sms-gateway", "2025-07-02T11:30", N,
       ack=user("Pedro Alves", 4), res=user("Pedro Alves", 38),
       notes=["carrier side, see their status page https://status.carrier-uk2.example/incidents/8812 . nothing we "
              "can do from here, traffic was already rerouted automatically and receipts are back since 12:05. "
              "closing"],
       why="hard case: acked and resolved by a person, but the note says nothing was done (carrier outage, "
           "automatic reroute); nothing needed doing")
    pd(7305, "Tile render queue age > 20 min (zoom 14-16)", "tile-renderer", "2025-07-03T02:10", N,
       ack=user("Yuki Sato", 12), res=svc(47),
       why="hard case: acked at night, nobody did anything, the queue drained and the integration resolved it "
           "after 47 min; no notes, no escalation")
    pd(7306, "EDI 856 ASN batch rejected by partner NORDMART", "edi-hub", "2025-07-03T10:15", A,
       ack=user("Graham Whitfield", 20), res=user("Graham Whitfield", 95), urgency="low",
       notes=["Partner changed the qualifier on the SSCC segment. Mapped it in the translator, resent the batch, "
              "997 accepted."],
       why="re-mapped a segment and resent the batch")
    pd(7307, "Card terminal auth timeouts > 2% (region north)", "pos-sync", "2025-07-03T17:45", F,
       ack=user("Marta Lindqvist", 3), res=user("Marta Lindqvist", 12),
       notes=["It is counting the training terminals at the academy store, they are not real tills and have no "
              "network most of the day. Real stores are fine. Will exclude that store group from the monitor."],
       why="hard case: the alert counted training terminals; nothing was broken; said without any marker word")
    pd(7308, "Checkout 5xx > 3% (onsale event 88214)", "ticketing-api", "2025-07-04T10:00", A,
       ack=user("Aylin Demir", 1), res=user("Aylin Demir", 27), priority="P1", escalations=1,
       notes=["Waiting room was not switched on for this onsale. Enabled it 10:04, 5xx under 0.5% by 10:12.",
              "Post-incident review: PIR-77"],
       why="major onsale outage, mitigated by hand, review opened")
    pd(7309, "HL7 ORU result ACK latency > 60s", "ehr-interface", "2025-07-05T06:30", N, res=svc(8),
       why="weekend morning, auto-resolved in 8 min, nobody acknowledged")
    pd(7310, "OTP send rate dropped 40% vs last week", "sms-gateway", "2025-07-05T14:20", F,
       ack=user("Pedro Alves", 15), res=user("Pedro Alves", 22),
       notes=["is saturday and very hot, peoples are outside. Compared with last saturday same hour the sends are "
              "normal, the baseline of this monitor use weekdays. Monitor need seasonality -> OBS-310"],
       why="hard case: the baseline was wrong (weekday baseline on a Saturday), sends were normal; non-native "
           "English, no marker word")
    pd(7311, "Node tile-render-07 disk /var/cache/tiles 95%", "tile-renderer", "2025-07-06T21:10", A,
       res=user("Yuki Sato", 6),
       why="hard case: a person resolved it 6 min after it fired without acknowledging or writing a note (she "
           "purged the old tile cache by hand)")
    pd(7312, "AS2 connection to partner HALVERSEN failing (TLS)", "edi-hub", "2025-07-07T08:50", A,
       ack=user("Graham Whitfield", 5), res=user("Graham Whitfield", 210), urgency="low",
       notes=["partner rotated their AS2 cert without telling anyone",
              "imported the new cert from their mail, sent a test message, MDN OK"],
       why="imported a new partner certificate; 'test' in the note is the check after the fix, not a verdict")
    pd(7313, "Loyalty points API error rate > 5%", "pos-sync", "2025-07-07T13:35", N, ack=svc(1), res=svc(9),
       why="hard case: acknowledged by the integration itself (not a person) and resolved by it after 9 min; "
           "nobody touched it")
    pd(7314, "Redis session cluster failover detected", "ticketing-api", "2025-07-08T03:15", N,
       ack=user("Aylin Demir", 7), res=user("Aylin Demir", 12),
       notes=["sentinel did the failover on its own, replica promoted fine. Checked app errors - none. no action "
              "needed"],
       why="acked and resolved by a person whose note says the failover was automatic and nothing was needed")
    pd(7315, "Interface engine heap > 90% (mirth-prod-2)", "ehr-interface", "2025-07-08T14:05", A,
       ack=user("Chidi Okoro", 3), res=svc(36),
       notes=["Bumped heap to 6g and restarted the channels one at a time. Alert cleared itself after."],
       why="hard case: acked, work in the note, then the integration resolved it")
    pd(7316, "SMPP bind lost to aggregator ROUTEMOBILE-X", "sms-gateway", "2025-07-09T01:40", N, res=svc(3),
       why="night, rebound by itself, auto-resolved in 3 min")
    # Repeat group: same template at three stores within 24 h.
    pd(7317, "POS store sync backlog > 500 txns at store 0877", "pos-sync", "2025-07-09T10:05", N, res=svc(9),
       repeated=True, why="repeat group (3 stores in a day); this one drained by itself in 9 min")
    pd(7318, "POS store sync backlog > 500 txns at store 1093", "pos-sync", "2025-07-09T15:30", A,
       ack=user("Marta Lindqvist", 4), res=user("Marta Lindqvist", 33), repeated=True,
       notes=["Same agent bug as #7301, restarted the agent. Asked the vendor for a fixed build (VEND-4471)."],
       why="repeat group; this one needed a manual agent restart")
    pd(7319, "POS store sync backlog > 500 txns at store 0236", "pos-sync", "2025-07-09T20:50", N, res=svc(14),
       repeated=True, why="repeat group; drained by itself after 14 min, nobody acknowledged")
    pd(7320, "Tile CDN origin 5xx > 1%", "tile-renderer", "2025-07-10T16:20", F,
       ack=user("Yuki Sato", 4), res=user("Yuki Sato", 9),
       notes=["Origin was fine. The 5xx are the 503s of the planned origin swap Viktor announced in #geo-ops "
              "(CHG-6120); the silence had been set on the wrong origin id."],
       why="hard case: the page came from a planned change whose silence missed; nothing was broken")
    pd(7321, "EDI inbound 850 volume zero for 2h", "edi-hub", "2025-07-11T12:00", F, res=user("Graham Whitfield", 30),
       urgency="low",
       notes=["Partner plant is closed for their summer shutdown (their mail of 20 June). Nothing wrong on either "
              "side."],
       why="hard case: no orders because the partner was closed; nothing was broken; resolved by a person "
           "without acknowledging")
    pd(7322, "Payment provider webhook signature failures > 20", "ticketing-api", "2025-07-11T22:30", A,
       ack=user("Aylin Demir", 11), res=user("Aylin Demir", 64), priority="P2",
       notes=["Not a false alarm - provider rotated the signing secret early. Put the new secret in Vault and "
              "redeployed webhook-receiver.",
              "Replayed the failed webhooks from their console."],
       why="hard case: the note names 'false alarm' only to deny it; real work")
    pd(7323, "Interface engine heap > 90% (mirth-prod-1)", "ehr-interface", "2025-07-12T04:10", N, res=svc(6),
       why="GC caught up, auto-resolved in 6 min, nobody acknowledged")
    pd(7324, "Outbound SMS cost per hour > $400", "sms-gateway", "2025-07-13T03:25", A,
       ack=user("Pedro Alves", 8), res=user("Pedro Alves", 55), priority="P2", escalations=1,
       notes=["SMS pumping on signup OTP to +882 numbers. Blocked the prefix range and turned on captcha for "
              "signup. Fraud ticket SEC-1182."],
       why="Sunday night fraud, blocked by hand")
    pd(7325, "Vector tile build job exceeded 6h", "tile-renderer", "2025-07-14T07:00", N,
       ack=user("Viktor Horvath", 90), res=svc(185), urgency="low",
       why="hard case: acked after 90 min, the job finished by itself and the integration resolved it after "
           "three hours; no notes")
    pd(7326, "Price file import failed for 3 stores", "pos-sync", "2025-07-15T05:45", A,
       ack=user("Marta Lindqvist", 25), res=user("Marta Lindqvist", 70), urgency="low",
       notes=["merch uploaded xlsx instead of csv again. converted + re-ran import for 0110 0111 0119. stores open "
              "8:00, done 6:50"],
       why="converted the file and re-ran the import by hand")
    pd(7327, "Seat map API p95 > 1500ms", "ticketing-api", "2025-07-16T20:10", N,
       ack=user("Aylin Demir", 2), res=user("Aylin Demir", 5),
       why="hard case: acked and resolved by a person within 5 min with no note; she only looked at the "
           "dashboard, saw it had already recovered, and did nothing")
    pd(7328, "Nightly immunization registry upload failed", "ehr-interface", "2025-07-17T02:00", N,
       ack=user("Chidi Okoro", 380), res=user("Chidi Okoro", 392), urgency="low",
       notes=["Registry had announced maintenance 00:00-04:00 (notice REG-2025-14). The job retried at 04:15 on "
              "its own and the upload went through. Nothing to do."],
       why="the upload did fail, but the job's own retry succeeded; acked and resolved next morning with a note "
           "saying nothing was done")
    pd(7329, "Delivery rate < 90% for sender id SHOPNOW", "sms-gateway", "2025-07-18T15:10", F,
       ack=user("Pedro Alves", 6), res=svc(28),
       notes=["Monitor counts the marketing campaign to an imported list (about 15% dead numbers). Transactional "
              "traffic is 99.2% delivered. Monitor should leave campaign traffic out, OBS-318."],
       why="hard case: the monitor measured the wrong traffic, nothing was broken; acked by a person, resolved "
           "by the integration")
    pd(7330, "Tile render pods OOMKilled (3 in 15m)", "tile-renderer", "2025-07-21T11:40", A,
       ack=user("Viktor Horvath", 4), res=user("Viktor Horvath", 48),
       notes=["z18 on the new buildings layer blows the memory. MR !2291: maxzoom 17 for that layer, limit 3Gi."],
       why="terse note of a real fix")
    pd(7331, "EDI translator service down (edi-xlt-01)", "edi-hub", "2025-07-24T09:05", A,
       ack=user("Nadia Benali", 22), res=user("Nadia Benali", 52), escalations=2,
       notes=["Page went to me as secondary, primary was at the dentist. Translator hung on a corrupt inbound file; "
              "moved the file to quarantine and restarted it."],
       why="escalated twice before the secondary acknowledged; fixed by hand")
    pd(7332, "Store network: tills offline at store 0655", "pos-sync", "2025-07-29T19:30", N, res=svc(26),
       escalations=1,
       why="hard case: nobody acknowledged, it escalated once, the store's ISP line came back and the integration "
           "resolved it after 26 min; nobody did anything")

    # ------------------------------------------------------------ Opsgenie tinyId 3401-3432 ----
    og(3401, "Dynatrace problem: Response time degradation on service booking-engine", *DYNA, "2025-07-01T10:40", A,
       ack=(FARAH, 4), close=(FARAH, 36), priority="P2",
       notes=["Connection pool to the rates DB went from 20 to 2 with this morning's config push (typo). Reverted "
              "CFG-8812, latency normal again 11:10."],
       why="reverted a config change by hand")
    og(3402, "Sentry: new issue NullPointerException in InvoicePdfRenderer", *SENTRY, "2025-07-01T14:25", F,
       ack=(DIEGO, 30), close=(DIEGO, 33), priority="P4",
       notes=["thats the QA tenant which still points at the prod sentry DSN, no real customer hit it. moved "
              "their DSN, closing"],
       why="hard case: events from a QA tenant reported into production; nothing broken for customers")
    og(3403, "PING CRITICAL - store-router-221 packet loss 100%", *ICINGA, "2025-07-02T02:15", N,
       close=("icinga-dc2", 7), why="night, auto-closed by Icinga after 7 min, nobody acknowledged")
    og(3404, "Splunk: failed logins > 200 in 5m for realm corp", *SPLUNK, "2025-07-02T09:50", A,
       ack=(THANDI, 2), close=(THANDI, 58), priority="P2", escalations=1,
       notes=["Password spraying from 3 IPs in a hosting range. Blocked at the WAF, forced a reset for the 2 "
              "accounts that got as far as the MFA prompt. Handed to SecOps: SIR-2207"],
       why="blocked an attack and reset accounts")
    og(3405, "GCP uptime check failed: api.partner-portal (3 of 6 regions)", *GCP, "2025-07-02T16:30", F,
       ack=(AKIRA, 3), close=(AKIRA, 14),
       notes=["The failing regions are the APAC ones, and we geo-blocked APAC last week on purpose (LEGAL-19). "
              "Portal is up. Will drop those regions from the check."],
       why="hard case: the check probed from regions that are blocked on purpose; the portal was up")
    og(3406, "Icinga: check_postgres_replication lag 420s on pgdb-rep-03", *ICINGA, "2025-07-03T01:05", A,
       ack=(OLGA, 10), close=("icinga-dc2", 52),
       notes=["base backup on the replica is eating all the disk io, paused it and moved it to sunday"],
       why="hard case: acked at night, work in the note, then Icinga closed it once the lag recovered")
    og(3407, "Dynatrace problem: Failure rate increase on service search-suggest", *DYNA, "2025-07-03T13:20", N,
       close=("dynatrace-saas", 9), why="closed by Dynatrace after 9 min, nobody acknowledged")
    og(3408, "Sentry: spike in ChunkLoadError (web-frontend)", *SENTRY, "2025-07-04T18:05", N,
       ack=(BJORN, 5), close=(BJORN, 25),
       notes=["Normal after a deploy: open tabs ask for old chunks and it drops as people reload. Watched it go "
              "down, nothing else to do."],
       why="hard case: the errors were real but passed by themselves; acked and closed by a person who did "
           "nothing")
    og(3409, "Splunk: settlement file from ACQ-NORD not received by 06:00", *SPLUNK, "2025-07-05T06:00", N,
       close=("splunk-es", 41), why="Saturday; the file arrived late and the search closed the alert after 41 min; "
                                     "nobody acknowledged")
    # Flapping burst: a kiosk's LTE backup link, four trigger/auto-close cycles within the hour.
    for i, (m, dur) in enumerate([(2, 4), (15, 5), (31, 3), (46, 6)]):
        og(3410 + i, "PING CRITICAL - wan-edge-kiosk-17 packet loss 80%", *ICINGA, "2025-07-06T14:%02d" % m, N,
           close=("icinga-dc2", dur), repeated=True, flapping=True,
           why="flapping LTE backup link at a kiosk; each cycle cleared by itself, nobody acted")
    og(3414, "Dynatrace problem: JavaScript error rate increase on application MyAccount", *DYNA,
       "2025-07-07T11:15", F, close=(FARAH, 40), tags=["rum"],
       notes=["Errors come from a password-manager browser extension injecting script, not from our code: "
              "https://errors.example.test/issue/55120 . Customers not affected."],
       why="hard case: the errors were not ours, nothing was broken; closed by a person without acknowledging")
    og(3415, "GCP: Cloud SQL instance orders-eu CPU > 90% for 15m", *GCP, "2025-07-07T15:40", A,
       ack=(AKIRA, 6), close=(AKIRA, 29),
       notes=["pg_stat_statements -> one report query without index since the new 'export all' button. Added the "
              "index concurrently, CPU 35%. DATA-402"],
       why="added an index by hand")
    og(3416, "Nightly GL reconciliation reported 14 unmatched entries", *API, "2025-07-08T05:30", A,
       source="recon-job", ack=(OLGA, 150), close=(OLGA, 240),
       notes=["Unmatched = refunds booked twice by the PSP connector's retry. Reversed the 7 duplicates in the GL, "
              "finance (Hanne) confirmed."],
       why="created through the API by a batch job; acked late, corrected the ledger by hand")
    og(3417, "Sentry: spike in TimeoutError (checkout-service)", *SENTRY, "2025-07-08T20:45", N,
       ack=(BJORN, 3), close=("System", 600),
       why="hard case: acked in the evening, then left; closed by System after 10 h; no notes, no work")
    og(3418, "Icinga: check_disk /data 97% on nfs-archive-02", *ICINGA, "2025-07-09T03:30", A,
       close=("ops-runbook-api", 18),
       notes=["moved the 2023 scans to the cold bucket, 71% now. closing from the runbook script"],
       why="hard case: no acknowledgement; a person freed the disk and closed the alert through an API key")
    og(3419, "Splunk: 5xx ratio > 2% on api-gw-public", *SPLUNK, "2025-07-09T12:10", F, close=(THANDI, 22),
       notes=["The search divides 5xx by 2xx instead of all requests, so with the cache 304s it looks 3x worse. "
              "Real ratio 0.6%. Fixed the SPL: https://splunk.example.test/app/search/alerts/gw_5xx_ratio"],
       why="hard case: the alert's query was wrong, the real ratio was fine; no marker word")
    og(3420, "Dynatrace problem: Host unavailable db-analytics-4", *DYNA, "2025-07-10T02:50", F,
       ack=(OLGA, 8), close=("dynatrace-saas", 35),
       notes=["Host was powered off on purpose, decommission DC-7734 done yesterday evening, OneAgent was not "
              "removed first. Nothing is down."],
       why="hard case: a decommissioned host; acked by a person, closed by the integration")
    og(3421, "GCP: Pub/Sub subscription order-events oldest unacked > 30m", *GCP, "2025-07-10T17:25", A,
       ack=(AKIRA, 2), close=(AKIRA, 46), priority="P2", escalations=1,
       notes=["consumer deadlocked on a poison message, dead-lettered it (msg id in DATA-411) and restarted. "
              "backlog gone 18:05",
              "asked payments team why the message had a null currency"],
       why="dead-lettered a message and restarted the consumer")
    og(3422, "Sentry: new issue KeyError 'vat_rate' in tax-service", *SENTRY, "2025-07-11T09:35", A,
       close=(DIEGO, 7),
       why="hard case: closed by a person 7 min after it opened with no ack or note; he had reverted the tax "
           "table change that caused it (said only in chat)")
    og(3423, "Splunk: admin role granted outside change window", *SPLUNK, "2025-07-12T22:40", F,
       ack=(THANDI, 12), close=(THANDI, 20),
       notes=["It's me - granted myself admin for the approved emergency change CHG-9034, the search does not "
              "know about emergency changes. all good."],
       why="hard case: the grant was approved; the alert flagged a legitimate action, nothing was wrong")
    og(3424, "Icinga: HTTP CRITICAL intranet.corp 503", *ICINGA, "2025-07-13T08:10", N,
       ack=("chatops-bot", 1), close=("icinga-dc2", 16),
       why="hard case: acknowledged by a bot (not a person), closed by Icinga after 16 min; nobody did anything")
    og(3425, "POS end-of-day settlement missing for 4 stores", *API, "2025-07-14T07:15", A, source="eod-checker",
       ack=(DIEGO, 20), close=(DIEGO, 65),
       notes=["Stores 0312/0318/0340/0355 lost power in the storm last night so the tills never closed the day. "
              "Ran forced EOD from the HQ console for each, settlements sent 08:15."],
       why="forced end-of-day by hand for each store")
    og(3426, "GCP: GKE node pool batch-pool node NotReady", *GCP, "2025-07-15T04:05", F,
       ack=(AKIRA, 9), close=("System", 30),
       notes=["node being drained and replaced by the GKE auto-upgrade in our maintenance window (Tue 04:00-08:00 "
              "UTC). policy should ignore upgrades. batch jobs rescheduled fine"],
       why="hard case: the node was replaced on purpose by the upgrade; nothing was broken; closed by System")
    og(3427, "Dynatrace problem: Response time degradation on service booking-engine", *DYNA, "2025-07-16T10:20", F,
       ack=(FARAH, 2), close=(FARAH, 10),
       notes=["Perf team load test against booking-engine, planned (PERF-88). ignore"],
       why="a planned load test; the note says to ignore it")
    og(3428, "Sentry: spike in ConnectionResetError (notification-worker)", *SENTRY, "2025-07-17T13:50", A,
       ack=(BJORN, 6), close=("sentry-prod", 70), escalations=1,
       notes=["escalated to platform: envoy idle timeout shorter than our keepalive since the mesh upgrade. they "
              "set idle_timeout 300s, errors stopped around 15:00"],
       why="escalated, the platform team changed the mesh timeout; the integration closed it")
    og(3429, "Splunk: VPN concentrator vpn-fra-2 sessions > 95% of licence", *SPLUNK, "2025-07-21T09:05", N,
       ack=(THANDI, 5), close=(THANDI, 95),
       notes=["ok its monday morning peak, down to 80% at 10:30 by itself. no action, will watch the trend"],
       why="acked and closed by a person whose note says it went down by itself and nothing was done")
    og(3430, "Icinga: check_ntp offset 2.4s on kafka-broker-05", *ICINGA, "2025-07-22T23:55", A,
       ack=(OLGA, 4), close=(OLGA, 19),
       notes=["chrony pointed at the old NTP pool after the image rebuild. fixed /etc/chrony.conf, restarted, "
              "offset 3ms"],
       why="night, fixed the NTP config by hand")
    og(3431, "GCP uptime check failed: status.example.test", *GCP, "2025-07-25T14:30", F,
       ack=(AKIRA, 3), close=(AKIRA, 8), tags=["false-alarm"],
       why="tagged false-alarm by the person who closed it")
    og(3432, "Data warehouse load late (dw_daily_sales)", *API, "2025-07-30T06:10", N, source="airflow", count=4,
       close=("Default API", 55),
       why="de-duplicated 4 times while the load ran late; closed through the API by the scheduler when the load "
           "finished; nobody acknowledged")
