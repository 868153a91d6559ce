"""Fifth alert batch, all `tune` (see ../README.md, "Fifth alert batch: tune"): 72 alerts, PagerDuty #7401-#7436 and
Opsgenie tinyId 3501-3536, dated 1-29 August 2025. Written on 2026-11-26 by a helper session of the project (an AI
coding agent started by the lead session), a different author from the earlier batches, under the same rules as
the fourth alert batch: nothing in `analytics/` or `app/` was opened (no classifier, no rule file, no tests), the
classifier, the evaluation, Maven and the tests were not run, and no holdout scenario was read beyond what the
format needed. The format came from render_alerts.py's pd()/og(), third_tune.py, the README and the vendor field
references in /work/shared/formats/.

Each scenario was made up by hand from general knowledge of how on-call people handle pages and write about them,
and labelled by hand when written from what the scenario says happened (its `why`); no label is computed from the
fields. The emphasis is on false positives and no-action verdicts said the many ways people say them (notes,
close remarks, tags, terse chat words, non-native English; a wrong check, a wrong threshold, a test, planned work,
a known issue, a duplicate, a flaky probe, a customer's own mistake) and on ACTIONABLE alerts whose notes use the
same words only in passing. `why` starts with "hard case" where the export makes the verdict hard to read.

Used by render_alerts.py (alerts); not run on its own. No texts.
"""

PD_SERVICES = {
    "grid-historian": ("Energy Ops 24x7", "Grid Operations"),
    "lms-portal": ("Learning Platform", "EdTech"),
    "rtb-bidder": ("Ad Serving 24x7", "Ads"),
    "booking-engine": ("Hospitality Business Hours", "Reservations"),
    "feature-flags": ("Developer Platform", "DevEx"),
    "kiosk-fleet": ("Parking Kiosks On-call", "Smart City"),
}

A, N, F = "ACTIONABLE", "NON_ACTIONABLE", "FALSE_POSITIVE"

PRTG, APPD, UPR = ("prtg-core", "PRTG"), ("appd-saas", "AppDynamics"), ("uptimerobot-main", "UptimeRobot")
SUMO, LM, MAIL = ("sumo-prod", "SumoLogic"), ("lm-portal", "LogicMonitor"), ("ops-mailbox", "Email")
RUNBOOK_API, CANARY_API = ("runbook-automation", "API"), ("canary-runner", "API")

ELIF, JOAO, OLU = "elif.yilmaz@example.test", "joao.ferreira@example.test", "olusegun.adeyemi@example.test"
TRAN, KASIA, PRIYA = "tran.minh@example.test", "katarzyna.zielinska@example.test", "priyanka.iyer@example.test"
SVEN = "sven.aalto@example.test"


