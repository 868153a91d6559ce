"""Sixth alert batch, all `tune` (see ../README.md, "Sixth alert batch: tune"): 72 alerts, PagerDuty #7501-#7536 and
Opsgenie tinyId 3601-3636, dated 1-30 September 2025.

Author: a helper session of the project (an AI coding agent started by the lead session) on 2026-11-26, not the
author of any earlier batch. Rules it worked under: nothing in `analytics/` or `app/` was opened or grepped (no
classifier, no rule file, no tests); the classifier, the evaluation, Maven and the tests were not run; the holdout
scenarios were not read (fourth_alerts_holdout.py not opened at all; render_alerts.py and second_holdout.py read only
for the pd()/og() call shapes and the batch wiring), and the fifth batch's file only for its header. The format came
from render_alerts.py, third_tune.py, the README's alert sections and /work/shared/formats/.

How it was written: each scenario is a small made-up story from a cold-chain shipping line, a sportsbook's odds
feed, a clinical lab's LIMS, a streaming DRM licence service, an airline's crew rostering and a CI runner fleet
(PagerDuty), and a Dutch shop/insurer's web estate watched by Checkly, Honeycomb, StatusCake, SolarWinds, Site24x7,
an Elastic watcher and two API keys (Opsgenie). The label was decided when the scenario was written, from what the
`why` says happened; nothing is computed from the fields. Notes are written the way tired people type them:
clipped, chatty, with ticket ids and links, sometimes in a second language's English. `why` starts with
"hard case" where the export alone makes the verdict hard to read.

Used by render_alerts.py (alerts); not run on its own. No texts.
"""

PD_SERVICES = {
    "reefer-telemetry": ("Cold Chain 24x7", "Ocean Logistics"),
    "odds-feed": ("Trading Floor 24x7", "Sportsbook"),
    "lims-results": ("Lab Informatics", "Diagnostics IT"),
    "drm-license": ("Streaming Rights On-call", "Video Platform"),
    "crew-roster": ("Flight Ops Systems", "Airline Operations"),
    "ci-runners": ("Build Infra", "Engineering Productivity"),
}

A, N, F = "ACTIONABLE", "NON_ACTIONABLE", "FALSE_POSITIVE"

CHECKLY, HONEY, SCAKE = ("checkly-prod", "Checkly"), ("honeycomb-prod", "Honeycomb"), ("statuscake-main", "StatusCake")
SWIN, S247, ELASTIC = ("solarwinds-npm", "SolarWinds"), ("site24x7-eu", "Site24x7"), ("elastic-watcher", "Elasticsearch")
BACKUP_API, CHATOPS_API = ("backup-orchestrator", "API"), ("chatops-bot", "API")

LUCA, AMARA, YUSUF = "luca.bianchi@example.test", "amara.okafor@example.test", "yusuf.demir@example.test"
HANA, DIEGO, SAKURA = "hana.novak@example.test", "diego.ramos@example.test", "sakura.ito@example.test"

REEFER_GROUP = "Reefer temperature above setpoint +3C: container MSKU %s on MV Nordic Tern"
SHOP_DOWN = "StatusCake: uptime check DOWN for shop.fietsen.example"


