#!/usr/bin/env python3
"""Renders the hand-written alert scenarios below into vendor export shapes.

Every scenario (one call per alert) was written by hand, with its true actionability, repeat and flapping
labels decided by the author from what the scenario says happened -- not computed from the fields by any rule.
This script only lays each scenario out as a PagerDuty `GET /incidents` item or an Opsgenie `GET /v2/alerts`
item, and writes the labels with the fixed split (see ../README.md). Python 3 standard library; deterministic.

    python3 sample-data/eval/tools/render_alerts.py
"""
import hashlib
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from split import assign_splits

EVAL = Path(__file__).resolve().parent.parent



def t(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M").replace(tzinfo=timezone.utc)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def rid(prefix, seed, length):
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    h = hashlib.sha1(seed.encode()).digest()
    return prefix + "".join(alphabet[b % len(alphabet)] for b in h[:length])


LABELS = []

# ---------------------------------------------------------------- PagerDuty ----
PD_SERVICES = {
    # service: (escalation policy, team)
    "ledger-api": ("Ledger - Primary", "Money Movement"),
    "payouts-worker": ("Ledger - Primary", "Money Movement"),
    "auth-gateway": ("Identity On-call", "Identity"),
    "session-store": ("Identity On-call", "Identity"),
    "k8s-platform": ("Platform 24x7", "Platform"),
    "edge-lb": ("Platform 24x7", "Platform"),
    "media-transcoder": ("Media Pipeline", "Media"),
    "recs-feature-store": ("ML Serving", "Recommendations"),
    "billing-cron": ("Billing Business Hours", "Billing"),
}
PD_INCIDENTS = []


def user(name, minutes):
    return ("user", name, minutes)


def svc(minutes):
    return ("service", None, minutes)


def integ(name, minutes):
    return ("integration", name, minutes)


def pd(number, title, service, created, label, ack=None, res=None, urgency="high", priority=None, notes=(),
       escalations=0, desc=None, key=None, repeated=False, flapping=False, why=""):
    created_at = t(created)
    iid = rid("Q", "pd-%d" % number, 13)
    policy, team = PD_SERVICES[service]
    sid = rid("P", service, 6)
    inc = {
        "id": iid, "type": "incident", "incident_number": number, "title": title,
        "summary": "[#%d] %s" % (number, title), "description": desc or title,
        "created_at": iso(created_at), "status": "resolved" if res else ("acknowledged" if ack else "triggered"),
        "incident_key": key or hashlib.md5(("key-" + title).encode()).hexdigest(),
        "service": {"id": sid, "type": "service_reference", "summary": service,
                    "self": "https://api.pagerduty.com/services/" + sid,
                    "html_url": "https://example-eval.pagerduty.com/service-directory/" + sid},
        "assignments": [], "acknowledgements": [],
        "escalation_policy": {"id": rid("P", policy, 6), "type": "escalation_policy_reference", "summary": policy},
        "teams": [{"id": rid("P", team, 6), "type": "team_reference", "summary": team}],
        "urgency": urgency,
        "priority": None if priority is None else {"id": rid("P", priority, 6), "type": "priority_reference",
                                                   "summary": priority},
        "alert_counts": {"all": 1, "triggered": 0 if res else 1, "resolved": 1 if res else 0},
        "incident_type": {"name": "incident_default"},
        "resolve_reason": None,
        "html_url": "https://example-eval.pagerduty.com/incidents/" + iid,
        "self": "https://api.pagerduty.com/incidents/" + iid,
    }
    last_change = created_at
    facts = {}
    if ack:
        kind, name, minutes = ack
        at = created_at + timedelta(minutes=minutes)
        facts["acknowledged_at"] = iso(at)
        facts["acknowledged_by"] = ({"type": "user_reference", "summary": name} if kind == "user"
                                    else {"type": "service_reference", "summary": service})
        last_change = at
    if res:
        kind, name, minutes = res
        at = created_at + timedelta(minutes=minutes)
        inc["resolved_at"] = iso(at)
        inc["last_status_change_by"] = ({"type": "user_reference", "summary": name} if kind == "user"
                                        else {"type": "service_reference", "summary": service, "id": sid})
        last_change = at
    inc["last_status_change_at"] = iso(last_change)
    inc["updated_at"] = iso(last_change)
    if escalations:
        facts["escalations"] = escalations
    if notes:
        facts["notes"] = list(notes)
    if facts:
        inc["log_facts"] = facts
    PD_INCIDENTS.append(inc)
    LABELS.append({"id": iid, "source": "pagerduty", "number": str(number), "file": "pagerduty-incidents.json",
                   "actionability": label, "repeated": repeated, "flapping": flapping, "why": why})


A, N, F = "ACTIONABLE", "NON_ACTIONABLE", "FALSE_POSITIVE"

# Ledger / payouts: a mix of real work and quick self-recoveries.
pd(7001, "Ledger write latency p99 > 800ms", "ledger-api", "2025-03-03T09:12", A, ack=user("Priya Raman", 3),
   res=user("Priya Raman", 52), priority="P2", notes=["Autovacuum stuck on ledger_entries; cancelled and ran manual vacuum."],
   why="acked, diagnosed, fixed by hand")
pd(7002, "payouts-worker queue depth above 5000", "payouts-worker", "2025-03-03T13:40", N, res=svc(6), urgency="low",
   why="cleared by itself in 6 min, nobody touched it")
pd(7003, "Ledger reconciliation job failed", "ledger-api", "2025-03-04T02:05", A, ack=user("Tomasz Wojcik", 11),
   res=user("Tomasz Wojcik", 95), priority="P3", notes=["Re-ran for 2025-03-03 after fixing the missing FX rate row."],
   why="needed a manual re-run")
pd(7004, "Ledger API 5xx rate elevated", "ledger-api", "2025-03-04T16:22", N, res=svc(4), why="blip during LB drain, auto-cleared")
pd(7005, "payouts-worker heartbeat missing", "payouts-worker", "2025-03-05T07:55", F, ack=user("Amara Okafor", 2),
   res=user("Amara Okafor", 9), notes=["False alarm - the heartbeat sender was paused for the maintenance window, worker was fine."],
   why="explicit false alarm in a note")
pd(7006, "Ledger DB replication lag 45s", "ledger-api", "2025-03-05T11:30", A, ack=user("Priya Raman", 5),
   res=user("Priya Raman", 40), escalations=0, notes=["Long-running analytics query on the replica; killed it and moved the report to the warehouse."],
   why="killed a query")
pd(7007, "payouts-worker p95 job duration high", "payouts-worker", "2025-03-06T03:14", N, res=svc(8), urgency="low",
   why="batch peak, self-recovered")
pd(7008, "Payout batch stuck in PENDING for bank CH-03", "payouts-worker", "2025-03-06T10:01", A,
   ack=user("Jonas Berg", 7), res=user("Jonas Berg", 130), priority="P2", escalations=1,
   notes=["Bank file rejected - wrong value date. Regenerated and resubmitted with the bank's ops desk."],
   why="manual resubmission")
pd(7009, "Ledger API 5xx rate elevated", "ledger-api", "2025-03-07T14:48", N, res=svc(3), why="transient")
pd(7010, "ledger-api pod restarts > 3 in 10m", "ledger-api", "2025-03-07T22:10", A, ack=user("Tomasz Wojcik", 6),
   res=user("Tomasz Wojcik", 35), notes=["OOMKilled after the new cache; raised the memory limit to 2Gi, follow-up ticket LED-311."],
   why="manual fix")
pd(7011, "Synthetic transfer test failed (sandbox)", "ledger-api", "2025-03-08T05:20", F, res=user("Amara Okafor", 190),
   notes=["Sandbox bank endpoint was down, not our service. Not an issue, closing."], why="not an issue")
pd(7012, "Ledger write latency p99 > 800ms", "ledger-api", "2025-03-09T19:03", N, res=svc(5), why="self-recovered")

# Identity: flapping session-store check and a repeat group of cert warnings.
for i, (hh, mm) in enumerate([(2, 4), (2, 17), (2, 29), (2, 44)]):
    pd(7020 + i, "session-store node redis-sess-2 unreachable", "session-store", "2025-03-10T%02d:%02d" % (hh, mm), N,
       res=svc(4 + i % 2), repeated=True, flapping=True, why="network blip on one node, flapped and cleared each time")
pd(7024, "auth-gateway login error rate > 5%", "auth-gateway", "2025-03-10T09:31", A, ack=user("Lena Hoffmann", 2),
   res=user("Lena Hoffmann", 48), priority="P1", escalations=1,
   notes=["Identity provider metadata rotated; re-imported SAML metadata.", "Customer comms sent via status page."],
   why="major, real fix")
pd(7025, "auth-gateway token signing latency high", "auth-gateway", "2025-03-11T15:15", N, res=svc(7), urgency="low",
   why="GC pause, cleared")
pd(7026, "TLS certificate for login.internal expires in 14 days", "auth-gateway", "2025-03-11T08:00", A,
   ack=user("Lena Hoffmann", 45), res=user("Lena Hoffmann", 300), urgency="low", priority="P4",
   notes=["Renewed via ACME, deployed to both gateways."], repeated=False, why="renewed a cert")
pd(7027, "session-store memory usage 92%", "session-store", "2025-03-12T01:45", A, ack=user("Kwame Mensah", 9),
   res=user("Kwame Mensah", 70), notes=["TTL missing on remember-me keys after last release; ran a scan to set TTLs."],
   why="manual clean-up")
pd(7028, "auth-gateway login error rate > 5%", "auth-gateway", "2025-03-12T17:20", F, ack=user("Kwame Mensah", 3),
   res=user("Kwame Mensah", 12), notes=["Load test from the perf team hitting login with bad passwords. this was just a test"],
   why="a load test, says so")
pd(7029, "session-store eviction rate high", "session-store", "2025-03-13T04:10", N, res=svc(9), urgency="low",
   why="cleared itself")
pd(7030, "auth-gateway /healthz failing from 1 of 3 probes", "auth-gateway", "2025-03-13T11:11", F,
   res=user("Lena Hoffmann", 25), notes=["Probe location had an outage on the monitoring vendor's side; gateway healthy. False positive."],
   why="false positive in note")
pd(7031, "OIDC discovery endpoint slow", "auth-gateway", "2025-03-14T20:40", N, ack=user("Lena Hoffmann", 4),
   res=svc(8), why="acked, then it recovered by itself within minutes; nothing done")

# Platform: nodes, disks, repeats per host.
for i, (day, host, h) in enumerate([(17, "ip-10-4-12-7", 3), (17, "ip-10-4-19-22", 9), (17, "ip-10-4-3-101", 14),
                                    (17, "ip-10-4-8-56", 20)]):
    pd(7040 + i, "Node %s disk pressure (kubelet)" % host, "k8s-platform", "2025-03-%02dT%02d:05" % (day, h), A,
       ack=user("Rafael Souza", 4 + i), res=user("Rafael Souza", 30 + 5 * i),
       notes=["Pruned images; image GC threshold too high on this node group."], repeated=True,
       why="each needed a manual prune; same template on different hosts")
pd(7044, "Cluster autoscaler failed to scale up node group gpu-a", "k8s-platform", "2025-03-18T10:02", A,
   ack=user("Mei Lin", 6), res=user("Mei Lin", 80), priority="P2",
   notes=["Instance type quota exhausted in the zone; requested increase and moved workloads to gpu-b."],
   why="real capacity work")
pd(7045, "etcd leader changes > 3 in 15 min", "k8s-platform", "2025-03-18T23:30", N, res=svc(10), urgency="low",
   why="leader elections settled on their own")
pd(7046, "edge-lb 502 rate above 1%", "edge-lb", "2025-03-19T12:12", A, ack=user("Rafael Souza", 2),
   res=user("Rafael Souza", 27), escalations=1, notes=["Backend pool had a stale target after the ASG swap; deregistered."],
   why="manual fix")
pd(7047, "edge-lb certificate mismatch on api.example.test", "edge-lb", "2025-03-19T15:45", F,
   ack=user("Mei Lin", 5), res=user("Mei Lin", 15), notes=["staging hostname left in the blackbox targets. noise"],
   why="noise marker")
pd(7048, "CoreDNS SERVFAIL ratio high", "k8s-platform", "2025-03-20T06:50", N, res=svc(6), why="upstream resolver blip")
pd(7049, "kube-apiserver request latency p99 > 1s", "k8s-platform", "2025-03-20T14:31", A, ack=user("Mei Lin", 8),
   res=user("Mei Lin", 63), notes=["A controller in a CI namespace was listing all pods every second; scaled it to zero."],
   why="manual mitigation")
pd(7050, "Node ip-10-4-77-3 NotReady", "k8s-platform", "2025-03-21T02:02", N, res=svc(3), why="node recovered in 3 minutes")
pd(7051, "edge-lb 502 rate above 1%", "edge-lb", "2025-03-21T18:19", N, res=svc(2), why="short blip")
pd(7052, "PVC data-kafka-2 90% full", "k8s-platform", "2025-03-22T09:40", A, ack=user("Rafael Souza", 20),
   res=user("Rafael Souza", 140), urgency="low", notes=["Expanded the volume to 1Ti and lowered retention on debug topics."],
   why="manual expansion")
pd(7053, "Daily cluster backup job did not run", "k8s-platform", "2025-03-23T04:00", F, res=user("Mei Lin", 400),
   urgency="low", notes=["Backups ran, the check looked at the old bucket name. False-positive, fixed the check."],
   why="marked false positive (check pointed at old bucket)")
for i, m in enumerate([1, 13, 26]):
    pd(7054 + i, "edge-lb target health flapping pool web-blue", "edge-lb", "2025-03-24T16:%02d" % m, N, res=svc(5),
       repeated=True, flapping=True, why="flapping health checks during a slow deploy; nobody acted")

# Media / recs / billing.
pd(7060, "Transcode backlog above 2h", "media-transcoder", "2025-03-25T08:30", A, ack=user("Sofia Greco", 10),
   res=user("Sofia Greco", 210), priority="P3", notes=["Spot instances reclaimed; switched the pool to on-demand for the day."],
   why="manual capacity change")
pd(7061, "Transcoder worker crashloop (ffmpeg exit 137)", "media-transcoder", "2025-03-25T13:05", A,
   ack=user("Sofia Greco", 5), res=user("Sofia Greco", 44), notes=["4K uploads need more memory; raised limits."],
   why="fixed")
pd(7062, "Thumbnail generation error rate 3%", "media-transcoder", "2025-03-26T21:44", N, res=svc(7), urgency="low",
   why="cleared by itself")
pd(7063, "Transcode backlog above 2h", "media-transcoder", "2025-03-27T02:15", F, ack=user("Ivan Petrov", 12),
   res=user("Ivan Petrov", 20), notes=["Metric double-counts retried jobs since the exporter upgrade; backlog is really 10 minutes. False alarm."],
   why="false alarm")
pd(7064, "recs-feature-store read latency p99 > 50ms", "recs-feature-store", "2025-03-27T10:10", N, res=svc(9),
   urgency="low", why="recovered")
pd(7065, "Feature freshness SLO breach: user_embeddings stale 6h", "recs-feature-store", "2025-03-27T14:00", A,
   ack=user("Noor Haddad", 15), res=user("Noor Haddad", 185), priority="P3",
   notes=["Upstream Spark job failed on schema change; backfilled."], why="backfill")
pd(7066, "recs-feature-store read latency p99 > 50ms", "recs-feature-store", "2025-03-28T10:40", N, res=svc(4),
   urgency="low", why="recovered")
pd(7067, "Model server canary error rate above baseline", "recs-feature-store", "2025-03-28T15:22", A,
   ack=user("Noor Haddad", 3), res=user("Noor Haddad", 22), notes=["Aborted canary model v42."], why="aborted a rollout")
pd(7068, "billing-cron: invoice run exceeded 3h", "billing-cron", "2025-03-29T04:30", A, ack=user("Olu Adeyemi", 180),
   res=user("Olu Adeyemi", 260), urgency="low", notes=["Split the run by region; finished by 08:50."], why="manual work")
pd(7069, "billing-cron heartbeat missed", "billing-cron", "2025-03-30T01:00", F, res=user("Olu Adeyemi", 420),
   urgency="low", notes=["DST change, cron ran an hour later than the heartbeat window. Not an issue."], why="not an issue")
pd(7070, "Dunning email send failures > 100", "billing-cron", "2025-03-31T09:15", A, ack=user("Olu Adeyemi", 14),
   res=user("Olu Adeyemi", 75), notes=["Mail provider API key rotated by security; updated secret and replayed."],
   why="manual fix")
pd(7071, "recs-feature-store disk IO wait high", "recs-feature-store", "2025-03-31T23:50", N, res=svc(6), urgency="low",
   why="compaction, cleared")
pd(7072, "Ledger API 5xx rate elevated", "ledger-api", "2025-04-01T10:31", A, ack=user("Priya Raman", 1),
   res=user("Priya Raman", 18), escalations=0, notes=["Bad deploy 4.12.0; rolled back."], why="rollback")
pd(7073, "payouts-worker queue depth above 5000", "payouts-worker", "2025-04-01T13:02", N, res=svc(5), urgency="low",
   repeated=True, why="batch peak; first of three in a day")
pd(7074, "payouts-worker queue depth above 5000", "payouts-worker", "2025-04-01T13:31", N, res=svc(6), urgency="low",
   repeated=True, why="batch peak; second of three in a day")
pd(7075, "payouts-worker queue depth above 5000", "payouts-worker", "2025-04-01T17:45", N, res=svc(4), urgency="low",
   repeated=True, why="third in a day: repeated")
pd(7076, "auth-gateway login error rate > 5%", "auth-gateway", "2025-04-02T08:05", A, ack=user("Kwame Mensah", 4),
   res=svc(38), notes=["Upstream directory slow; failed over to the secondary LDAP pool, then it recovered."],
   why="acked, mitigated (notes) and then auto-resolved")
pd(7077, "session-store p99 command latency > 20ms", "session-store", "2025-04-02T12:40", N, ack=user("Kwame Mensah", 3),
   res=svc(6), why="acked, self-recovered in minutes")
pd(7078, "edge-lb 5xx from origin eu-2", "edge-lb", "2025-04-03T03:33", A, ack=user("Rafael Souza", 9),
   res=user("Rafael Souza", 58), escalations=2, notes=["Escalated to network team; transit provider issue, shifted traffic to eu-1."],
   why="escalated and mitigated")
pd(7079, "Transcoder GPU ECC errors on node gpu-t4-17", "media-transcoder", "2025-04-03T11:20", A,
   ack=user("Ivan Petrov", 25), res=user("Ivan Petrov", 95), urgency="low", notes=["Cordoned and drained; hardware ticket HW-88 opened."],
   why="manual drain")
pd(7080, "Weekly restore drill failed", "k8s-platform", "2025-04-04T10:00", A, res=user("Mei Lin", 240), urgency="low",
   notes=["Snapshot permissions missing in the new account; fixed IAM and re-ran the drill."],
   why="resolved by a person after notes; no ack on record")
pd(7081, "ledger-api p99 latency > 1s", "ledger-api", "2025-04-04T14:14", A, res=user("Tomasz Wojcik", 4),
   why="fixed in 4 minutes by restarting a stuck pod; no ack and no note were recorded (hard case)")
pd(7082, "media-transcoder error budget burn 10x", "media-transcoder", "2025-04-05T19:19", N, ack=user("Sofia Greco", 6),
   res=svc(41), why="acked, watched it, burn stopped by itself; nothing done (hard case)")
pd(7083, "session-store replica sync broken", "session-store", "2025-04-06T07:07", F, ack=user("Lena Hoffmann", 8),
   res=user("Lena Hoffmann", 19), notes=["Probe uses the old replica name after the rename; replicas are in sync."],
   why="the alert was wrong; said in words, no marker (hard case)")
pd(7084, "k8s-platform certificate rotation job failed", "k8s-platform", "2025-04-06T13:30", A,
   ack=user("Rafael Souza", 16), res=user("Rafael Souza", 66), notes=["Rotated manually; job lacked RBAC after upgrade."],
   why="manual rotation")
pd(7085, "recs-feature-store read latency p99 > 50ms", "recs-feature-store", "2025-04-07T10:20", F,
   res=user("Noor Haddad", 30), notes=["#falsepositive - the latency exporter was counting the warmup requests"],
   why="hashtag false positive")
pd(7086, "Ledger DB connections > 90% of max", "ledger-api", "2025-04-07T16:45", A, ack=user("Priya Raman", 2),
   res=user("Priya Raman", 33), notes=["Connection leak in the new retry path; restarted pods and raised LED-330."],
   why="manual fix")
pd(7087, "payouts-worker heartbeat missing", "payouts-worker", "2025-04-08T02:30", N, res=svc(4), why="heartbeat late, came back")
pd(7088, "Media CDN origin shield hit ratio < 80%", "media-transcoder", "2025-04-08T09:00", N, res=svc(35), urgency="low",
   why="auto-resolved after 35 min, nobody looked")

# ---------------------------------------------------------------- Opsgenie ----
OG_ALERTS = []


def og(tiny, message, integration, itype, created, label, ack=None, close=None, priority="P3", tags=(), notes=(),
       count=1, escalations=0, source=None, repeated=False, flapping=False, why=""):
    created_at = t(created)
    aid = "%s-%d" % (hashlib.sha1(("og-%d" % tiny).encode()).hexdigest()[:8] + "-" +
                     hashlib.sha1(("og-%d" % tiny).encode()).hexdigest()[8:12] + "-4" +
                     hashlib.sha1(("og-%d" % tiny).encode()).hexdigest()[13:16] + "-a" +
                     hashlib.sha1(("og-%d" % tiny).encode()).hexdigest()[17:20] + "-" +
                     hashlib.sha1(("og-%d" % tiny).encode()).hexdigest()[20:32],
                     int(created_at.timestamp() * 1000))
    report = {}
    last = created_at
    if ack:
        who, minutes = ack
        report["ackTime"] = minutes * 60 * 1000
        report["acknowledgedBy"] = who
        last = created_at + timedelta(minutes=minutes)
    if close:
        who, minutes = close
        report["closeTime"] = minutes * 60 * 1000
        report["closedBy"] = who
        last = created_at + timedelta(minutes=minutes)
    alert = {
        "seen": bool(ack), "id": aid, "tinyId": str(tiny),
        "alias": hashlib.sha1(("alias-" + message).encode()).hexdigest(),
        "message": message, "status": "closed" if close else "open", "acknowledged": bool(ack), "isSeen": bool(ack),
        "tags": list(tags), "snoozed": False, "count": count,
        "lastOccurredAt": iso(created_at), "createdAt": iso(created_at), "updatedAt": iso(last),
        "source": source or itype, "owner": ack[0] if ack else "", "priority": priority,
        "teams": [{"id": "5b1f9c2e-0d6a-4f3e-9a61-0c7e2b8d4a10"}],
        "responders": [{"type": "team", "id": "5b1f9c2e-0d6a-4f3e-9a61-0c7e2b8d4a10"}],
        "integration": {"id": hashlib.md5(integration.encode()).hexdigest(), "name": integration, "type": itype},
        "report": report,
        "ownerTeamId": "5b1f9c2e-0d6a-4f3e-9a61-0c7e2b8d4a10",
    }
    facts = {}
    if escalations:
        facts["escalations"] = escalations
    if notes:
        facts["notes"] = list(notes)
    if facts:
        alert["log_facts"] = facts
    OG_ALERTS.append(alert)
    LABELS.append({"id": aid, "source": "opsgenie", "number": str(tiny), "file": "opsgenie-alerts.json",
                   "actionability": label, "repeated": repeated or count > 1, "flapping": flapping, "why": why})


PROM, DD, CW, GRAF, HB = ("prom-prod", "Prometheus"), ("dd-main", "Datadog"), ("aws-cw", "CloudWatch"), \
    ("grafana-alerts", "Grafana"), ("cron-heartbeats", "Heartbeat")


def p(integ_pair):
    return integ_pair


# Search / orders / streaming on Opsgenie.
og(3101, "[FIRING:1] KubePodCrashLooping search/indexer-7c9d", *PROM, "2025-03-03T08:44", A,
   ack=("ana.silva@example.test", 5), close=("ana.silva@example.test", 38), tags=["prod", "search"],
   notes=["Bad mapping in the new index template; reverted template."], why="fixed")
og(3102, "High request latency on orders-svc (p95 > 1.2s)", *DD, "2025-03-03T12:10", N, close=("dd-main", 6),
   tags=["prod"], why="auto-closed by Datadog in 6 min")
og(3103, "RDS orders-primary CPUUtilization > 85", *CW, "2025-03-04T01:22", A, ack=("marek.nowak@example.test", 8),
   close=("marek.nowak@example.test", 55), priority="P2", tags=["prod", "db"],
   notes=["Missing index on orders(customer_id, created_at) after migration; added concurrently."], why="fixed")
og(3104, "Kafka under-replicated partitions > 0 (cluster stream-a)", *DD, "2025-03-04T10:05", N,
   close=("dd-main", 4), tags=["kafka"], why="broker restart during patching")
og(3105, "[FIRING:1] TargetDown job=node-exporter instance=10.2.3.4:9100", *PROM, "2025-03-04T15:16", F,
   ack=("ji-woo.park@example.test", 3), close=("ji-woo.park@example.test", 10), tags=["false-positive"],
   why="tagged false-positive")
og(3106, "Heartbeat expired: nightly-export", *HB, "2025-03-05T03:30", A, ack=("marek.nowak@example.test", 22),
   close=("marek.nowak@example.test", 95), priority="P3", notes=["Export job hung on S3 multipart upload; killed and re-ran."],
   why="re-ran a job")
og(3107, "High request latency on orders-svc (p95 > 1.2s)", *DD, "2025-03-05T12:33", N, close=("dd-main", 3),
   why="transient")
og(3108, "Grafana alert: checkout funnel conversion drop", *GRAF, "2025-03-05T18:00", F,
   ack=("ana.silva@example.test", 14), close=("ana.silva@example.test", 21), tags=["business"],
   notes=["Marketing campaign ended at 18:00 - expected drop. not an issue"], why="not an issue")
og(3109, "RDS orders-replica-2 ReplicaLag > 60", *CW, "2025-03-06T02:11", N, close=("aws-cw", 9), tags=["db"],
   why="lag caught up")
og(3110, "[FIRING:3] KubeJobFailed batch/price-sync", *PROM, "2025-03-06T06:00", A,
   ack=("ji-woo.park@example.test", 40), close=("ji-woo.park@example.test", 75),
   notes=["Supplier API changed pagination; patched client and re-ran."], why="fixed")
og(3111, "Elasticsearch cluster status red (search-prod)", *DD, "2025-03-06T14:25", A,
   ack=("ana.silva@example.test", 2), close=("ana.silva@example.test", 64), priority="P1", escalations=1,
   tags=["prod", "incident"], notes=["Two data nodes lost to an AZ event; restored replicas from snapshot."],
   why="major incident")
for i, m in enumerate([5, 19, 31, 48]):
    og(3112 + i, "Blackbox probe failed: https://shop.example.test/api/health (ap-south-1)", *PROM,
       "2025-03-07T04:%02d" % m, N, close=("prom-prod", 3), tags=["synthetic"], repeated=True, flapping=True,
       why="probe region flapping, cleared each time, nobody acted")
og(3116, "Kafka consumer group billing-sync lag > 100k", *DD, "2025-03-07T09:50", A,
   ack=("marek.nowak@example.test", 6), close=("marek.nowak@example.test", 47),
   notes=["Consumer stuck on a poison message; skipped offset after saving it to the DLQ."], why="manual")
og(3117, "Disk space low on bastion-01 (/var/log 93%)", *DD, "2025-03-07T22:22", A,
   ack=("ops-bot", 1), close=("lucas.moreau@example.test", 30), tags=["infra"],
   notes=["Rotated logs; logrotate config was missing compress."], why="manual clean-up; bot ack is not a person")
og(3118, "Heartbeat expired: nightly-export", *HB, "2025-03-08T03:31", F, close=("marek.nowak@example.test", 240),
   tags=["noise"], why="tagged noise: export was intentionally disabled")
og(3119, "High request latency on orders-svc (p95 > 1.2s)", *DD, "2025-03-08T12:45", N, close=("dd-main", 7),
   repeated=False, why="transient")
og(3120, "[FIRING:1] HostOutOfMemory mq-2", *PROM, "2025-03-09T07:12", A, ack=("lucas.moreau@example.test", 4),
   close=("lucas.moreau@example.test", 26), notes=["RabbitMQ memory watermark; purged the abandoned debug queue."],
   why="manual")
og(3121, "S3 bucket media-uploads 4xx errors spike", *CW, "2025-03-09T16:40", N, close=("aws-cw", 5),
   why="client retry storm, cleared")
og(3122, "[FIRING:1] PrometheusRuleFailures", *PROM, "2025-03-10T10:00", F, ack=("ji-woo.park@example.test", 10),
   close=("ji-woo.park@example.test", 14), notes=["Test rule pushed by mistake to prod ruleset - test alert, please ignore"],
   why="test alert")
og(3123, "Payments webhook delivery failures > 50/min", *DD, "2025-03-10T14:14", A,
   ack=("ana.silva@example.test", 3), close=("ana.silva@example.test", 41), priority="P2", escalations=1,
   notes=["Receiver's TLS chain changed; updated CA bundle."], why="fixed")
og(3124, "RDS orders-replica-2 ReplicaLag > 60", *CW, "2025-03-11T02:40", N, close=("aws-cw", 8), why="caught up")
og(3125, "Heartbeat expired: search-reindex", *HB, "2025-03-11T05:00", N, close=("System", 720),
   why="auto-closed by Opsgenie after 12 h; nobody looked, job had simply run late (hard case: nobody needed to act)")
for i, (part, h) in enumerate([(3, 1), (7, 6), (11, 13)]):
    og(3126 + i, "Kafka consumer group search-sync lag > 50k on partition %d" % part, *DD, "2025-03-11T%02d:20" % h, A,
       ack=("lucas.moreau@example.test", 5), close=("lucas.moreau@example.test", 35),
       notes=["Scaled consumers; hot partition from one tenant."], repeated=True,
       why="each needed a manual scale-out; same template across partitions")
og(3129, "[FIRING:1] KubeDeploymentReplicasMismatch web/frontend", *PROM, "2025-03-12T11:11", N,
   ack=("ji-woo.park@example.test", 2), close=("prom-prod", 7), why="acked, rollout finished by itself")
og(3130, "Grafana alert: API error budget burn rate 14x", *GRAF, "2025-03-12T19:58", A,
   ack=("ana.silva@example.test", 1), close=("ana.silva@example.test", 90), priority="P1", tags=["incident"],
   notes=["Bad feature flag turned on for all users; disabled it."], why="real")
og(3131, "Disk space low on ci-runner-12 (/ 95%)", *DD, "2025-03-13T06:06", N, close=("dd-main", 9),
   why="build cache purge job ran and cleared it")
og(3132, "CloudWatch alarm: NAT gateway ErrorPortAllocation > 0", *CW, "2025-03-13T13:13", A,
   ack=("marek.nowak@example.test", 12), close=("marek.nowak@example.test", 120),
   notes=["Added a second NAT gateway and spread the subnets."], why="capacity change")
og(3133, "[FIRING:1] CPUThrottlingHigh checkout/cart-api", *PROM, "2025-03-13T20:20", F,
   close=("ji-woo.park@example.test", 60), tags=["alert-tuning"], notes=["Threshold is too low for this pod - false positive, raising to 50%"],
   why="false positive in note")
og(3134, "High request latency on orders-svc (p95 > 1.2s)", *DD, "2025-03-14T12:01", A,
   ack=("marek.nowak@example.test", 3), close=("marek.nowak@example.test", 29),
   notes=["Cache cluster node replaced; warmed cache manually."], why="manual")
og(3135, "Heartbeat expired: ledger-close", *HB, "2025-03-15T00:30", A, ack=("lucas.moreau@example.test", 15),
   close=("lucas.moreau@example.test", 80), priority="P2", escalations=2,
   notes=["Job blocked by a lock from a stuck migration; released the lock, job completed."], why="manual")
og(3136, "S3 bucket media-uploads 4xx errors spike", *CW, "2025-03-15T16:16", N, close=("aws-cw", 4), why="transient")
og(3137, "[FIRING:2] KubePersistentVolumeFillingUp monitoring/prometheus-0", *PROM, "2025-03-16T09:09", A,
   ack=("ji-woo.park@example.test", 30), close=("ji-woo.park@example.test", 110), tags=["observability"],
   notes=["Cardinality explosion from a new label; dropped the label with a relabel rule."], why="manual")
og(3138, "Synthetic login check failed (us-west)", *DD, "2025-03-16T14:44", F,
   ack=("ana.silva@example.test", 6), close=("ana.silva@example.test", 13), tags=["synthetic", "false_positive"],
   why="tagged false_positive")
og(3139, "Kafka under-replicated partitions > 0 (cluster stream-a)", *DD, "2025-03-17T03:03", N, close=("dd-main", 6),
   why="transient")
og(3140, "RDS orders-primary FreeStorageSpace < 10GB", *CW, "2025-03-17T10:10", A,
   ack=("marek.nowak@example.test", 9), close=("marek.nowak@example.test", 50), priority="P2",
   notes=["Enabled storage autoscaling and dropped an old audit table."], why="manual")
og(3141, "Grafana alert: signup rate is zero", *GRAF, "2025-03-17T23:59", F, close=("ana.silva@example.test", 30),
   notes=["Dashboard query uses local midnight; the series resets. False alarm."], why="false alarm")
og(3142, "[FIRING:1] KubePodNotReady payments/ledger-sync-0", *PROM, "2025-03-18T08:08", N, close=("prom-prod", 5),
   why="pod became ready")
og(3143, "Datadog monitor: orders-svc error rate > 2%", *DD, "2025-03-18T15:30", A,
   ack=("lucas.moreau@example.test", 2), close=("lucas.moreau@example.test", 24), priority="P2",
   notes=["Rolled back orders-svc 2025.03.18-3."], why="rollback")
og(3144, "Heartbeat expired: search-reindex", *HB, "2025-03-19T05:00", N, close=("cron-heartbeats", 8),
   why="heartbeat came back in 8 min")
og(3145, "[FIRING:1] BlackboxSslCertificateWillExpireSoon cdn.example.test", *PROM, "2025-03-19T09:00", A,
   ack=("ji-woo.park@example.test", 60), close=("ji-woo.park@example.test", 180), priority="P4",
   notes=["Renewed and uploaded to the CDN."], why="renewal")
og(3146, "Log ingestion pipeline dropping events", *DD, "2025-03-19T13:45", A, ack=("ana.silva@example.test", 7),
   close=("ana.silva@example.test", 70), notes=["Fluent Bit buffer full; increased buffer and fixed the slow output."],
   why="manual")
og(3147, "Synthetic login check failed (us-west)", *DD, "2025-03-20T02:22", N, close=("dd-main", 4), why="transient")
og(3148, "High request latency on orders-svc (p95 > 1.2s)", *DD, "2025-03-20T12:20", N, close=("dd-main", 5),
   why="transient")
og(3149, "Disk space low on bastion-01 (/var/log 93%)", *DD, "2025-03-21T07:00", F, close=("lucas.moreau@example.test", 45),
   tags=["false-positive"], notes=["df reports the bind mount twice"], why="tagged")
og(3150, "CloudWatch alarm: Lambda image-resize Throttles > 0", *CW, "2025-03-21T17:17", N, close=("aws-cw", 6),
   why="burst, cleared")
og(3151, "[FIRING:1] KubeHpaMaxedOut web/frontend", *PROM, "2025-03-22T20:05", A, ack=("lucas.moreau@example.test", 4),
   close=("lucas.moreau@example.test", 36), notes=["Raised HPA max from 30 to 60 for the sale."], why="manual")
og(3152, "Redis cache-main evictions > 1000/s", *DD, "2025-03-23T11:11", N, close=("dd-main", 8), why="cleared")
og(3153, "Heartbeat expired: ledger-close", *HB, "2025-03-24T00:31", F, ack=("marek.nowak@example.test", 5),
   close=("marek.nowak@example.test", 8), notes=["Ledger close skipped on purpose for the bank holiday. Just a test of the new schedule, ignore."],
   why="says it is just a test")
og(3154, "RDS orders-primary CPUUtilization > 85", *CW, "2025-03-24T14:05", N, close=("aws-cw", 7), why="transient")
og(3155, "Datadog monitor: orders-svc error rate > 2%", *DD, "2025-03-25T10:10", N, close=("dd-main", 3),
   why="transient")
og(3156, "[FIRING:1] NodeFilesystemAlmostOutOfFiles worker-9", *PROM, "2025-03-25T18:18", A,
   ack=("ji-woo.park@example.test", 10), close=("ji-woo.park@example.test", 42),
   notes=["Leaked temp files from the PDF renderer; cleaned up and patched the cleanup cron."], why="manual")
og(3157, "Disk usage warning ci-runner-3", *DD, "2025-03-26T06:30", N, close=("dd-main", 8), count=6, repeated=True,
   why="deduplicated 6 times, cleared by the purge job")
og(3158, "Kafka consumer group audit-writer lag > 10k", *DD, "2025-03-26T15:00", N, close=("dd-main", 9), count=3,
   why="repeated by itself, cleared")
og(3159, "Grafana alert: API error budget burn rate 14x", *GRAF, "2025-03-27T09:45", F,
   ack=("ana.silva@example.test", 4), close=("ana.silva@example.test", 11),
   notes=["Burn came from the synthetic chaos experiment, planned - this was noise"], why="noise")
og(3160, "[FIRING:1] KubePodCrashLooping search/indexer-7c9d", *PROM, "2025-03-27T16:16", N,
   close=("prom-prod", 5), why="transient crash during node drain")
og(3161, "Payments webhook delivery failures > 50/min", *DD, "2025-03-28T10:30", A,
   ack=("lucas.moreau@example.test", 6), close=("dd-main", 52), escalations=1,
   notes=["Partner endpoint down; paused retries and informed partner. Recovered when their side came back."],
   why="handled with notes, then auto-closed")
og(3162, "CloudWatch alarm: ALB TargetResponseTime > 2s (api-alb)", *CW, "2025-03-28T21:21", N, close=("aws-cw", 6),
   why="transient")
for i, m in enumerate([2, 15, 27, 40, 52]):
    og(3163 + i, "Grafana alert: queue consumer up==0 (thumbnailer)", *GRAF, "2025-03-29T13:%02d" % m, N,
       close=("grafana-alerts", 4), repeated=True, flapping=True, why="scrape target flapping, nobody acted")
og(3168, "RDS orders-primary CPUUtilization > 85", *CW, "2025-03-30T01:01", A, ack=("marek.nowak@example.test", 6),
   close=("marek.nowak@example.test", 44), notes=["Runaway report query; killed and added a statement timeout."],
   why="manual")
og(3169, "[FIRING:1] TargetDown job=node-exporter instance=10.2.9.7:9100", *PROM, "2025-03-30T09:30", F,
   close=("ji-woo.park@example.test", 90),
   notes=["Host was decommissioned yesterday; scrape config still lists it. Removed from targets."],
   why="alert was wrong, no marker (hard case)")
og(3170, "Log ingestion pipeline dropping events", *DD, "2025-03-31T03:15", N, close=("dd-main", 7), why="burst")
og(3171, "Heartbeat expired: nightly-export", *HB, "2025-03-31T03:30", A, ack=("lucas.moreau@example.test", 18),
   close=("lucas.moreau@example.test", 66), notes=["Credentials for the SFTP target expired; rotated them and re-ran."],
   why="manual")
og(3172, "Datadog monitor: orders-svc error rate > 2%", *DD, "2025-04-01T10:02", A,
   close=("marek.nowak@example.test", 5), why="closed by a person in 5 min after a quick restart; no ack or note (hard case)")
og(3173, "Redis cache-main evictions > 1000/s", *DD, "2025-04-01T18:40", N, close=("dd-main", 4), why="cleared")
og(3174, "S3 bucket media-uploads 4xx errors spike", *CW, "2025-04-02T09:09", F, ack=("ana.silva@example.test", 3),
   close=("ana.silva@example.test", 9), tags=["false-alarm"], why="tagged false-alarm")
og(3175, "[FIRING:1] KubeDeploymentReplicasMismatch web/frontend", *PROM, "2025-04-02T16:00", N, close=("prom-prod", 6),
   why="rollout finished")
og(3176, "Synthetic checkout journey failed (eu-central)", *DD, "2025-04-03T12:12", A,
   ack=("lucas.moreau@example.test", 3), close=("lucas.moreau@example.test", 33), priority="P2", tags=["incident"],
   notes=["Payment iframe blocked by a new CSP header; reverted header."], why="real")
og(3177, "CloudWatch alarm: Lambda image-resize Errors > 10", *CW, "2025-04-04T04:04", A,
   ack=("marek.nowak@example.test", 30), close=("marek.nowak@example.test", 75),
   notes=["HEIC images failing; added a converter layer."], why="fixed")
og(3178, "Grafana alert: signup rate is zero", *GRAF, "2025-04-04T23:59", F, close=("ana.silva@example.test", 20),
   notes=["Same midnight reset as before - false positive."], why="false positive")
og(3179, "Kafka under-replicated partitions > 0 (cluster stream-a)", *DD, "2025-04-05T10:10", A,
   ack=("lucas.moreau@example.test", 5), close=("lucas.moreau@example.test", 85), priority="P2",
   notes=["Broker 3 disk failed; replaced the volume and reassigned partitions."], why="manual")
og(3180, "Redis cache-main evictions > 1000/s", *DD, "2025-04-06T11:30", N, ack=("marek.nowak@example.test", 2),
   close=("dd-main", 5), why="acked, cleared by itself")
og(3181, "[FIRING:1] HostHighCpuLoad build-agent-4", *PROM, "2025-04-06T14:00", F, ack=("ji-woo.park@example.test", 4),
   close=("ji-woo.park@example.test", 6), notes=["Expected during the nightly build; alert should not page. False alarm."],
   why="false alarm")
og(3182, "Heartbeat expired: search-reindex", *HB, "2025-04-07T05:00", N, close=("cron-heartbeats", 3), why="transient")

# Second holdout batch (../README.md): written later by someone who had not read the rules; always `holdout`.
FIRST_BATCH = len(LABELS)
import second_holdout  # noqa: E402
PD_SERVICES.update(second_holdout.PD_SERVICES)
second_holdout.alerts(pd, og, user, svc)

# Third batch (../README.md, "Third batch: tune"): written to tune on; always `tune`.
SECOND_BATCH_END = len(LABELS)
import third_tune  # noqa: E402
PD_SERVICES.update(third_tune.PD_SERVICES)
third_tune.alerts(pd, og, user, svc)

# Fourth alert batch (../README.md, "Fourth alert batch: holdout"): written blind to the rules; always `holdout`.
THIRD_BATCH_END = len(LABELS)
import fourth_alerts_holdout  # noqa: E402
PD_SERVICES.update(fourth_alerts_holdout.PD_SERVICES)
fourth_alerts_holdout.alerts(pd, og, user, svc)

# Fifth alert batch (../README.md, "Fifth alert batch: tune"): written blind to the rules to tune on; always `tune`.
FOURTH_BATCH_END = len(LABELS)
import fifth_alerts_tune  # noqa: E402
PD_SERVICES.update(fifth_alerts_tune.PD_SERVICES)
fifth_alerts_tune.alerts(pd, og, user, svc)

# Sixth alert batch (../README.md, "Sixth alert batch: tune"): written blind to the rules to tune on; always `tune`.
FIFTH_BATCH_END = len(LABELS)
import sixth_alerts_tune  # noqa: E402
PD_SERVICES.update(sixth_alerts_tune.PD_SERVICES)
sixth_alerts_tune.alerts(pd, og, user, svc)

# -------------------------------------------------------------------- write ----
(EVAL / "pagerduty-incidents.json").write_text(json.dumps(
    {"incidents": PD_INCIDENTS, "limit": 100, "offset": 0, "more": False, "total": None}, indent=2) + "\n")
(EVAL / "opsgenie-alerts.json").write_text(json.dumps(
    {"data": list(reversed(OG_ALERTS)), "paging": {"first": "https://api.opsgenie.com/v2/alerts?limit=100&offset=0"},
     "took": 0.071, "requestId": "6f2b1d0e-5a2c-4f0e-9b38-0c2a9f6a8e11"}, indent=2) + "\n")
assign_splits(LABELS[:FIRST_BATCH], "actionability")
for label in LABELS[FIRST_BATCH:SECOND_BATCH_END]:
    label["split"] = "holdout"
for label in LABELS[SECOND_BATCH_END:THIRD_BATCH_END]:
    label["split"] = "tune"
for label in LABELS[THIRD_BATCH_END:FOURTH_BATCH_END]:
    label["split"] = "holdout"
for label in LABELS[FOURTH_BATCH_END:]:
    label["split"] = "tune"
(EVAL / "alerts.labels.json").write_text(json.dumps(
    {"about": "True actionability, repeat and flapping labels of the eval alerts, hand-written per scenario "
              "(see README.md). split: fixed, stratified hash of id (tools/split.py), decided before tuning.",
     "alerts": sorted(LABELS[:FIRST_BATCH], key=lambda r: (r["source"], r["number"]))
               + sorted(LABELS[FIRST_BATCH:SECOND_BATCH_END], key=lambda r: (r["source"], r["number"]))
               + sorted(LABELS[SECOND_BATCH_END:THIRD_BATCH_END], key=lambda r: (r["source"], r["number"]))
               + sorted(LABELS[THIRD_BATCH_END:FOURTH_BATCH_END], key=lambda r: (r["source"], r["number"]))
               + sorted(LABELS[FOURTH_BATCH_END:FIFTH_BATCH_END], key=lambda r: (r["source"], r["number"]))
               + sorted(LABELS[FIFTH_BATCH_END:], key=lambda r: (r["source"], r["number"]))}, indent=2) + "\n")
print("pagerduty", len(PD_INCIDENTS), "opsgenie", len(OG_ALERTS))
for cls in (A, N, F):
    rows = [l for l in LABELS if l["actionability"] == cls]
    print(cls, len(rows), "holdout", sum(1 for l in rows if l["split"] == "holdout"),
          "of which second batch", sum(1 for l in LABELS[FIRST_BATCH:SECOND_BATCH_END] if l["actionability"] == cls),
          "third batch (tune)", sum(1 for l in LABELS[SECOND_BATCH_END:THIRD_BATCH_END] if l["actionability"] == cls),
          "fourth alert batch (holdout)",
          sum(1 for l in LABELS[THIRD_BATCH_END:FOURTH_BATCH_END] if l["actionability"] == cls),
          "fifth alert batch (tune)", sum(1 for l in LABELS[FOURTH_BATCH_END:FIFTH_BATCH_END] if l["actionability"] == cls),
          "sixth alert batch (tune)", sum(1 for l in LABELS[FIFTH_BATCH_END:] if l["actionability"] == cls))