def alerts(pd, og, user, svc):
    """Adds the batch's scenarios through render_alerts.py's pd()/og() (same shapes as the earlier batches)."""
    # ------------------------------------------------------------ PagerDuty #7401-#7436 ----
    pd(7401, "Historian tag write rate dropped to 0 for substation SS-14", "grid-historian", "2025-08-01T03:12", F,
       ack=user("Dagny Solberg", 7), res=user("Dagny Solberg", 19), priority="P2",
       notes=["SS-14 is de-energised for the planned bay rework (switching order SO-2291). Zero tag writes is exactly "
              "what should happen there, the monitor just doesn't know about switching orders."],
       why="hard case: the substation was switched off on purpose by a planned switching order; the alert was wrong "
           "to call it a failure, said without any marker word")
    pd(7402, "Historian archive compression queue > 20k", "grid-historian", "2025-08-01T14:40", N,
       ack=user("Dagny Solberg", 4), res=svc(52), urgency="low",
       why="acked in business hours, then the integration closed it 52 min later; no note, no escalation")
    pd(7403, "PI interface node pi-if-03 buffering to disk", "grid-historian", "2025-08-02T23:05", A,
       ack=user("Ravi Menon", 11), res=svc(88), escalations=1,
       notes=["buffer at 1.3GB. link to control centre VPN was down, raised w/ netops (NET-4471), they bounced the "
              "tunnel. buffer flushing now, leaving it to auto-close"],
       why="hard case: Saturday night, escalated, work through the network team in a terse note; the integration "
           "closed it")
    pd(7404, "LMS login success rate < 80%", "lms-portal", "2025-08-04T09:03", F, ack=user("Aisling Byrne", 3),
       res=user("Aisling Byrne", 12),
       notes=["it's the pen-test firm (engagement ENG-88, approved) spraying bad passwords at /login from their "
              "range. real students are logging in fine. excluding their IPs from the SLI."],
       why="hard case: an approved penetration test drove the ratio down; no user was affected, the signal was wrong")
    pd(7405, "LMS video transcoding backlog > 300 jobs", "lms-portal", "2025-08-04T11:20", N, res=svc(64),
       urgency="low", why="nobody acknowledged; drained and auto-resolved after 64 min")
    pd(7406, "LMS gradebook sync to SIS failing", "lms-portal", "2025-08-05T16:45", A,
       ack=user("Aisling Byrne", 5), res=user("Aisling Byrne", 47),
       notes=["Looked like a flaky check at first (it passed twice on retry) but no: the SIS rotated our client "
              "secret. Put the new one in Vault, sync is green."],
       why="hard case: 'flaky check' is only a first suspicion that the note rejects; secret updated by hand")
    pd(7407, "Bid response p99 > 120ms", "rtb-bidder", "2025-08-06T02:30", F, ack=user("Tobias Richter", 2),
       res=user("Tobias Richter", 6),
       notes=["threshold wrong: exchange timeout is 300ms since July, the 120 was from the old contract. bumped the "
              "monitor to 250 in the TF repo (PR #1182). nothing was slow for the exchange."],
       why="the threshold was wrong, nothing was slow; editing the monitor afterwards does not make the page real")
    pd(7408, "Win rate dropped below 8%", "rtb-bidder", "2025-08-06T20:15", N, ack=user("Tobias Richter", 14),
       res=user("Tobias Richter", 41),
       notes=["Competitor campaign outbidding us on the sports inventory tonight. Pricing team says that's the "
              "market, nothing for ops here."],
       why="hard case: the metric really dropped, but for market reasons; nobody had anything to do")
    pd(7409, "rtb-bidder pods CrashLoopBackOff in eu-central", "rtb-bidder", "2025-08-07T04:50", A,
       res=user("Tobias Richter", 5),
       why="hard case: a person rolled the bad config back and resolved in 5 min, no ack and no note (the rollback "
           "is only in the deploy log)")
    pd(7410, "Booking confirmation email bounce rate > 10%", "booking-engine", "2025-08-07T10:10", F,
       ack=user("Nour El-Amin", 8), res=user("Nour El-Amin", 30),
       notes=["All bounces go to @example-hotel-test.invalid - the hotel chain's own QA is loading fake "
              "reservations into prod again (their mistake, their IT ticket HX-2093). Real guests get their mails."],
       why="hard case: a customer's own misconfiguration produced the bounces; nothing was wrong on our side")
    pd(7411, "Channel manager sync delay > 15 min", "booking-engine", "2025-08-08T13:00", N, ack=svc(1),
       res=svc(23),
       why="hard case: acknowledged by the integration's auto-ack rule, then closed by the integration; no person")
    pd(7412, "Payment tokenization errors > 2%", "booking-engine", "2025-08-08T19:25", A,
       ack=user("Nour El-Amin", 2), res=user("Nour El-Amin", 36), priority="P2",
       notes=["not noise - PSP returned 'invalid merchant' for AMEX. Re-enabled AMEX in the PSP portal (someone "
              "toggled it off during their UI migration). Errors gone."],
       why="hard case: 'not noise' denies a false alarm; a person re-enabled the card scheme")
    pd(7413, "Flag evaluation errors > 1% (sdk-go)", "feature-flags", "2025-08-11T10:30", F,
       ack=user("Kalani Akana", 4), res=user("Kalani Akana", 9),
       notes=["Same thing as INC-7398 from friday, already tracked there. closing this one."],
       why="a second page for a problem already tracked under another incident (duplicate)")
    pd(7414, "Flag config CDN purge slow (> 90s)", "feature-flags", "2025-08-11T15:05", A,
       res=user("Kalani Akana", 7), urgency="low",
       notes=["purged by hand through the CDN API, their purge job was stuck on one POP"],
       why="no ack; a person purged the cache by hand, wrote it down and resolved")
    pd(7415, "Flag service streaming connections dropped by 40%", "feature-flags", "2025-08-12T01:40", A,
       ack=user("Kalani Akana", 9), res=svc(58), escalations=2,
       notes=["pulled in the edge team; the LB idle timeout had been reset to 60s by last night's terraform run. "
              "set back to 3600s, clients reconnecting"],
       why="escalated twice at night, then a person fixed the load balancer; integration closed it")
    # A repeat group: three kiosks of the same template on one morning.
    pd(7416, "Kiosk offline: kiosk-p7-03", "kiosk-fleet", "2025-08-13T06:10", N, res=svc(14), repeated=True,
       why="repeat group (3 kiosks in one morning); came back by itself when its modem re-registered")
    pd(7417, "Kiosk offline: kiosk-p3-08", "kiosk-fleet", "2025-08-13T06:25", A, ack=user("Mateus Costa", 6),
       res=user("Mateus Costa", 95), repeated=True,
       notes=["this one stays dark. sent a tech: power supply dead, swapped, kiosk up 08:00"],
       why="repeat group; this kiosk needed a technician to swap its power supply")
    pd(7418, "Kiosk offline: kiosk-p9-01", "kiosk-fleet", "2025-08-13T07:02", N, ack=user("Mateus Costa", 3),
       res=svc(40), repeated=True, notes=["same carrier thing as P7 this morning, it'll come back. it did."],
       why="repeat group; acked, note says it would come back on its own, integration closed it")
    pd(7419, "Kiosk payment terminal tamper alarm: lot P2 unit 11", "kiosk-fleet", "2025-08-14T14:20", F,
       ack=user("Mateus Costa", 5), res=user("Mateus Costa", 25),
       notes=["Tamper switch tripped by our own technician opening the door for the scheduled coin collection. "
              "Collection round is on the calendar, no tampering."],
       why="scheduled maintenance tripped the alarm; no tampering happened")
    pd(7420, "Historian disk write latency > 40ms", "grid-historian", "2025-08-15T02:15", N,
       ack=user("Ravi Menon", 17), res=svc(31), escalations=1, notes=["saw it. backup window, goes away by itself"],
       why="escalated before the ack; note says it passes by itself during backups; integration closed it")
    pd(7421, "LMS certificate expiry < 14 days: lms.example.test", "lms-portal", "2025-08-15T09:00", F,
       ack=user("Aisling Byrne", 40), res=user("Aisling Byrne", 44), urgency="low",
       notes=["cert was auto-renewed by cert-manager on the 12th, the checker caches the old cert from one CDN edge. "
              "stale check, not a real expiry. https://wiki.example.test/lms/runbooks/cert-check"],
       why="the check read a stale certificate; nothing was about to expire")
    pd(7422, "LMS DB connections > 90% of max", "lms-portal", "2025-08-18T10:45", A,
       ack=user("Aisling Byrne", 2), res=user("Aisling Byrne", 33),
       notes=["Expected for the first day of term? Partly, but there is a connection leak in the quiz service too "
              "(LMS-2210). Restarted the quiz pods, hotfix tomorrow."],
       why="hard case: 'expected' is asked and answered only partly; a leak was found and pods restarted")
    pd(7423, "Budget pacing service lag > 5 min", "rtb-bidder", "2025-08-18T22:40", N, res=svc(21), escalations=1,
       why="escalated because nobody acknowledged; the integration closed it after 21 min; nobody worked on it")
    pd(7424, "Fraud filter blocked > 30% of bid requests", "rtb-bidder", "2025-08-19T03:05", F,
       ack=user("Tobias Richter", 6), res=svc(44),
       notes=["ok so this is the exchange's sandbox endpoint sending synthetic traffic with bot UAs, they do it every "
              "tuesday. the filter did its job. alert should exclude exchange=sandbox"],
       why="synthetic test traffic from a partner's sandbox; nothing was wrong; acked, closed by the integration")
    pd(7425, "Availability search 5xx > 3%", "booking-engine", "2025-08-19T12:30", A, ack=user("Nour El-Amin", 1),
       res=user("Nour El-Amin", 18), priority="P2",
       notes=["Rate-limited by the GDS. Moved search to the secondary GDS credentials."],
       why="fixed by a person")
    pd(7426, "Nightly rate import finished late (> 06:00)", "booking-engine", "2025-08-20T06:05", N,
       ack=user("Nour El-Amin", 140), res=user("Nour El-Amin", 142), urgency="low",
       notes=["import finished 06:40, supplier sent the file late. fine, nothing to do"],
       why="acked after business hours began; note says nothing to do")
    pd(7427, "Flag audit log shipping stopped", "feature-flags", "2025-08-20T17:55", F,
       res=user("Kalani Akana", 35),
       notes=["No flag changes were made this afternoon (change freeze for the release), so there are no audit events "
              "to ship. The shipper is healthy. This monitor confuses 'quiet' with 'broken'."],
       why="hard case: resolved by a person without ack; the note explains the monitor mistook silence for failure")
    pd(7428, "Flag service memory > 85%", "feature-flags", "2025-08-21T04:20", N, ack=user("Kalani Akana", 12),
       res=svc(210),
       why="hard case: acked at night, then nothing; the integration closed it three and a half hours later")
    pd(7429, "Historian replication to DR site stalled", "grid-historian", "2025-08-22T08:35", A,
       ack=user("Dagny Solberg", 4), res=user("Dagny Solberg", 160), escalations=1,
       notes=["DR link is fine, the replication service on hist-dr-01 hung after Windows patching. Restarted it, "
              "backfilling 3h of data.", "backfill verified against control centre values"],
       why="restarted a service and backfilled data; two notes of work")
    pd(7430, "Substation SS-22 RTU comms loss", "grid-historian", "2025-08-23T01:10", F,
       ack=user("Ravi Menon", 9), res=user("Ravi Menon", 15),
       notes=["RTU at SS-22 was replaced by the field crew last week, the new one polls on a new IP; the monitor "
              "still pings the old address. Data is flowing (checked the tags). MON-803 to fix the target."],
       why="hard case: the monitor watched a retired address; data was flowing the whole time")
    pd(7431, "Kiosk fleet: payment gateway timeouts > 5%", "kiosk-fleet", "2025-08-25T17:30", A,
       ack=user("Mateus Costa", 3), res=svc(27),
       notes=["acquirer degraded (https://status.acquirer.example/incidents/88). switched kiosks to offline "
              "authorisation via MDM profile, switched back at 18:05"],
       why="hard case: a provider outage with a status-page link, but the person did switch the fleet's mode and "
           "back; the integration closed it")
    pd(7432, "Kiosk fleet: cellular data usage spike", "kiosk-fleet", "2025-08-26T11:00", N,
       ack=user("Mateus Costa", 22), res=user("Mateus Costa", 25), urgency="low",
       notes=["spike was real (one kiosk looping on a map download), it stopped after its nightly reboot before I "
              "got to it. didn't touch anything"],
       why="real but passed by itself; note says nothing was touched")
    pd(7433, "LMS search index not refreshed in 24h", "lms-portal", "2025-08-27T07:50", F,
       res=user("Aisling Byrne", 20), urgency="low",
       notes=["meh. index refresh moved to weekly in August (LMS-2175), the check still wants daily. search is fine."],
       why="the check's expectation was out of date; search was fine; resolved without ack")
    pd(7434, "Booking engine health check failing from monitor-ap-south", "booking-engine", "2025-08-27T21:15", F,
       ack=user("Nour El-Amin", 5), res=user("Nour El-Amin", 11),
       notes=["only the ap-south probe. its DNS resolver is broken (their side). every other location green, "
              "bookings normal. muted that location"],
       why="one flaky probe location; the site was up")
    pd(7435, "Kafka consumer lag on bid-logs > 2M", "rtb-bidder", "2025-08-28T15:10", A,
       ack=user("Tobias Richter", 8), res=user("Tobias Richter", 64),
       notes=["threshold looked too low at first but the lag was real & growing: 2 of 6 consumers stuck on a poison "
              "message. Skipped the offset, filed ADS-3371."],
       why="hard case: 'threshold looked too low' is a doubt the note rejects; consumers unstuck by hand")
    pd(7436, "Flag SDK init latency > 2s (mobile)", "feature-flags", "2025-08-29T19:40", N,
       ack=user("Kalani Akana", 3), res=user("Kalani Akana", 9),
       notes=["app store release day, cold starts. goes away as people update, nothing we can do from the server "
              "side"],
       why="real latency from a release-day pattern; note says nothing can be done")

    # ------------------------------------------------------------ Opsgenie tinyId 3501-3536 ----
    og(3501, "Monitor is DOWN: status.example.test (keyword)", *UPR, "2025-08-01T06:30", F, ack=(ELIF, 4),
       close=(ELIF, 8),
       notes=["keyword check looks for 'All systems operational' - marketing changed the copy to 'All systems "
              "normal'. page was up. updated the keyword"],
       why="hard case: the keyword check was wrong after a copy change; the page was up")
    og(3502, "Business transaction /checkout health rule violation: slow calls", *APPD, "2025-08-01T18:10", N,
       ack=(JOAO, 3), close=("appd-saas", 26),
       why="acked in the evening, closed by the integration 26 min later; no note")
    og(3503, "Scheduled search: auth failures for svc-account etl-loader > 50/15m", *SUMO, "2025-08-02T10:00", A,
       ack=(OLU, 12), close=(OLU, 58), tags=("security", "prod"),
       notes=["Was going to close as known issue (etl-loader is always chatty) but the count is 10x normal. Password "
              "rotated on Friday, the Airflow connection wasn't updated. Updated it, failures stopped."],
       why="hard case: 'known issue' is the first thought, rejected; a connection was updated by hand")
    og(3504, "Scheduled search: 0 log lines from payments-gw in 30m", *SUMO, "2025-08-03T04:05", F, ack=(TRAN, 10),
       close=("System", 180),
       notes=["logs moved to the new source category prod/payments/gw2 after the collector upgrade. query is stale, "
              "service was logging fine"],
       why="hard case: the search looked at an old source; closed by System after a person's note that it was wrong")
    og(3505, "NetApp volume vol_home03 > 92% used", *LM, "2025-08-04T08:55", A, ack=(PRIYA, 20),
       close=("lm-portal", 65), priority="P4", notes=["grew vol_home03 by 500G and trimmed the snapshot reserve"],
       why="a person grew the volume; the integration closed it")
    og(3506, "VMware host esx-r4-07 not responding", *LM, "2025-08-04T22:30", A, ack=(KASIA, 5),
       close=("lm-portal", 70), priority="P2", escalations=1,
       notes=["iDRAC shows PSU 2 failed + host hung. hard reset via iDRAC, VMs restarted by HA. Dell case 1187-55."],
       why="escalated, hardware reset by hand; integration closed it")
    og(3507, "[ALERT] Backup job FAILED: nas-archive nightly", *MAIL, "2025-08-05T07:12", F, ack=(PRIYA, 35),
       close=(PRIYA, 40), tags=("email", "backup"),
       notes=["Mail server re-delivered yesterday's report after its queue restart. Last night's job was OK, checked "
              "the console."],
       why="hard case: a re-delivered old e-mail raised it; last night's job was fine")
    og(3508, "[WARN] UPS ups-dc3-b on battery", *MAIL, "2025-08-05T14:48", N, ack=(SVEN, 2), close=(SVEN, 15),
       notes=["utility blip, ups back on mains after 40s. genset didn't even start. nothing to do"],
       why="real but momentary; note says nothing to do")
    og(3509, "Nightly ledger close job exceeded SLA (job=ledger-close-eu)", *RUNBOOK_API, "2025-08-06T03:45", A,
       ack=(TRAN, 18), close=("runbook-automation", 96), priority="P2",
       notes=["killed the blocking session, re-ran step 4 with --skip-locked. close complete 05:14. closing from the "
              "runbook script"],
       why="work by a person at night; closed through the runbook API key")
    og(3510, "Data export to partner SFTP retried 3 times", *RUNBOOK_API, "2025-08-06T12:00", N,
       close=("runbook-automation", 6), priority="P4",
       why="closed by the job's API key after its own next retry succeeded; nobody acked")
    # A flapping burst: the same ping sensor four times in under an hour.
    for tiny, hhmm, up in ((3511, "02:03", 4), (3512, "02:14", 3), (3513, "02:29", 5), (3514, "02:41", 3)):
        og(tiny, "Ping sensor down: sw-core-02.dc3", *PRTG, "2025-08-09T" + hhmm, N, close=("prtg-core", up),
           priority="P2", repeated=True, flapping=True,
           why="flapping burst (4 down/up cycles within 40 min on a Saturday night), each closed by the integration "
               "in minutes; nobody acked")
    og(3515, "Bandwidth sensor > 900 Mbit/s on uplink wan-fra-1", *PRTG, "2025-08-10T23:00", F, ack=(SVEN, 6),
       close=(SVEN, 14), tags=("maint", "change:CHG-5512"),
       notes=["planned: offsite backup seeding over the WAN tonight, see CHG-5512. not an incident."],
       why="a planned change filled the link on purpose; tagged maint")
    og(3516, "Printer queue stuck: wh-label-printer-04", *PRTG, "2025-08-11T07:35", A, close=(JOAO, 9),
       why="hard case: a person cleared the spooler and closed it in 9 min, no ack and no note")
    og(3517, "Health rule violation: JVM heap > 90% on tier pricing-svc", *APPD, "2025-08-11T15:20", F,
       ack=(ELIF, 7), close=(ELIF, 12),
       notes=["heap % is measured against committed, not max; G1 just hasn't grown it. GC pauses normal. the HR is "
              "bogus, fixing its definition"],
       why="the health rule measured the wrong thing; the JVM was fine")
    og(3518, "Error rate > 5% on tier notifications", *APPD, "2025-08-12T09:05", N, ack=(OLU, 4),
       close=("appd-saas", 31),
       notes=["upstream push provider having a bad day (their status page says degraded). retries are handling it, "
              "just watching"],
       why="a provider's trouble absorbed by retries; the person only watched; integration closed it")
    og(3519, "Slow DB calls on tier inventory-svc (avg > 2s)", *APPD, "2025-08-12T16:40", A, ack=(KASIA, 2),
       close=(KASIA, 44),
       notes=["Not a monitoring problem, AppD is right: missing index on stock_moves after yesterday's migration. "
              "Added it concurrently, avg back to 40ms."],
       why="hard case: 'not a monitoring problem' says the alert was right; index added by hand")
    og(3520, "Monitor is DOWN: api.example.test/v1/ping (HTTP 403)", *UPR, "2025-08-13T02:25", F, ack=(TRAN, 8),
       close=(TRAN, 13),
       notes=["Is not down. WAF is blocking the robot IPs since the new bot rule, customers are fine, I have checked "
              "in CDN logs. I put the ranges on allowlist."],
       why="hard case, non-native English: the probe was blocked, the API was up")
    og(3521, "Monitor is DOWN: docs.example.test (timeout)", *UPR, "2025-08-13T13:10", F, close=(SVEN, 30),
       tags=("noise",),
       notes=["uptimerobot's own probe trouble in Dallas (their status page). docs were fine from everywhere else"],
       why="the vendor's probe location was broken; closed by a person with a noise tag")
    og(3522, "SSL expires in 3 days: partners.example.test", *UPR, "2025-08-14T09:30", A, ack=(PRIYA, 60),
       close=(PRIYA, 75),
       notes=["renewed at the registrar, ACME couldn't do it (partner CNAME). reminder set for next year"],
       why="certificate renewed by hand")
    og(3523, "Cisco ASA fw-edge-1 CPU > 85%", *LM, "2025-08-15T11:00", F, ack=(KASIA, 3), close=(KASIA, 5),
       tags=("known-issue",),
       notes=["known LM datasource bug, reads the 5s CPU peak OID instead of the 5-min average. ASA sits at 20%. KB: "
              "https://kb.example.test/netops/asa-cpu-oid"],
       why="a known monitoring bug read the wrong counter; the firewall was fine")
    og(3524, "Windows service 'Print Spooler' stopped on fs-02", *LM, "2025-08-16T05:40", N, ack=(SVEN, 25),
       close=("System", 600), priority="P4",
       why="hard case: acked on a Saturday morning, then nothing; System closed it after 10 hours")
    og(3525, "Scheduled search: 5xx spike on ingress (> 500/5m)", *SUMO, "2025-08-18T14:15", F, ack=(OLU, 2),
       close=(OLU, 20),
       notes=["All of it is one customer (tenant 4471) hammering us with an expired API token -> 401s. The search "
              "counts status>=400 as 5xx. Nothing broken on our side; fixed the query and mailed the customer."],
       why="hard case: a customer's expired token plus a wrong query; no server errors at all")
    og(3526, "Scheduled search: OutOfMemoryError in report-builder logs", *SUMO, "2025-08-18T21:30", A,
       ack=(TRAN, 5), close=("sumo-prod", 120),
       notes=["yes real. large tenant export holds 2GB in memory. raised heap to 6g for now, REP-912 to stream it"],
       why="heap raised by hand; the integration closed it later")
    og(3527, "SNMP traffic sensor no data: ap-floor3-12", *PRTG, "2025-08-19T10:20", A, ack=(JOAO, 5),
       close=(JOAO, 30), priority="P4", notes=["AP was hung, bounced its PoE port on sw-acc-3"],
       why="the access point was power-cycled by hand")
    og(3528, "Server room temperature HIGH: 31C (sensor TEMP-2)", *MAIL, "2025-08-20T15:35", F, ack=(PRIYA, 6),
       close=(PRIYA, 22), tags=("facilities",),
       notes=["TEMP-2 has been sitting in the new switch's exhaust since the re-cabling on monday lol. room is 22C "
              "by the other 3 sensors. moved the sensor"],
       why="a misplaced sensor; the room was cool")
    og(3529, "Tape library: drive 2 needs cleaning, jobs queued", *MAIL, "2025-08-21T08:10", A, ack=(SVEN, 15),
       close=(SVEN, 50), priority="P4", notes=["ran the cleaning cartridge, drive back, queued jobs running"],
       why="cleaned the drive by hand")
    og(3530, "Disk queue length > 10 on sql-rpt-02", *LM, "2025-08-22T01:30", N, ack=("System", 1),
       close=("lm-portal", 55), count=6,
       why="de-duplicated 6 times during the nightly reports; acknowledged by System, closed by the integration; no "
           "person")
    og(3531, "Synthetic order placed by canary failed (region=eu)", *CANARY_API, "2025-08-25T05:45", F,
       ack=(ELIF, 3), close=("canary-runner", 9),
       notes=["FP - canary still uses the test card the PSP retired this week. real orders fine. canary config fixed "
              "in canary-runner#231, closed when the next run passed"],
       why="the canary's own test card was retired; real orders fine; closed by the canary's API key")
    og(3532, "Data warehouse load finished with warnings (3 rejected rows)", *RUNBOOK_API, "2025-08-25T06:20", N,
       ack=(KASIA, 90), close=(KASIA, 92), priority="P5",
       notes=["3 rows rejected for bad dates, same as every month end. Nothing to fix on our side, source team knows."],
       why="recurring known data warnings; the note says nothing to fix")
    og(3533, "HTTP advanced sensor: intranet SSO login page 502", *PRTG, "2025-08-25T08:45", A, ack=(JOAO, 2),
       close=("prtg-core", 25),
       notes=["Thought it was another flaky PRTG probe, but users confirm it too. ADFS app pool crashed, recycled it "
              "on adfs-01 and -02."],
       why="hard case: 'flaky probe' is a rejected first guess; app pools recycled by hand; integration closed it")
    og(3534, "Anomaly: calls per minute down 60% on tier booking-api", *APPD, "2025-08-25T10:20", F, ack=(ELIF, 12),
       close=("appd-saas", 140),
       notes=["UK summer bank holiday, most of the UK customers are off today. the baseline has no idea about "
              "public holidays. nothing is down"],
       why="hard case: a public holiday outside the learned baseline; nothing was down; the integration closed it")
    og(3535, "Job Scheduler: job INV_RECON ended RC=4", *MAIL, "2025-08-28T02:10", N, close=("System", 720),
       escalations=2,
       why="hard case: escalated twice at night, nobody acknowledged, System closed it after 12 hours")
    og(3536, "Monitor is DOWN: shop.example.test (HTTP 503)", *UPR, "2025-08-29T18:05", A, ack=(OLU, 1),
       close=(OLU, 14), priority="P1",
       notes=["503 from origin, disk full on shop-web-2 (/var/log). cleared it + logrotate fix. was NOT the probe "
              "this time"],
       why="fixed by a person; 'not the probe this time' is incidental")