def alerts(pd, og, user, svc):
    """Adds the batch's scenarios through render_alerts.py's pd()/og() (same shapes as the earlier batches)."""
    # ------------------------------------------------------------ PagerDuty #7501-#7536 ----
    pd(7501, "lims-results: result upload backlog > 200 specimens", "lims-results", "2025-09-01T07:40", F,
       ack=user("Aylin Kaya", 6), res=user("Aylin Kaya", 14), urgency="low",
       notes=["Labor Day. Satellite labs closed, courier picks up tomorrow, so the specimens sit unreleased on "
              "purpose. The backlog check has no calendar -- nothing is stuck."],
       why="hard case: the backlog rule does not know the public holiday; nothing was stuck, nothing broken")
    pd(7502, "odds-feed: price updates stale > 30s for market group FOOTBALL_EPL", "odds-feed", "2025-09-13T14:05", A,
       ack=user("Marek Nowicki", 2), res=user("Marek Nowicki", 24), priority="P1",
       notes=["first thought: the usual flaky stale-check at kickoff. it wasn't. supplier socket dropped and we were "
              "quoting old prices. suspended EPL markets, reconnected the feed adapter, unsuspended 14:27"],
       why="hard case: 'flaky' is a rejected first guess; markets suspended and feed reconnected by hand")
    pd(7503, "drm-license: license issuance errors > 2%", "drm-license", "2025-09-02T21:10", N,
       ack=user("Noor Haddad", 4), res=svc(41),
       notes=["Widevine provisioning on Google's side, see https://status.cloud.google.com/ . Errors are real but "
              "not ours. Didn't change anything, recovered 21:50."],
       why="a real upstream failure; the person only watched and the integration resolved it")
    pd(7504, "crew-roster: legality check failures > 50", "crew-roster", "2025-09-03T05:30", F,
       ack=user("Keanu Akana", 6), res=user("Keanu Akana", 20),
       notes=["All 53 'failures' are ZZTRN* pairings -- the sim centre's training rosters, which live in prod on "
              "purpose. No real crew member is illegal. CR-4471 raised to exclude them from the rule."],
       why="hard case: the rule counts training pairings as real ones; no roster was illegal")
    pd(7505, "ci-runners: job queue wait p90 > 15m (linux-large)", "ci-runners", "2025-09-04T10:20", A,
       res=user("Hiroshi Sato", 8),
       why="hard case: no ack, no note; Hiroshi raised the autoscaler's max by hand and said so only in Slack, "
           "resolved in 8 minutes")
    pd(7506, "ci-runners: disk free < 10% on runner-pool-arm", "ci-runners", "2025-09-04T23:55", N, res=svc(7),
       urgency="low", why="the cleanup cron freed space; resolved by the integration in 7 min, nobody acked")
    pd(7507, "Reefer power loss: container TGHU 884213-0 on MV Nordic Tern", "reefer-telemetry",
       "2025-09-05T11:15", F, ack=user("Ingrid Halvorsen", 9), res=user("Ingrid Halvorsen", 15),
       notes=["Box was unplugged at the terminal for discharge, normal when it leaves the ship. Gate-out event "
              "arrived 20 min after the power event so we paged. Cargo fine, nothing wrong."],
       why="hard case: planned unplugging at discharge, event ordering made it page; nothing was wrong")
    pd(7508, "drm-license: FairPlay certificate expires in 7 days", "drm-license", "2025-09-08T09:00", A,
       ack=user("Noor Haddad", 30), res=user("Noor Haddad", 2880), urgency="low", priority="P4",
       notes=["Renewed in the Apple dev portal, new cert in vault, rolled the license pods. DRM-212"],
       why="certificate renewed by hand over two days")
    pd(7509, "odds-feed: settlement lag > 5 min", "odds-feed", "2025-09-14T17:50", N,
       ack=user("Marek Nowicki", 3), res=svc(33),
       notes=["VAR review on the late goal, settlement waits for the official result. fine once confirmed, "
              "nothing to do"],
       why="the lag was real and by the book; nobody did anything, the integration resolved it")
    pd(7510, "lims-results: HL7 ACK timeouts from analyzer COBAS-3", "lims-results", "2025-09-09T02:20", F,
       ack=user("Aylin Kaya", 12), res=svc(25),
       notes=["Analyser is in scheduled maintenance with the Roche field engineer (INC0098812), ACK timeouts "
              "expected. Silence was set for COBAS-03 not COBAS-3, that's why it paged."],
       why="hard case: planned service on the analyser, a silence with the wrong name; closed by the integration")
    pd(7511, "crew-roster: roster publish job failed", "crew-roster", "2025-09-10T04:05", A,
       ack=user("Keanu Akana", 5), res=svc(70), escalations=1,
       notes=["Escalated to the vendor desk (case 00731245), they restarted the publishing broker. Re-ran the job "
              "myself 05:10, rosters out."],
       why="escalated to the vendor, job re-run by hand; the integration resolved it")
    pd(7512, "ci-runners: spot instance interruptions > 20 in 10m", "ci-runners", "2025-09-11T15:30", N,
       ack=user("Hiroshi Sato", 2), res=user("Hiroshi Sato", 6),
       notes=["aws reclaiming spot in use1-az4, jobs retry on their own. nothing for me here"],
       why="acked and resolved by a person whose note says there was nothing to do")
    pd(7513, "drm-license: license p99 latency > 500ms", "drm-license", "2025-09-12T19:45", F,
       ack=user("Noor Haddad", 5), res=user("Noor Haddad", 11),
       notes=["Only the Sao Paulo synthetic. That PoP has had a slow path to our origin for weeks (DRM-198). "
              "Brazilian viewers fine per RUM. Will move the probe."],
       why="hard case: one synthetic vantage point with a known slow path; viewers unaffected")
    pd(7514, "Reefer gateway: no telemetry from vessel MV Cabo Verde Star > 30m", "reefer-telemetry",
       "2025-09-15T01:40", A, ack=user("Ingrid Halvorsen", 11), res=user("Ingrid Halvorsen", 95), priority="P2",
       notes=["VSAT modem on board hung. Called the ship on the sat phone, 2nd officer power-cycled it. Data back "
              "03:12 incl. buffered readings."],
       why="night call to the ship to power-cycle the modem")
    pd(7515, "lims-results: outbound fax queue > 25", "lims-results", "2025-09-16T13:00", N, res=svc(14),
       urgency="low", why="nobody acked; the fax queue drained by itself in 14 min")
    pd(7516, "odds-feed: margin below floor on ATP market", "odds-feed", "2025-09-17T11:05", F,
       ack=user("Marek Nowicki", 4), res=user("Marek Nowicki", 9),
       notes=["Trader set this by hand for the boosted-price promo (PROMO-0917), signed off, on the promo sheet. "
              "The margin check doesn't read the promo list."],
       why="an approved promo price; the margin rule knows nothing of promos; nothing wrong")
    # Repeat group: three reefers on one ship within a day (same template, different containers).
    pd(7517, REEFER_GROUP % "102938-1", "reefer-telemetry", "2025-09-18T02:10", A,
       ack=user("Ingrid Halvorsen", 6), res=user("Ingrid Halvorsen", 48), priority="P2",
       notes=["Controller stuck in defrost. Reset it remotely (RCM command), temp coming down. Pharma cargo, "
              "QA informed."],
       repeated=True, why="first of three in a day; controller reset by hand")
    pd(7518, REEFER_GROUP % "447120-6", "reefer-telemetry", "2025-09-18T06:35", N, res=svc(22),
       repeated=True, why="second of three; defrost cycle ended and the box was back at setpoint by itself, "
                          "nobody acked")
    pd(7519, REEFER_GROUP % "550381-4", "reefer-telemetry", "2025-09-18T13:50", F,
       ack=user("Tobias Brandt", 3), res=user("Tobias Brandt", 12),
       notes=["Supply air says 40C, return air 5C, cargo log flat. The sensor is lying, cable chafed (checked by "
              "the reefer tech in Algeciras). Probe swap on the M&R list, no rush."],
       repeated=True, why="hard case: third of three; a broken supply-air sensor, the cargo was fine all along")
    pd(7520, "crew-roster: crew app API 5xx > 1%", "crew-roster", "2025-09-19T08:10", N,
       ack=user("Keanu Akana", 2), res=svc(31),
       why="hard case: acked, no note, no escalation; the integration resolved it after 31 min")
    pd(7521, "ci-runners: build success rate < 80% (main)", "ci-runners", "2025-09-19T16:40", F,
       ack=user("Hiroshi Sato", 10), res=user("Hiroshi Sato", 25),
       notes=["the red ones are the chaos pipeline, it fails by design (it exercises the flaky-test detector). "
              "tagged `chaos` but the SLI query doesn't filter the tag. infra is fine"],
       why="hard case: builds that fail on purpose counted by an unfiltered query; nothing broken")
    pd(7522, "drm-license: key server HSM partition unreachable", "drm-license", "2025-09-20T03:25", A,
       ack=user("Noor Haddad", 14), res=user("Noor Haddad", 160), escalations=2, priority="P1",
       notes=["HSM partition dropped after the vendor's firmware push. Failed over to HSM-B by hand 03:52.",
              "Vendor SR 4-88123. Postmortem to follow."],
       why="escalated twice in the small hours of a Saturday, manual HSM failover")
    pd(7523, "odds-feed: inbound message rate below 200/s", "odds-feed", "2025-09-21T04:00", N, res=svc(9),
       escalations=1, urgency="low",
       why="escalated once because nobody acked at 4 am; the rate recovered and the integration resolved it")
    pd(7524, "lims-results: critical value notification not acknowledged in 15 min", "lims-results",
       "2025-09-22T10:30", F, ack=user("Aylin Kaya", 3), res=user("Aylin Kaya", 7),
       notes=["Same specimen as the page two min before (SPC-55810), ward already called back. dup, closing"],
       why="a duplicate page for a result already handled")
    pd(7525, "lims-results: interface engine channel ADT-IN stopped", "lims-results", "2025-09-22T14:00", A,
       ack=user("Aylin Kaya", 2), res=user("Aylin Kaya", 17),
       notes=["channel stopped after the cert rotation - not the monitor being picky. restarted it with the new "
              "keystore, messages flowing, queue drained 14:16"],
       why="'not the monitor being picky' says the alert was right; channel restarted by hand")
    pd(7526, "drm-license: license renewals > 3x baseline", "drm-license", "2025-09-23T20:00", N,
       ack=user("Noor Haddad", 6), res=user("Noor Haddad", 40),
       notes=["season premiere at 20:00 CET, everybody pressing play. servers coping, p99 ok. only keeping an eye "
              "on it, no action"],
       why="real surge, handled by capacity already there; the person only watched")
    pd(7527, "crew-roster: duty time exceedance for pilot 40211", "crew-roster", "2025-09-24T22:40", F,
       ack=user("Keanu Akana", 8), res=user("Keanu Akana", 18),
       notes=["pilot is positioning as passenger (DHD), rule is counting deadhead like flight duty. he is inside "
              "FTL limits. is not real exceedance. CR-4502"],
       why="hard case: non-native English; the rule misreads deadheading as flight duty; nobody exceeded limits")
    pd(7528, "ci-runners: artifact cache hit ratio < 40%", "ci-runners", "2025-09-25T09:15", A,
       ack=user("Hiroshi Sato", 20), res=user("Hiroshi Sato", 75),
       notes=["Cache key changed with the toolchain bump, so expected-ish, but it doubled build times for "
              "everyone. Pre-warmed the cache from main and pinned the key. Hit ratio 85% now."],
       why="hard case: 'expected-ish' in passing; cache pre-warmed and key pinned by hand")
    pd(7529, "Reefer gateway: MQTT reconnects > 100/h", "reefer-telemetry", "2025-09-26T00:30", N,
       ack=user("Tobias Brandt", 15), res=svc(200),
       why="hard case: acked at night, nothing written or escalated, the integration resolved it 3 h 20 later")
    pd(7530, "odds-feed: heartbeat missing from supplier SportsLink", "odds-feed", "2025-09-26T06:00", F,
       ack=user("Marek Nowicki", 3), res=user("Marek Nowicki", 5),
       notes=["SportsLink does its DR switch test every last Friday 06:00-06:15, in their mail from last week. "
              "heartbeats back 06:04"],
       why="the supplier's announced DR test; nothing broken")
    pd(7531, "crew-roster: hotel booking sync failed for 12 crew", "crew-roster", "2025-09-27T13:20", A,
       res=user("Keanu Akana", 35),
       notes=["Procurement rotated the hotel API creds without telling us. New ones in, resynced, 12 bookings ok. "
              "Not a false alarm obviously."],
       why="hard case: no ack; 'not a false alarm' confirms the alert; credentials replaced by hand")
    pd(7532, "lims-results: disk latency > 40ms on lims-db-2", "lims-results", "2025-09-28T03:15", N,
       ack=user("Aylin Kaya", 5), res=user("Aylin Kaya", 50),
       notes=["nightly snapshot does this. sat on it until ok at 04:02, no action"],
       why="the snapshot's latency was real and passed; the person only waited")
    pd(7533, "drm-license: concurrent stream limit violations > 500", "drm-license", "2025-09-29T18:30", F,
       ack=user("Noor Haddad", 4), res=svc(30),
       notes=["B2B customer HotelTV configured all 500 rooms with the same device id on their side. Their "
              "integration mistake, no real account sharing. Told their account manager."],
       why="hard case: a customer's own misconfiguration looked like sharing; closed by the integration")
    pd(7534, "odds-feed: price publisher pod OOMKilled", "odds-feed", "2025-09-29T12:10", A,
       ack=user("Marek Nowicki", 1), res=svc(22),
       notes=["bumped mem 2Gi -> 3Gi, redeployed. known issue with big tennis ladders, but real this time, not "
              "the usual blip"],
       why="hard case: 'known issue' in passing; memory raised and redeployed, integration resolved it")
    pd(7535, "ci-runners: macOS runner offline: mac-mini-07", "ci-runners", "2025-09-30T07:05", N,
       ack=svc(1), res=svc(18),
       why="hard case: acknowledged by the service's auto-ack, resolved by the integration; no person involved")
    pd(7536, "Reefer gateway: geofence breach container CAIU 556677-2", "reefer-telemetry", "2025-09-30T15:45", A,
       ack=user("Tobias Brandt", 5), res=user("Tobias Brandt", 40),
       notes=["Not a GPS glitch this time: box was loaded on the wrong feeder (MV Kessel). Called the terminal "
              "planner, it came off before sailing."],
       why="hard case: 'GPS glitch' is ruled out; the person got the container taken off the wrong ship")

    # ------------------------------------------------------------ Opsgenie tinyId 3601-3636 ----
    og(3601, "Checkly: check 'Login flow - prod' failed in 2/5 locations", *CHECKLY, "2025-09-01T09:20", F,
       ack=(LUCA, 3), close=(LUCA, 8), tags=["checkly", "synthetic"],
       notes=["robot account got locked by the 90-day password policy. login works for real users, only our "
              "check user expired. rotated its password, green"],
       why="hard case: the check's own account expired; users could log in the whole time")
    og(3602, "Honeycomb trigger: checkout SLO burn > 14x (1h)", *HONEY, "2025-09-01T19:05", A, ack=(AMARA, 2),
       close=(AMARA, 41), priority="P1",
       notes=["new-tax-engine flag 50% -> 0%. errors gone", "PAY-3381 for the tax team"],
       why="flag rolled back by hand")
    og(3603, "StatusCake: response time > 3000ms www.tuinshop.example", *SCAKE, "2025-09-02T02:40", N,
       close=("statuscake-main", 6), priority="P4", count=4,
       why="re-sent 4 times (de-duplicated), closed by the integration in 6 min; nobody acked")
    og(3604, "SolarWinds: interface Gi0/1 down on ams-core-sw2", *SWIN, "2025-09-02T10:10", F, ack=(YUSUF, 4),
       close=(YUSUF, 12), tags=["network", "CHG0042210"],
       notes=["port decommissioned, patch pulled per CHG0042210. NPM still polls it -> set to unmanaged"],
       why="a decommissioned port still polled; nothing down")
    og(3605, "Site24x7: DNS resolution time > 500ms for api.verzekering.example", *S247, "2025-09-03T07:55", N,
       ack=(HANA, 5), close=("site24x7-eu", 26),
       notes=["NS1 incident on their side (status page). can't make their resolvers faster. waiting it out"],
       why="real provider slowness; nothing done; closed by the integration")
    og(3606, "Elastic watcher: payment_failed events > 100 in 5m", *ELASTIC, "2025-09-03T13:30", A, ack=(DIEGO, 2),
       close=(DIEGO, 19), priority="P2",
       notes=["looked like the watcher double-counting retries again (it did in July). no - real failures, acquirer "
              "rejecting 3DS. switched routing to the backup acquirer"],
       why="hard case: the watcher's old bug considered and ruled out; routing switched by hand")
    og(3607, "Honeycomb trigger: p99 duration > 2s on /export", *HONEY, "2025-09-04T16:45", F, ack=(SAKURA, 6),
       close=(SAKURA, 10),
       notes=["/export is the bulk CSV endpoint, 2 s is nothing for it. trigger got copy-pasted from /search with "
              "the same limit. raised to 30s for this one"],
       why="a threshold copied from another endpoint; nothing slow")
    og(3608, "Backup job failed: pg-cluster-orders nightly", *BACKUP_API, "2025-09-05T01:15", A, ack=(LUCA, 25),
       close=("backup-orchestrator", 140), priority="P2",
       notes=["WAL archive bucket hit its quota. deleted basebackups > 35d, retriggered. orchestrator closes it "
              "when the run is green"],
       why="hard case: a person's night work; the backup API key closed it after the re-run")
    og(3609, "SolarWinds: CPU load > 90% on fw-edge-01", *SWIN, "2025-09-05T22:10", N, ack=(YUSUF, 7),
       close=("solarwinds-npm", 48),
       why="hard case: acked, nothing written, the integration closed it after 48 min")
    og(3610, "Checkly: API check 'GET /v1/rates' degraded", *CHECKLY, "2025-09-06T11:00", F,
       close=("checkly-prod", 15), tags=["api", "flaky-probe"], notes=["again that runner."],
       why="hard case: the verdict is only a tag and two words; closed by the integration")
    # Flapping burst: one web node leaving and rejoining the pool (same template, four cycles within the hour).
    og(3611, SHOP_DOWN, *SCAKE, "2025-09-07T20:02", N, close=("statuscake-main", 4), priority="P2",
       repeated=True, flapping=True, why="flapping burst 1/4, closed by the integration, nobody acked")
    og(3612, SHOP_DOWN, *SCAKE, "2025-09-07T20:14", N, close=("statuscake-main", 3), priority="P2",
       repeated=True, flapping=True, why="flapping burst 2/4")
    og(3613, SHOP_DOWN, *SCAKE, "2025-09-07T20:27", N, close=("statuscake-main", 5), priority="P2",
       repeated=True, flapping=True, why="flapping burst 3/4")
    og(3614, SHOP_DOWN, *SCAKE, "2025-09-07T20:41", A, ack=(DIEGO, 2), close=(DIEGO, 9), priority="P2",
       notes=["1 of 3 web nodes kept failing health check and rejoining the pool -> the flapping. drained web-3, "
              "stable since"],
       repeated=True, flapping=True, why="flapping burst 4/4: the person drained the bad node")
    og(3615, "Elastic watcher: failed SSH logins > 50 on bastion-2", *ELASTIC, "2025-09-08T10:30", F,
       ack=(AMARA, 4), close=(AMARA, 11), tags=["security"],
       notes=["our own Qualys scan, runs Mondays. SEC-771 to allowlist the scanner IPs in the watcher"],
       why="our scheduled vulnerability scan, not an attack")
    og(3616, "Site24x7: SSL certificate expires in 3 days: portal.verzekering.example", *S247, "2025-09-08T14:00",
       A, close=(HANA, 95), priority="P3",
       notes=["auto-renew failed, the ACME CNAME got deleted in the DNS cleanup. restored it, renewed by hand, "
              "checked the other domains too"],
       why="no ack; closed by a person after work written in a note")
    og(3617, "Honeycomb trigger: error rate > 5% on image-resize", *HONEY, "2025-09-09T03:05", N,
       close=("System", 480), escalations=1,
       why="hard case: escalated once, nobody acked, closed by System after 8 hours")
    og(3618, "SolarWinds: node down printer-hq-3f", *SWIN, "2025-09-09T09:40", F, ack=(YUSUF, 20),
       close=(YUSUF, 22), priority="P5",
       notes=["printer lives in the storage room since the move, facilities unplugged it. should have left "
              "monitoring in June. removed now"],
       why="a retired printer still monitored")
    og(3619, "Checkly: browser check 'Add to cart' failed in all locations", *CHECKLY, "2025-09-10T12:25", A,
       ack=(SAKURA, 1), close=(SAKURA, 18), priority="P2",
       notes=["real one. CDN purged the wrong path after deploy, JS bundle 404. repurged + redeployed 12:39"],
       why="fixed by a person")
    og(3620, "Elastic watcher: index ingest lag > 10m (logs-app-*)", *ELASTIC, "2025-09-10T23:30", A,
       ack=(LUCA, 9), close=(LUCA, 64),
       notes=["the midnight ILM rollover usually causes this and it clears. not tonight: rollover stuck on a "
              "read-only block (flood stage). freed disk, removed the block, lag caught up"],
       why="hard case: 'usually clears' is the first guess; the person removed an index block")
    og(3621, "Site24x7: website DOWN https://status.verzekering.example", *S247, "2025-09-11T06:10", F,
       ack=(HANA, 2), close=(HANA, 5),
       notes=["status page is IP-restricted since last week (internal audience). Site24x7 gets 403, page loads "
              "fine for us. monitor needs the new allowlist"],
       why="hard case: the monitor is locked out by a deliberate restriction; the page was up")
    og(3622, "Backup verification: restore test failed for mongo-catalog", *BACKUP_API, "2025-09-11T04:20", A,
       ack=(DIEGO, 180), close=(DIEGO, 260),
       notes=["restore test is right, the dump was corrupt - mongodump ran during the resharding. fresh backup "
              "taken, test re-run OK. DBA-119"],
       why="hard case: 'test' is the job's name; a corrupt backup redone by hand")
    og(3623, "StatusCake: SSL handshake slow > 1s for api.fietsen.example", *SCAKE, "2025-09-12T15:00", N,
       ack=("chatops-bot", 1), close=("statuscake-main", 14),
       why="hard case: acked by the chat bot, closed by the integration; nobody did anything")
    og(3624, "Honeycomb trigger: zero events from service 'recommender' in 10m", *HONEY, "2025-09-12T17:20", F,
       ack=(AMARA, 5), close=("honeycomb-prod", 30),
       notes=["recommender moved to the OTel collector v2 and writes to dataset recs-v2. trigger still reads "
              "the old dataset. service healthy"],
       why="hard case: the trigger reads an abandoned dataset; closed by the integration")
    og(3625, "SolarWinds: BGP session down to transit-2 on ams-edge-1", *SWIN, "2025-09-13T02:50", A,
       ack=(YUSUF, 9), close=("solarwinds-npm", 95), escalations=1, priority="P2",
       notes=["fibre cut at transit-2 (their ticket 7781223). moved outbound prefs to transit-1, will revert when "
              "they are back"],
       why="escalated; traffic moved by hand; the integration closed it")
    og(3626, "Backup job slow: fileserver-cifs incremental > 6h", *BACKUP_API, "2025-09-14T08:00", N,
       close=("backup-orchestrator", 410), priority="P4",
       why="the job finished on its own; closed by its API key, nobody acked")
    og(3627, "Elastic watcher: disk watermark high on es-data-07", *ELASTIC, "2025-09-15T11:45", F,
       ack=(SAKURA, 3), close=(SAKURA, 6),
       notes=["same watermark thing OPS-5520 already tracks, paged again because the watcher got renamed. "
              "closing as dup"],
       why="a duplicate of an already tracked issue")
    og(3628, "Site24x7: response time > 5s from Sydney for portal.verzekering.example", *S247,
       "2025-09-15T21:30", N, close=("site24x7-eu", 4), priority="P4",
       why="closed by the integration in 4 min; nobody acked")
    og(3629, "Checkly: heartbeat missed for 'invoice-mailer' cron", *CHECKLY, "2025-09-16T06:30", A,
       close=(LUCA, 22),
       why="hard case: no ack, no note; Luca restarted the stuck cron pod and mentioned it only at stand-up")
    og(3630, "Honeycomb trigger: 5xx on /webhooks/stripe > 20/min", *HONEY, "2025-09-16T14:10", F,
       ack=(DIEGO, 4), close=(DIEGO, 16),
       notes=["a dev ran `stripe trigger` from his laptop against the prod webhook (wrong env var). signature "
              "check rejected them, which is correct. no real payment touched. talked to him"],
       why="hard case: a developer's local misconfiguration; the service behaved correctly")
    og(3631, "SolarWinds: packet loss > 5% on wan-link-branch-utrecht", *SWIN, "2025-09-17T10:05", N,
       ack=(YUSUF, 3), close=(YUSUF, 30),
       notes=["ISP maint (ref MW-99120), we were not on their notice list. not much we can do, recovered 10:33"],
       why="hard case: real loss from the ISP's unannounced maintenance; nothing done (the alert was right)")
    og(3632, "Elastic watcher: 401 spikes from partner API key 'fleetco'", *ELASTIC, "2025-09-18T09:15", A,
       ack=(AMARA, 6), close=(AMARA, 44), tags=["security", "partner"],
       notes=["partner's key leaked in a public GitHub repo (they told us). revoked, issued a new one, partner "
              "confirmed. SEC-790"],
       why="key revoked and reissued")
    og(3633, "StatusCake: page speed score < 60 for shop.fietsen.example", *SCAKE, "2025-09-19T13:00", N,
       ack=(HANA, 10), close=(HANA, 12), priority="P5",
       notes=["marketing hero video again. meh. nothing for ops, will mention in the weekly"],
       why="real but not ours to act on; closed by a person who did nothing")
    og(3634, "Checkly: multistep check 'Password reset' failed (email not received)", *CHECKLY,
       "2025-09-20T10:00", F, ack=(SAKURA, 30), close=("System", 600),
       notes=["mailinator is blocking our check inbox domain. reset mails goes out normal (SES logs ok), only the "
              "test inbox cant recieve. will move to own inbox monday"],
       why="hard case: the check's mailbox broke, not password reset; closed by System after 10 h")
    og(3635, "Site24x7: website DOWN https://claims.verzekering.example", *S247, "2025-09-21T03:40", A,
       ack=(HANA, 12), close=("site24x7-eu", 58), escalations=1, priority="P1",
       notes=["primary didn't answer, I'm secondary. IIS app pool dead after the Windows update reboot. started "
              "it, set to auto-start. up 04:35"],
       why="escalated to the secondary who restarted the app pool; closed by the integration")
    og(3636, "Honeycomb trigger: login success rate < 90%", *HONEY, "2025-09-22T08:50", F, ack=(LUCA, 2),
       close=("chatops-bot", 9), tags=["drill"],
       notes=["on purpose - onboarding drill for the new joiners, sorry for the noise in #ops"],
       why="a drill triggered on purpose; closed through the chat bot's API key")
