#!/usr/bin/env python3
"""Generate opshistory's sample data: a small, realistic on-call history in the vendors' real shapes.

Deterministic: a fixed seed and fixed dates (never the wall clock), Python 3.11 standard library only.
Re-running it rewrites the same bytes. Run from anywhere:

    python3 sample-data/tools/make_sample_data.py

Shapes are copied from /work/shared/formats (PagerDuty `GET /incidents`, `GET /log_entries`,
`GET /incidents/{id}/notes`; Opsgenie `GET /v2/alerts`, `GET /v2/alerts/{id}/notes`, `GET /v2/teams`).
The planted noise (flapping, transient, repeated, false positives, real incidents) is listed with
its record ids in `planted-noise.labels.json`, and counted in README.md, both written by this script so
that neither can drift from the data.
"""
from __future__ import annotations

import hashlib
import json
import math
import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

SEED = 20261031
UTC = timezone.utc
START = datetime(2026, 5, 1, tzinfo=UTC)
END = datetime(2026, 10, 31, 23, 59, 59, tzinfo=UTC)
OUT = Path(__file__).resolve().parent.parent

PD_WEB = "https://acme-shop.pagerduty.com"
PD_API = "https://api.pagerduty.com"
OG_API = "https://api.opsgenie.com"

rng = random.Random(SEED)

# --------------------------------------------------------------------------- helpers

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def pd_id(length: int = 7, first: str = "P") -> str:
    return first + "".join(rng.choice(ALNUM) for _ in range(length - 1))


def hex32() -> str:
    return "%032x" % rng.getrandbits(128)


def og_uuid() -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def iso(t: datetime) -> str:
    """PagerDuty style: whole seconds, Z."""
    return t.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def og_iso(t: datetime) -> str:
    """Opsgenie style: milliseconds with trailing zeros dropped (…T16:07:06.6Z), as in real captures."""
    t = t.astimezone(UTC)
    ms = t.microsecond // 1000
    base = t.strftime("%Y-%m-%dT%H:%M:%S")
    if ms == 0:
        return base + "Z"
    return base + ("." + "%03d" % ms).rstrip("0") + "Z"


def epoch_ms(t: datetime) -> int:
    return int(t.timestamp() * 1000)


def minutes(a: float, b: float) -> timedelta:
    return timedelta(seconds=rng.uniform(a * 60, b * 60))


def hour_weight(t: datetime) -> float:
    """Diurnal and weekly cycle of alert volume (UTC ~ the teams' local time, Europe/London-ish)."""
    weekday = t.weekday() < 5
    h = t.hour
    if weekday and 8 <= h < 18:
        w = 1.0
        if t.weekday() in (1, 3) and 13 <= h < 17:  # Tue/Thu afternoon release trains
            w = 1.8
    elif weekday and 18 <= h < 22:
        w = 0.45
    elif not weekday and 8 <= h < 22:
        w = 0.3
    else:
        w = 0.2  # sleep hours
    return w


def poisson(lam: float) -> int:
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def background_times(total: float, span_start: datetime, span_end: datetime) -> list[datetime]:
    hours = []
    t = span_start
    while t < span_end:
        hours.append(t)
        t += timedelta(hours=1)
    weight_sum = sum(hour_weight(h) for h in hours)
    times = []
    for h in hours:
        for _ in range(poisson(total * hour_weight(h) / weight_sum)):
            times.append(h + timedelta(seconds=rng.randrange(3600)))
    return sorted(times)


def write_json(rel: str, payload, compact: bool = False) -> None:
    path = OUT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":")) if compact else json.dumps(payload, indent=2, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")


def week_index(t: datetime) -> int:
    return (t - START).days // 7


# --------------------------------------------------------------------------- PagerDuty account

@dataclass(frozen=True)
class PdUser:
    id: str
    name: str
    email: str

    def ref(self) -> dict:
        return {"id": self.id, "type": "user_reference", "summary": self.name,
                "self": f"{PD_API}/users/{self.id}", "html_url": f"{PD_WEB}/users/{self.id}"}


@dataclass(frozen=True)
class PdTeam:
    id: str
    name: str

    def ref(self) -> dict:
        return {"id": self.id, "type": "team_reference", "summary": self.name,
                "self": f"{PD_API}/teams/{self.id}", "html_url": f"{PD_WEB}/teams/{self.id}"}


@dataclass(frozen=True)
class PdService:
    id: str
    name: str
    team: PdTeam
    ep_id: str
    ep_name: str
    rota: tuple  # on-call rotation, one user per week, the next one is secondary

    def ref(self) -> dict:
        return {"id": self.id, "type": "service_reference", "summary": self.name,
                "self": f"{PD_API}/services/{self.id}", "html_url": f"{PD_WEB}/service-directory/{self.id}"}

    def ep_ref(self) -> dict:
        return {"id": self.ep_id, "type": "escalation_policy_reference", "summary": self.ep_name,
                "self": f"{PD_API}/escalation_policies/{self.ep_id}",
                "html_url": f"{PD_WEB}/escalation_policies/{self.ep_id}"}

    def primary(self, t: datetime) -> PdUser:
        return self.rota[week_index(t) % len(self.rota)]

    def secondary(self, t: datetime) -> PdUser:
        return self.rota[(week_index(t) + 1) % len(self.rota)]


def user(name: str) -> PdUser:
    local = name.lower().replace("'", "").replace("á", "a").replace("é", "e").replace(" ", ".")
    return PdUser(pd_id(), name, f"{local}@acme-shop.example")


PRIYA, MARCUS, HANNAH, DIEGO = user("Priya Raman"), user("Marcus Oyelaran"), user("Hannah O'Brien"), user("Diego Fernández")
JUN, SOFIA, AMARA = user("Jun Tanaka"), user("Sofia Lindqvist"), user("Amara Nwosu")
COMMERCE = PdTeam(pd_id(), "Commerce Platform")
SEARCH = PdTeam(pd_id(), "Search & Discovery")
CHECKOUT = PdService(pd_id(), "checkout-api", COMMERCE, pd_id(), "Checkout API - Primary", (PRIYA, MARCUS, HANNAH, DIEGO))
PAYMENTS = PdService(pd_id(), "payments-worker", COMMERCE, pd_id(), "Payments - Primary", (MARCUS, DIEGO, PRIYA, HANNAH))
SEARCHIDX = PdService(pd_id(), "search-indexer", SEARCH, pd_id(), "Search - Primary", (JUN, SOFIA, AMARA))
PD_SERVICES = (CHECKOUT, PAYMENTS, SEARCHIDX)

PRIORITY_COLORS = {"P1": "a8171c", "P2": "eb6016", "P3": "f9b406", "P4": "0b8fd4", "P5": "6b6b6b"}
PRIORITIES = {}
for _i, _name in enumerate(("P1", "P2", "P3", "P4", "P5")):
    PRIORITIES[_name] = {"id": pd_id(), "name": _name, "order": (5 - _i) * 100000000,
                         "description": "" if _i else "Customer-facing outage; all hands"}
PRIORITY_ACCOUNT = "PD" + "".join(rng.choice(ALNUM) for _ in range(5))


def priority_payload(name: str | None, full: bool):
    """A month exported with include[]=priorities carries the full object (real captures), others the reference (docs example)."""
    if name is None:
        return None
    p = PRIORITIES[name]
    if not full:
        return {"id": p["id"], "type": "priority_reference", "summary": name, "self": f"{PD_API}/priorities/{p['id']}"}
    return {"id": p["id"], "type": "priority", "summary": name, "self": f"{PD_API}/priorities/{p['id']}",
            "html_url": None, "account_id": PRIORITY_ACCOUNT, "color": PRIORITY_COLORS[name],
            "created_at": "2024-03-11T10:02:41Z", "description": p["description"], "name": name,
            "order": p["order"], "schema_version": 0, "updated_at": "2025-01-20T16:45:03Z"}


# --------------------------------------------------------------------------- PagerDuty incidents (abstract)

@dataclass
class PdNote:
    at: datetime
    user: PdUser
    content: str


@dataclass
class PdIncident:
    service: PdService
    title: str
    created: datetime
    urgency: str
    priority: str | None
    incident_key: str | None
    alerts: int = 1
    ack: tuple | None = None                 # (at, PdUser)
    escalated: tuple | None = None           # (at, PdUser) escalation by timeout to the secondary
    resolved: tuple | None = None            # (at, PdUser | PdService, channel)
    notes: list = field(default_factory=list)
    responders: list = field(default_factory=list)  # (at, requester, PdUser)
    conference: bool = False
    labels: set = field(default_factory=set)
    id: str = ""
    number: int = 0
    trigger_log_id: str = ""


PD_TEMPLATES = {
    # key: (service, weight, title factory, urgency, priority choices, profile weights, key style)
    "err5xx": (CHECKOUT, 3, lambda: f"High 5xx error rate on checkout-api ({rng.randint(3, 14)}% over 5m)", "high",
               ["P2", "P3", "P3"], {"transient": 2, "ack_auto": 4, "ack_manual": 4}, "stable"),
    "latency": (CHECKOUT, 4, lambda: f"checkout-api p99 latency above 1500ms in {rng.choice(['eu-west-1', 'us-east-1'])}", "high",
                ["P3"], {"transient": 5, "ack_auto": 4, "ack_manual": 1}, "stable"),
    "crashloop": (CHECKOUT, 3, lambda: f"Pod checkout-api-7d9f8b{rng.choice('bcdfghjk')}{rng.randint(10, 99)}-{pd_id(5, 'x').lower()} in CrashLoopBackOff in namespace checkout",
                  "low", ["P4", None], {"transient": 4, "ack_auto": 3, "timeout": 1}, "random"),
    "cert": (CHECKOUT, 0.4, lambda: f"TLS certificate for checkout.acme-shop.example expires in {rng.randint(5, 14)} days", "low",
             ["P5"], {"ack_manual": 1}, "stable"),
    "synthetic": (CHECKOUT, 1.5, lambda: f"Synthetic check 'Place order' failed from {rng.choice(['us-east-1', 'ap-southeast-2'])}", "high",
                  ["P3"], {"transient": 6, "ack_auto": 3}, "stable"),
    "queue": (PAYMENTS, 3, lambda: f"payments-worker queue depth above {rng.choice([5000, 10000, 20000])} messages", "high",
              ["P3"], {"transient": 3, "ack_auto": 5, "ack_manual": 2}, "stable"),
    "stripe": (PAYMENTS, 1.5, lambda: f"Stripe API error rate elevated ({rng.randint(2, 9)}% of charges failing)", "high",
               ["P2", "P3"], {"transient": 3, "ack_auto": 4, "ack_manual": 2}, "stable"),
    "lag": (PAYMENTS, 3, lambda: f"Kafka consumer lag {rng.randint(120, 900)}s on payments.events partition {rng.randint(0, 11)}", "low",
            ["P4", None], {"transient": 5, "ack_auto": 3, "timeout": 1}, "random"),
    "dbpool": (PAYMENTS, 1.5, lambda: f"Database connection pool exhausted on payments-worker-{rng.randint(1, 6)}", "high",
               ["P3"], {"ack_auto": 3, "ack_manual": 3}, "random"),
    "settlement": (PAYMENTS, 0.8, lambda: f"Nightly settlement reconciliation job failed (exit code {rng.choice([1, 2, 137])})", "low",
                   ["P4"], {"ack_manual": 1}, "random"),
    "disk": (SEARCHIDX, 2, lambda: f"Disk usage above 90% on es-data-{rng.randint(1, 6):02d} (/var/lib/elasticsearch)", "low",
             ["P4", None], {"ack_auto": 3, "ack_manual": 2, "timeout": 1}, "random"),
    "esyellow": (SEARCHIDX, 3, lambda: "[PROD] Elasticsearch cluster health YELLOW (es-prod-search)", "low",
                 ["P4", "P3", None], {"transient": 7, "ack_auto": 2}, "none"),
    "indexfail": (SEARCHIDX, 1.5, lambda: f"Indexing job {rng.choice(['catalog-full', 'catalog-delta', 'reviews-delta'])} failed: mapper_parsing_exception", "low",
                  ["P3"], {"ack_manual": 3, "ack_auto": 1}, "random"),
    "heap": (SEARCHIDX, 2, lambda: f"JVM heap usage above 95% on es-data-{rng.randint(1, 6):02d}", "high",
             ["P3"], {"transient": 3, "ack_auto": 4, "ack_manual": 1}, "random"),
}


def incident_key(style: str, title: str) -> str | None:
    if style == "stable":  # Events API dedup key derived from the alert rule, stable across re-triggers
        return hashlib.sha1(title.split(" (")[0].encode()).hexdigest()[:32]
    if style == "random":
        return hex32()
    return None  # grouped alerts: real captures show incident_key null


def apply_profile(inc: PdIncident, profile: str) -> None:
    svc, t = inc.service, inc.created
    high = inc.urgency == "high"
    if profile == "transient":
        inc.resolved = (t + minutes(1.5, 9), svc, "api")
        inc.labels.add("transient")
        return
    if profile == "timeout":  # low urgency, nobody acknowledged; the service's auto-resolve timeout (4 h) closed it
        inc.resolved = (t + timedelta(hours=4), svc, "timeout")
        return
    primary = svc.primary(t)
    if high and rng.random() < 0.12:
        esc_at = t + timedelta(minutes=15)
        inc.escalated = (esc_at, svc.secondary(t))
        ack = (esc_at + minutes(1, 6), svc.secondary(t))
    else:
        ack = (t + (minutes(0.5, 12) if high else minutes(4, 90)), primary)
    inc.ack = ack
    if profile == "ack_auto":
        inc.resolved = (ack[0] + minutes(3, 75), svc, "api")
    else:
        inc.resolved = (ack[0] + minutes(8, 200), ack[1], "website")
        if rng.random() < 0.3:
            inc.notes.append(PdNote(ack[0] + minutes(2, 6), ack[1], rng.choice([
                "Looking. Dashboards show the spike is limited to one AZ.",
                "Restarted the affected pods; watching for recurrence.",
                "Rolled back the last config push, errors back to baseline.",
                "Scaled out by 2 nodes; will open a ticket to right-size.",
            ])))


def pd_background() -> list[PdIncident]:
    keys = list(PD_TEMPLATES)
    weights = [PD_TEMPLATES[k][1] for k in keys]
    out = []
    for t in background_times(330, START, END - timedelta(days=2)):
        k = rng.choices(keys, weights)[0]
        svc, _, title_f, urgency, prios, profile_w, style = PD_TEMPLATES[k]
        if k == "settlement":
            t = t.replace(hour=2, minute=rng.randint(5, 40))
        title = title_f()
        inc = PdIncident(svc, title, t, urgency, rng.choice(prios), incident_key(style, title))
        if style == "none":
            inc.alerts = rng.randint(1, 4)
        apply_profile(inc, rng.choices(list(profile_w), list(profile_w.values()))[0])
        out.append(inc)
    return out


def pd_flapping(planted: dict) -> list[PdIncident]:
    """Same check triggered and auto-resolved >=3 times within an hour, in several bursts."""
    out = []
    bursts = [(CHECKOUT, "Synthetic check 'Place order' failed from eu-west-1", "high", "P3", datetime(2026, 5, 27, 3, 12, tzinfo=UTC), 4),
              (CHECKOUT, "Synthetic check 'Place order' failed from eu-west-1", "high", "P3", datetime(2026, 6, 30, 14, 40, tzinfo=UTC), 5),
              (CHECKOUT, "Synthetic check 'Place order' failed from eu-west-1", "high", "P3", datetime(2026, 8, 11, 23, 5, tzinfo=UTC), 4),
              (CHECKOUT, "Synthetic check 'Place order' failed from eu-west-1", "high", "P3", datetime(2026, 9, 22, 10, 18, tzinfo=UTC), 3),
              (CHECKOUT, "Synthetic check 'Place order' failed from eu-west-1", "high", "P3", datetime(2026, 10, 19, 1, 47, tzinfo=UTC), 4),
              (SEARCHIDX, "[PROD] Elasticsearch cluster health YELLOW (es-prod-search)", "low", "P4", datetime(2026, 7, 4, 16, 2, tzinfo=UTC), 3),
              (SEARCHIDX, "[PROD] Elasticsearch cluster health YELLOW (es-prod-search)", "low", "P4", datetime(2026, 9, 5, 6, 30, tzinfo=UTC), 4)]
    for svc, title, urgency, prio, t, n in bursts:
        key = incident_key("stable", title) if svc is CHECKOUT else None
        burst = []
        for i in range(n):
            inc = PdIncident(svc, title, t, urgency, prio, key, alerts=1)
            inc.resolved = (t + minutes(2, 5), svc, "api")
            inc.labels.update({"flapping", "transient"})
            burst.append(inc)
            t = inc.resolved[0] + minutes(4, 9)
        out.extend(burst)
        planted.setdefault("flapping_bursts", []).append(burst)
    return out


def pd_repeated(planted: dict) -> list[PdIncident]:
    """Same title template, varying host or pod, >=3 times within 24 h (different dedup keys each time)."""
    out = []
    starts = [(SEARCHIDX, "disk", datetime(2026, 5, 12, 9, 20, tzinfo=UTC), 4), (SEARCHIDX, "disk", datetime(2026, 6, 16, 22, 45, tzinfo=UTC), 3),
              (SEARCHIDX, "disk", datetime(2026, 7, 21, 11, 5, tzinfo=UTC), 5), (SEARCHIDX, "disk", datetime(2026, 9, 8, 13, 30, tzinfo=UTC), 3),
              (SEARCHIDX, "disk", datetime(2026, 10, 13, 4, 10, tzinfo=UTC), 4), (CHECKOUT, "crashloop", datetime(2026, 6, 2, 15, 0, tzinfo=UTC), 3),
              (CHECKOUT, "crashloop", datetime(2026, 8, 20, 19, 30, tzinfo=UTC), 4), (CHECKOUT, "crashloop", datetime(2026, 10, 6, 8, 55, tzinfo=UTC), 3),
              (PAYMENTS, "dbpool", datetime(2026, 9, 29, 12, 10, tzinfo=UTC), 3)]
    for svc, key, t, n in starts:
        _, _, title_f, urgency, prios, _, style = PD_TEMPLATES[key]
        group = []
        hosts = rng.sample(range(1, 7), n)
        for i in range(n):
            title = title_f()
            if key == "disk":
                title = f"Disk usage above 90% on es-data-{hosts[i]:02d} (/var/lib/elasticsearch)"
            elif key == "dbpool":
                title = f"Database connection pool exhausted on payments-worker-{hosts[i]}"
            inc = PdIncident(svc, title, t, urgency, prios[0], incident_key(style, title))
            apply_profile(inc, "ack_auto" if i % 2 == 0 else "transient")
            inc.labels.add("repeated")
            group.append(inc)
            t += minutes(30, 300)
        out.extend(group)
        planted.setdefault("repeated_groups", []).append(group)
    return out


def pd_false_positives(planted: dict) -> list[PdIncident]:
    """Pages a responder closed as false positives, said so in a note (PagerDuty incidents have no tags)."""
    cases = [(CHECKOUT, "Synthetic check 'Place order' failed from us-east-1", datetime(2026, 6, 9, 4, 22, tzinfo=UTC),
              "False positive: the synthetic-monitoring vendor had a regional outage (their status page confirms). Checkout was fine."),
             (PAYMENTS, "Stripe API error rate elevated (4% of charges failing)", datetime(2026, 7, 28, 13, 3, tzinfo=UTC),
              "False alarm - these were card declines in the load-test merchant account, not API errors. Tuning the query to exclude test mode."),
             (SEARCHIDX, "JVM heap usage above 95% on es-data-03", datetime(2026, 8, 24, 20, 41, tzinfo=UTC),
              "Not an issue: heap spiked during the scheduled snapshot and GC recovered it. Threshold too tight for snapshot windows."),
             (CHECKOUT, "checkout-api p99 latency above 1500ms in us-east-1", datetime(2026, 10, 2, 9, 50, tzinfo=UTC),
              "False positive - the exporter double-counted a histogram bucket after the Prometheus upgrade. No user impact.")]
    out = []
    for svc, title, t, text in cases:
        inc = PdIncident(svc, title, t, "high", "P3", incident_key("stable", title))
        who = svc.primary(t)
        inc.ack = (t + minutes(1, 6), who)
        inc.notes.append(PdNote(inc.ack[0] + minutes(3, 10), who, text))
        inc.resolved = (inc.notes[-1].at + minutes(0.5, 2), who, "website")
        inc.labels.add("false_positive")
        out.append(inc)
    planted["false_positives"] = out
    return out


REAL = [
    # (service, title, created, priority, ack after (min), resolve after (min), alerts, escalate, responders, notes, root-cause hint)
    (CHECKOUT, "Checkout p99 latency above 4s for 20 minutes", datetime(2026, 5, 19, 14, 7, 12, tzinfo=UTC), "P2", 3.2, 101, 6, False, [],
     ["Latency tracks DB CPU on orders-db; connection count at max.", "Raised pool size and added a read replica route for cart reads; p99 back under 1s."]),
    (PAYMENTS, "Payments: card authorisations failing - Stripe webhook signature verification 401", datetime(2026, 6, 23, 2, 41, 37, tzinfo=UTC), "P1", 4.6, 231, 11, True, ["SOFIA"],
     ["All webhook deliveries rejected with 401 since 02:38. Suspect the signing secret rotation scheduled for tonight.",
      "Confirmed: new secret activated in Stripe, old one still in the payments-worker secret store. Rolled the secret manually.",
      "Replaying failed webhook events from the Stripe dashboard, 14,210 queued."]),
    (CHECKOUT, "Checkout error rate above 25% - orders failing after release 2026.07.14-2", datetime(2026, 7, 14, 15, 22, 5, tzinfo=UTC), "P1", 2.1, 134, 9, False, ["JUN"],
     ["Error spike starts 15:19, exactly when 2026.07.14-2 reached 100% of pods.",
      "Rollback to 2026.07.14-1 started 15:41.", "Rollback complete, error rate nominal. Orders placed during the window need reconciliation."]),
    (SEARCHIDX, "Search results stale: indexer 3h behind on catalog-delta", datetime(2026, 8, 5, 9, 12, 44, tzinfo=UTC), "P2", 5.4, 188, 3, False, [],
     ["Indexer is consuming, but the refresh_interval on catalog-v7 was set to -1 by yesterday's mapping change.",
      "Restored refresh_interval=1s via the index template; backlog draining."]),
    (PAYMENTS, "payments-worker: settlement batches stuck in PENDING", datetime(2026, 8, 29, 21, 30, 18, tzinfo=UTC), "P2", 6.0, 265, 2, True, [],
     ["Batch 2026-08-29 has 3 rows with a NULL currency from the new FX provider feed; the worker retries forever.",
      "Quarantined the bad rows, batches moving again. Follow-up to validate the feed at ingest."]),
    (CHECKOUT, "Checkout 502s from edge: upstream connect error or disconnect/reset before headers", datetime(2026, 9, 16, 11, 5, 51, tzinfo=UTC), "P2", 1.8, 77, 7, False, [],
     ["502s only from the eu-west-1b edge pool; security group change at 10:58 removed the health-check CIDR.",
      "Reverted the security group rule; traffic healthy."]),
    (SEARCHIDX, "Elasticsearch cluster RED: 2 primary shards unassigned (es-prod-search)", datetime(2026, 10, 8, 3, 15, 9, tzinfo=UTC), "P2", 4.1, 246, 5, True, [],
     ["es-data-04 lost its EBS volume (AWS event). Two primaries had no replica due to the replica=0 setting on reviews-v3.",
      "Restored reviews-v3 from the 02:00 snapshot onto the new node."]),
    (CHECKOUT, "Cart service dependency timeouts - checkout degraded", datetime(2026, 10, 27, 16, 40, 30, tzinfo=UTC), "P1", 2.7, 305, 12, False, ["AMARA"],
     ["cart-service p99 at 9s; their on-call is engaged, it's their Redis cluster failing over repeatedly.",
      "Enabled the checkout fallback that skips cart re-validation; errors down to 2%.",
      "cart-service stable after they replaced the Redis primary. Disabling fallback."]),
]
USERS_BY_KEY = {"SOFIA": SOFIA, "JUN": JUN, "AMARA": AMARA}


def pd_real(planted: dict) -> list[PdIncident]:
    out = []
    for svc, title, t, prio, ack_min, res_min, alerts, escalate, responders, notes, in REAL:
        inc = PdIncident(svc, title, t, "high", prio, None, alerts=alerts, conference=True)
        if escalate:
            inc.escalated = (t + timedelta(minutes=15), svc.secondary(t))
            acker = svc.secondary(t)
            ack_at = t + timedelta(minutes=15 + ack_min)
        else:
            acker = svc.primary(t)
            ack_at = t + timedelta(minutes=ack_min)
        inc.ack = (ack_at, acker)
        step = (res_min - (ack_at - t).total_seconds() / 60) / (len(notes) + 1)
        for i, text in enumerate(notes):
            inc.notes.append(PdNote(ack_at + timedelta(minutes=step * (i + 1) - 1), acker, text))
        for key in responders:
            inc.responders.append((ack_at + timedelta(minutes=6), acker, USERS_BY_KEY[key]))
        inc.resolved = (t + timedelta(minutes=res_min), acker, "website")
        inc.labels.add("real_incident")
        out.append(inc)
    planted["real_incidents"] = out
    return out


def pd_open(planted: dict) -> list[PdIncident]:
    """Still open when the export ran (2026-11-01 00:05Z): triggered or acknowledged, no resolved_at."""
    cases = [(PAYMENTS, "payments-worker queue depth above 50000 messages", datetime(2026, 10, 31, 21, 14, 2, tzinfo=UTC), "high", "P2", True),
             (SEARCHIDX, "Disk usage above 90% on es-data-05 (/var/lib/elasticsearch)", datetime(2026, 10, 31, 18, 2, 40, tzinfo=UTC), "low", "P4", True),
             (CHECKOUT, "TLS certificate for checkout.acme-shop.example expires in 7 days", datetime(2026, 10, 30, 9, 0, 4, tzinfo=UTC), "low", "P5", True),
             (CHECKOUT, "checkout-api p99 latency above 1500ms in eu-west-1", datetime(2026, 10, 31, 23, 41, 55, tzinfo=UTC), "high", "P3", False),
             (SEARCHIDX, "Indexing job catalog-delta failed: mapper_parsing_exception", datetime(2026, 10, 31, 22, 58, 10, tzinfo=UTC), "low", "P3", False),
             (PAYMENTS, "Kafka consumer lag 610s on payments.events partition 7", datetime(2026, 10, 31, 23, 20, 33, tzinfo=UTC), "low", None, False)]
    out = []
    for svc, title, t, urgency, prio, acked in cases:
        inc = PdIncident(svc, title, t, urgency, prio, hex32())
        if acked:
            inc.ack = (t + minutes(2, 20), svc.primary(t))
        inc.labels.add("open")
        out.append(inc)
    planted["open"] = out
    return out


# --------------------------------------------------------------------------- PagerDuty rendering

def incident_ref(inc: PdIncident) -> dict:
    return {"id": inc.id, "type": "incident_reference", "summary": f"[#{inc.number}] {inc.title}",
            "self": f"{PD_API}/incidents/{inc.id}", "html_url": f"{PD_WEB}/incidents/{inc.id}"}


def agent_ref(agent) -> dict:
    return agent.ref()


def render_incident(inc: PdIncident, full_priority: bool) -> dict:
    svc = inc.service
    status = "resolved" if inc.resolved else ("acknowledged" if inc.ack else "triggered")
    changes = [(inc.created, svc)]
    if inc.escalated:
        changes.append((inc.escalated[0], svc))
    if inc.ack:
        changes.append((inc.ack[0], inc.ack[1]))
    if inc.resolved:
        changes.append((inc.resolved[0], inc.resolved[1]))
    last_at, last_by = max(changes, key=lambda c: c[0])
    updated = max([last_at] + [n.at for n in inc.notes])
    assignments, acknowledgements, pending = [], [], []
    if status != "resolved":
        assignee = inc.escalated[1] if inc.escalated else svc.primary(inc.created)
        assignments = [{"at": iso(inc.escalated[0] if inc.escalated else inc.created + timedelta(seconds=1)), "assignee": assignee.ref()}]
    if status == "acknowledged":
        acknowledgements = [{"at": iso(inc.ack[0]), "acknowledger": inc.ack[1].ref()}]
        pending = [{"type": "unacknowledge", "at": iso(inc.ack[0] + timedelta(minutes=30))}]
        if inc.urgency == "low":
            pending.append({"type": "resolve", "at": iso(inc.created + timedelta(hours=4))})
    elif status == "triggered":
        pending = [{"type": "escalate", "at": iso(inc.created + timedelta(minutes=15))}]
    resolved_alerts = inc.alerts if status == "resolved" else 0
    grouping = None
    if inc.alerts > 1:
        grouping = {"grouping_type": "advanced", "started_at": iso(inc.created),
                    "ended_at": iso(inc.resolved[0]) if inc.resolved else None,
                    "alert_grouping_active": status != "resolved"}
    rec = {
        "incident_number": inc.number,
        "title": inc.title,
        "description": inc.title,
        "created_at": iso(inc.created),
        "updated_at": iso(updated),
        "status": status,
        "incident_key": inc.incident_key,
        "service": svc.ref(),
        "assignments": assignments,
        "assigned_via": "escalation_policy",
        "last_status_change_at": iso(last_at),
        "resolved_at": iso(inc.resolved[0]) if inc.resolved else None,
        "first_trigger_log_entry": {
            "id": inc.trigger_log_id, "type": "trigger_log_entry_reference", "summary": "Triggered through the API.",
            "self": f"{PD_API}/log_entries/{inc.trigger_log_id}",
            "html_url": f"{PD_WEB}/incidents/{inc.id}/log_entries/{inc.trigger_log_id}"},
        "alert_counts": {"all": inc.alerts, "triggered": inc.alerts - resolved_alerts, "resolved": resolved_alerts},
        "is_mergeable": True,
        "incident_type": {"name": "incident_default"},
        "escalation_policy": svc.ep_ref(),
        "teams": [svc.team.ref()],
        "impacted_services": [svc.ref()],
        "pending_actions": pending,
        "acknowledgements": acknowledgements,
        "basic_alert_grouping": None,
        "alert_grouping": grouping,
        "last_status_change_by": agent_ref(last_by),
        "priority": priority_payload(inc.priority, full_priority),
        "resolve_reason": None,
    }
    if inc.conference:
        rec["conference_bridge"] = {"conference_number": f"+1-415-555-01{inc.number % 100:02d},,,,{inc.number}#",
                                    "conference_url": f"https://meet.acme-shop.example/inc-{inc.number}"}
    rec["incidents_responders"] = [
        {"state": "joined", "user": target.ref(), "incident": incident_ref(inc), "updated_at": iso(at + timedelta(minutes=2)),
         "message": f"Please join incident #{inc.number}: {inc.title}", "requester": requester.ref(), "requested_at": iso(at)}
        for at, requester, target in inc.responders]
    rec["responder_requests"] = [
        {"incident": incident_ref(inc), "requester": requester.ref(), "requested_at": iso(at),
         "message": f"Please join incident #{inc.number}: {inc.title}",
         "responder_request_targets": [{"responder_request_target": {
             "type": "user", "id": target.id, "summary": target.name,
             "incidents_responders": [{"state": "joined", "user": target.ref(), "incident": incident_ref(inc),
                                       "updated_at": iso(at + timedelta(minutes=2)), "message": f"Please join incident #{inc.number}: {inc.title}",
                                       "requester": requester.ref(), "requested_at": iso(at)}]}}]}
        for at, requester, target in inc.responders]
    rec["subscriber_requests"] = []
    rec["urgency"] = inc.urgency
    rec.update({"id": inc.id, "type": "incident", "summary": f"[#{inc.number}] {inc.title}",
                "self": f"{PD_API}/incidents/{inc.id}", "html_url": f"{PD_WEB}/incidents/{inc.id}"})
    return rec


def log_entry(inc: PdIncident, kind: str, at: datetime, agent, channel: dict, summary: str, entry_id: str | None = None, **extra) -> dict:
    eid = entry_id or pd_id(26, "R")
    entry = {"id": eid, "type": kind, "summary": summary, "self": f"{PD_API}/log_entries/{eid}",
             "html_url": f"{PD_WEB}/incidents/{inc.id}/log_entries/{eid}" if kind == "trigger_log_entry" else None,
             "created_at": iso(at)}
    if agent is not None:
        entry["agent"] = agent.ref()
    entry["channel"] = channel
    entry["service"] = inc.service.ref()
    entry["incident"] = incident_ref(inc)
    entry["teams"] = [inc.service.team.ref()]
    entry["contexts"] = []
    entry.update(extra)
    return entry


def trigger_channel(inc: PdIncident) -> dict:
    channel = {"type": "api", "summary": inc.title, "description": inc.title}
    if inc.incident_key:  # grouped incidents have no key of their own
        channel["incident_key"] = inc.incident_key
    channel["details"] = {"service": inc.service.name}
    return channel


def render_log_entries(inc: PdIncident) -> list[dict]:
    svc = inc.service
    entries = [log_entry(inc, "trigger_log_entry", inc.created, svc,
                         trigger_channel(inc),
                         "Triggered through the API.", inc.trigger_log_id, event_details={"description": inc.title})]
    if inc.escalated:
        at, who = inc.escalated
        entries.append(log_entry(inc, "escalate_log_entry", at, svc, {"type": "auto"},
                                 f"Escalated to {who.name} by timeout", assignees=[who.ref()]))
    if inc.ack:
        at, who = inc.ack
        entries.append(log_entry(inc, "acknowledge_log_entry", at, who, {"type": rng.choice(["website", "phone", "sms"])},
                                 f"Acknowledged by {who.name}.", acknowledgement_timeout=1800, event_details={}))
    for note in inc.notes:
        entries.append(log_entry(inc, "annotate_log_entry", note.at, note.user, {"type": "note", "summary": note.content},
                                 f"Note added by {note.user.name}.", note=note.content))
    if inc.resolved:
        at, who, channel = inc.resolved
        if channel == "timeout":
            summary = "Resolved by timeout."
        elif isinstance(who, PdService):
            summary = "Resolved through the API."
        else:
            summary = f"Resolved by {who.name}."
        entries.append(log_entry(inc, "resolve_log_entry", at, who, {"type": channel}, summary, event_details={}))
    return entries


def render_notes(inc: PdIncident) -> dict:
    return {"notes": [{"id": pd_id(), "user": n.user.ref(), "channel": {"summary": "The PagerDuty website or APIs"},
                       "content": n.content, "created_at": iso(n.at), "updated_at": iso(n.at)} for n in inc.notes]}


# --------------------------------------------------------------------------- Opsgenie

@dataclass(frozen=True)
class OgTeam:
    id: str
    name: str
    description: str


@dataclass(frozen=True)
class OgIntegration:
    id: str
    name: str
    type: str
    source: str
    team: OgTeam
    tags: tuple


SRE = OgTeam(og_uuid(), "sre-core", "Platform SRE: edge, databases, streaming")
DATA = OgTeam(og_uuid(), "data-platform", "Batch pipelines and the warehouse")
OG_PEOPLE = {SRE.id: ("li.wei@acme-shop.example", "tomasz.nowak@acme-shop.example", "fatima.haddad@acme-shop.example"),
             DATA.id: ("ravi.menon@acme-shop.example", "elena.rossi@acme-shop.example")}
OG_USER_IDS = {email: og_uuid() for people in OG_PEOPLE.values() for email in people}
EDGE = OgIntegration(og_uuid(), "edge-gateway-prometheus", "Prometheus", "alertmanager-prod", SRE, ("prod", "edge-gateway"))
PG = OgIntegration(og_uuid(), "orders-db-cloudwatch", "CloudWatch", "aws-cloudwatch", SRE, ("prod", "orders-db", "aws"))
KAFKA = OgIntegration(og_uuid(), "kafka-datadog", "Datadog", "Datadog", SRE, ("prod", "kafka"))
AIRFLOW = OgIntegration(og_uuid(), "airflow-etl", "API", "airflow-prod", DATA, ("etl",))
HEARTBEAT = OgIntegration(og_uuid(), "warehouse-heartbeats", "Heartbeat", "Heartbeat", DATA, ("warehouse",))


@dataclass
class OgAlert:
    integration: OgIntegration
    message: str
    created: datetime
    priority: str
    alias: str
    count: int = 1
    ack: tuple | None = None      # (at, who)
    close: tuple | None = None    # (at, who)
    tags: list = field(default_factory=list)
    snoozed_until: datetime | None = None
    responder_user: str | None = None
    notes: list = field(default_factory=list)  # (at, owner, text)
    labels: set = field(default_factory=set)
    id: str = ""
    tiny: int = 0


OG_TEMPLATES = {
    "edge5xx": (EDGE, 3, lambda: f"HTTP 5xx ratio above 2% on edge-gateway ({rng.choice(['eu-west-1', 'us-east-1'])})", ["P2", "P3"], {"transient": 4, "ack_close": 3, "ack_auto": 3}),
    "probe": (EDGE, 2, lambda: f"Probe failed: https://api.acme-shop.example/healthz from {rng.choice(['eu-west-1', 'us-east-1'])}", ["P3"], {"transient": 6, "ack_auto": 2}),
    "node": (EDGE, 2, lambda: f"Node ip-10-{rng.randint(0, 3)}-{rng.randint(0, 255)}-{rng.randint(1, 254)}.eu-west-1.compute.internal NotReady", ["P3"], {"transient": 4, "ack_auto": 3, "ack_close": 1}),
    "rdscpu": (PG, 2.5, lambda: f"RDS CPUUtilization >= 90 for 3 datapoints on orders-db-{rng.randint(1, 2)}", ["P3"], {"transient": 3, "ack_auto": 4, "ack_close": 1}),
    "rdsdisk": (PG, 1, lambda: f"RDS FreeStorageSpace < 10 GB on orders-db-{rng.randint(1, 2)}", ["P2", "P3"], {"ack_close": 1}),
    "replica": (PG, 1.5, lambda: f"Replica lag above 30s on orders-db-replica-{rng.randint(1, 3)}", ["P3", "P4"], {"transient": 5, "ack_auto": 2}),
    "kafkalag": (KAFKA, 2.5, lambda: f"Kafka consumer lag high on partition {rng.randint(0, 23)} (group {rng.choice(['search-sync', 'payments-settlement'])})", ["P3", "P4"], {"transient": 4, "ack_auto": 3}),
    "urp": (KAFKA, 1, lambda: f"Under-replicated partitions on broker kafka-{rng.randint(1, 5)}", ["P2", "P3"], {"ack_close": 2, "ack_auto": 2}),
    "dagfail": (AIRFLOW, 2.5, lambda: f"DAG {rng.choice(['orders_daily', 'inventory_snapshot', 'marketing_attribution'])} failed: task {rng.choice(['extract', 'load_bq', 'dbt_run'])}", ["P4"], {"ack_close": 3, "ack_auto": 1}),
    "sla": (AIRFLOW, 1, lambda: f"DAG {rng.choice(['orders_daily', 'finance_close'])} SLA missed", ["P5"], {"ack_close": 1, "system": 1}),
    "heartbeat": (HEARTBEAT, 1.2, lambda: f"{rng.choice(['warehouse-loader', 'cdc-replicator'])} is expired.", ["P3"], {"ack_close": 2, "transient": 1}),
}


def og_profile(a: OgAlert, profile: str) -> None:
    team = a.integration.team
    who = OG_PEOPLE[team.id][week_index(a.created) % len(OG_PEOPLE[team.id])]
    t = a.created
    if profile == "transient":  # resolved by the monitoring tool itself within minutes, nobody acknowledged
        a.close = (t + minutes(1, 9), a.integration.name)
        a.labels.add("transient")
    elif profile == "system":  # Opsgenie's auto-close policy
        a.close = (t + timedelta(hours=12), "System")
    elif profile == "ack_auto":
        a.ack = (t + minutes(1, 20), who)
        a.close = (a.ack[0] + minutes(3, 60), a.integration.name)
    else:
        a.ack = (t + minutes(1, 25), who)
        a.close = (a.ack[0] + minutes(5, 180), who)


def og_alias(integration: OgIntegration, message: str) -> str:
    if integration.type == "CloudWatch":
        return "arn:aws:cloudwatch:eu-west-1:481516234200:alarm:" + message.split(" on ")[-1] + "-" + message.split()[1].lower()
    if integration.type == "Heartbeat":
        return message.split()[0] + "-heartbeat"
    return hashlib.sha256(message.encode()).hexdigest()[:40]  # Alertmanager group key / Datadog aggregation key


def og_background() -> list[OgAlert]:
    keys = list(OG_TEMPLATES)
    weights = [OG_TEMPLATES[k][1] for k in keys]
    out = []
    for t in background_times(225, START, END - timedelta(days=2)):
        k = rng.choices(keys, weights)[0]
        integ, _, msg_f, prios, profile_w = OG_TEMPLATES[k]
        if integ is AIRFLOW or integ is HEARTBEAT:
            t = t.replace(hour=rng.choice([1, 2, 3, 5, 6]), minute=rng.randint(0, 59))  # batch windows
        msg = msg_f()
        a = OgAlert(integ, msg, t, rng.choice(prios), og_alias(integ, msg))
        og_profile(a, rng.choices(list(profile_w), list(profile_w.values()))[0])
        out.append(a)
    return out


def og_planted(planted: dict) -> list[OgAlert]:
    out = []
    # flapping: the same probe fails and recovers >=3 times within an hour
    for t, n in [(datetime(2026, 5, 8, 2, 14, 9, tzinfo=UTC), 4), (datetime(2026, 6, 18, 11, 2, 40, tzinfo=UTC), 3),
                 (datetime(2026, 7, 30, 22, 31, 5, tzinfo=UTC), 5), (datetime(2026, 9, 12, 15, 45, 51, tzinfo=UTC), 3),
                 (datetime(2026, 10, 24, 4, 3, 27, tzinfo=UTC), 4)]:
        burst = []
        msg = "Probe failed: https://api.acme-shop.example/healthz from ap-southeast-2"
        for _ in range(n):
            a = OgAlert(EDGE, msg, t, "P3", og_alias(EDGE, msg))
            a.close = (t + minutes(1.5, 5), EDGE.name)
            a.labels.update({"flapping", "transient"})
            burst.append(a)
            t = a.close[0] + minutes(3, 8)
        out.extend(burst)
        planted.setdefault("og_flapping_bursts", []).append(burst)
    # repeated: consumer lag on varying partitions, >=3 within 24 h, each with its own alias
    for t, n in [(datetime(2026, 5, 21, 8, 40, 12, tzinfo=UTC), 4), (datetime(2026, 7, 7, 13, 5, 33, tzinfo=UTC), 3),
                 (datetime(2026, 8, 18, 0, 55, 2, tzinfo=UTC), 5), (datetime(2026, 10, 1, 17, 20, 48, tzinfo=UTC), 3)]:
        group = []
        for p in rng.sample(range(24), n):
            msg = f"Kafka consumer lag high on partition {p} (group payments-settlement)"
            a = OgAlert(KAFKA, msg, t, "P3", og_alias(KAFKA, msg))
            og_profile(a, "ack_auto" if p % 2 else "transient")
            a.labels.add("repeated")
            group.append(a)
            t += minutes(40, 280)
        out.extend(group)
        planted.setdefault("og_repeated_groups", []).append(group)
    # repeated by itself: Opsgenie de-duplicated re-occurrences into one alert (count > 1)
    dedup = []
    for t, msg, integ, count in [(datetime(2026, 5, 30, 10, 11, 1, tzinfo=UTC), "RDS CPUUtilization >= 90 for 3 datapoints on orders-db-2", PG, 17),
                                 (datetime(2026, 6, 26, 3, 33, 19, tzinfo=UTC), "Replica lag above 30s on orders-db-replica-2", PG, 5),
                                 (datetime(2026, 8, 3, 14, 48, 44, tzinfo=UTC), "HTTP 5xx ratio above 2% on edge-gateway (us-east-1)", EDGE, 9),
                                 (datetime(2026, 9, 1, 6, 7, 25, tzinfo=UTC), "cdc-replicator is expired.", HEARTBEAT, 42),
                                 (datetime(2026, 9, 24, 19, 18, 2, tzinfo=UTC), "Kafka consumer lag high on partition 3 (group search-sync)", KAFKA, 3),
                                 (datetime(2026, 10, 15, 9, 26, 58, tzinfo=UTC), "Node ip-10-2-17-88.eu-west-1.compute.internal NotReady", EDGE, 6)]:
        a = OgAlert(integ, msg, t, "P3", og_alias(integ, msg), count=count)
        og_profile(a, "ack_auto")
        a.close = (a.close[0] + timedelta(hours=count / 3), a.close[1])
        a.labels.add("deduplicated")
        dedup.append(a)
    out.extend(dedup)
    planted["og_deduplicated"] = dedup
    # false positives marked by a tag (the responder added it when closing)
    fps = []
    for t, msg, integ, tag in [(datetime(2026, 5, 14, 4, 2, 0, tzinfo=UTC), "warehouse-loader is expired.", HEARTBEAT, "false-positive"),
                               (datetime(2026, 6, 4, 5, 31, 12, tzinfo=UTC), "warehouse-loader is expired.", HEARTBEAT, "false-positive"),
                               (datetime(2026, 6, 20, 16, 44, 37, tzinfo=UTC), "HTTP 5xx ratio above 2% on edge-gateway (eu-west-1)", EDGE, "false-positive"),
                               (datetime(2026, 7, 11, 2, 9, 55, tzinfo=UTC), "RDS FreeStorageSpace < 10 GB on orders-db-1", PG, "false-positive"),
                               (datetime(2026, 7, 25, 12, 0, 3, tzinfo=UTC), "Under-replicated partitions on broker kafka-3", KAFKA, "false-positive"),
                               (datetime(2026, 8, 14, 5, 12, 49, tzinfo=UTC), "DAG marketing_attribution failed: task extract", AIRFLOW, "noise"),
                               (datetime(2026, 8, 30, 3, 3, 3, tzinfo=UTC), "cdc-replicator is expired.", HEARTBEAT, "false-positive"),
                               (datetime(2026, 9, 19, 9, 38, 21, tzinfo=UTC), "Probe failed: https://api.acme-shop.example/healthz from us-east-1", EDGE, "false-positive"),
                               (datetime(2026, 10, 10, 23, 51, 40, tzinfo=UTC), "Node ip-10-1-4-201.eu-west-1.compute.internal NotReady", EDGE, "false-positive"),
                               (datetime(2026, 10, 21, 6, 15, 8, tzinfo=UTC), "warehouse-loader is expired.", HEARTBEAT, "false-positive")]:
        a = OgAlert(integ, msg, t, "P3", og_alias(integ, msg))
        og_profile(a, "ack_close")
        a.close = (a.ack[0] + minutes(2, 15), a.ack[1])
        a.tags.append(tag)
        a.labels.add("false_positive")
        fps.append(a)
    # false positives said only in a note (GET /v2/alerts/{id}/notes)
    for t, msg, integ, text in [(datetime(2026, 7, 3, 1, 20, 45, tzinfo=UTC), "RDS CPUUtilization >= 90 for 3 datapoints on orders-db-1", PG,
                                 "False alarm: the CPU spike is the weekly VACUUM FULL maintenance window, no query impact. Will mute the alarm during the window."),
                                (datetime(2026, 9, 27, 14, 6, 30, tzinfo=UTC), "DAG orders_daily failed: task load_bq", AIRFLOW,
                                 "Not an issue - the task was retried automatically and succeeded; the alert fires on the first failed try. False positive.")]:
        a = OgAlert(integ, msg, t, "P4", og_alias(integ, msg))
        og_profile(a, "ack_close")
        a.close = (a.ack[0] + minutes(5, 20), a.ack[1])
        a.notes.append((a.close[0] - timedelta(minutes=1), a.ack[1], text))
        a.labels.add("false_positive")
        fps.append(a)
    out.extend(fps)
    planted["og_false_positives"] = fps
    # real incidents: P1/P2, acknowledged by a person, long resolution, closed by a person
    real = []
    for t, msg, integ, prio, ack_min, close_min, resp_user, note in [
            (datetime(2026, 6, 11, 13, 26, 4, tzinfo=UTC), "Under-replicated partitions on broker kafka-2", KAFKA, "P2", 3.5, 142, True,
             "Broker kafka-2 disk full after retention change on payments.audit; reverted retention.ms and reassigned partitions."),
            (datetime(2026, 7, 19, 4, 48, 51, tzinfo=UTC), "RDS FreeStorageSpace < 10 GB on orders-db-1", PG, "P1", 2.2, 96, True,
             "orders-db-1 storage autoscaling hit its max; raised the ceiling and purged the stuck replication slot."),
            (datetime(2026, 8, 26, 10, 3, 17, tzinfo=UTC), "HTTP 5xx ratio above 2% on edge-gateway (eu-west-1)", EDGE, "P2", 1.4, 71, False,
             "Bad envoy config (retry budget 0) rolled out at 09:58; rolled back."),
            (datetime(2026, 10, 12, 20, 37, 9, tzinfo=UTC), "DAG finance_close failed: task dbt_run", AIRFLOW, "P2", 8.9, 254, False,
             "Upstream schema change in the billing export dropped a column; patched the dbt model and re-ran the month-end close.")]:
        a = OgAlert(integ, msg, t, prio, og_alias(integ, msg))
        who = OG_PEOPLE[integ.team.id][week_index(t) % len(OG_PEOPLE[integ.team.id])]
        a.ack = (t + timedelta(minutes=ack_min), who)
        a.close = (t + timedelta(minutes=close_min), who)
        a.notes.append((t + timedelta(minutes=close_min - 3), who, note))
        if resp_user:
            a.responder_user = who
        a.tags.append("incident")
        a.labels.add("real_incident")
        real.append(a)
    out.extend(real)
    planted["og_real_incidents"] = real
    # still open at the end, two of them snoozed
    opened = []
    for t, msg, integ, prio, acked, snooze in [
            (datetime(2026, 10, 31, 22, 5, 41, tzinfo=UTC), "Replica lag above 30s on orders-db-replica-3", PG, "P3", True, None),
            (datetime(2026, 10, 31, 23, 12, 6, tzinfo=UTC), "HTTP 5xx ratio above 2% on edge-gateway (us-east-1)", EDGE, "P2", False, None),
            (datetime(2026, 10, 31, 3, 40, 20, tzinfo=UTC), "DAG inventory_snapshot SLA missed", AIRFLOW, "P5", False, datetime(2026, 11, 1, 9, 0, tzinfo=UTC)),
            (datetime(2026, 10, 30, 17, 2, 55, tzinfo=UTC), "RDS FreeStorageSpace < 10 GB on orders-db-2", PG, "P3", True, datetime(2026, 11, 2, 9, 0, tzinfo=UTC)),
            (datetime(2026, 10, 31, 23, 50, 30, tzinfo=UTC), "Kafka consumer lag high on partition 11 (group search-sync)", KAFKA, "P4", False, None)]:
        a = OgAlert(integ, msg, t, prio, og_alias(integ, msg))
        if acked:
            a.ack = (t + minutes(2, 15), OG_PEOPLE[integ.team.id][0])
        a.snoozed_until = snooze
        a.labels.add("open")
        opened.append(a)
    out.extend(opened)
    planted["og_open"] = opened
    return out


def render_alert(a: OgAlert) -> dict:
    integ, team = a.integration, a.integration.team
    closed = a.close is not None
    times = [a.created] + [x[0] for x in (a.ack, a.close) if x] + [n[0] for n in a.notes]
    last_occurred = a.created + (timedelta(minutes=20 * (a.count - 1)) if a.count > 1 else timedelta(0))
    updated = max(times + [last_occurred])
    report = {}
    if a.ack:
        report["ackTime"] = epoch_ms(a.ack[0]) - epoch_ms(a.created)
    if closed:
        report["closeTime"] = epoch_ms(a.close[0]) - epoch_ms(a.created)
    if a.ack:
        report["acknowledgedBy"] = a.ack[1]
    if closed:
        report["closedBy"] = a.close[1]
    responders = [{"type": "team", "id": team.id}]
    if a.responder_user:
        responders.append({"type": "user", "id": OG_USER_IDS[a.responder_user]})
    rec = {
        "seen": True,
        "id": a.id,
        "tinyId": str(a.tiny),
        "alias": a.alias,
        "message": a.message,
        "status": "closed" if closed else "open",
        "acknowledged": a.ack is not None,
        "isSeen": True,
        "tags": list(integ.tags) + a.tags,
        "snoozed": a.snoozed_until is not None,
    }
    if a.snoozed_until:
        rec["snoozedUntil"] = og_iso(a.snoozed_until)
    rec.update({
        "count": a.count,
        "lastOccurredAt": og_iso(last_occurred),
        "createdAt": og_iso(a.created),
        "updatedAt": og_iso(updated),
        "source": integ.source,
        "owner": a.ack[1] if a.ack else "",
        "priority": a.priority,
        "teams": [{"id": team.id}],
        "responders": responders,
        "integration": {"id": integ.id, "name": integ.name, "type": integ.type},
    })
    if report:
        rec["report"] = report
    rec["ownerTeamId"] = team.id
    if not a.ack and not closed:
        rec["seen"] = rec["isSeen"] = a.snoozed_until is not None
    return rec


# --------------------------------------------------------------------------- postmortems

def hm(t: datetime) -> str:
    return t.strftime("%H:%M")


def postmortem_checkout(inc: PdIncident) -> str:
    t0, ack, res = inc.created, inc.ack[0], inc.resolved[0]
    mins = int((res - t0).total_seconds() // 60)
    return f"""# Checkout release 2026.07.14-2 Postmortem (incident #{inc.number})

## Date

{t0.date()}

## Authors

* {inc.ack[1].name}
* Marcus Oyelaran

## Status

Complete, action items in progress

## Summary

Checkout failed for about a quarter of order attempts for {mins} minutes after release 2026.07.14-2 reached all pods. PagerDuty incident #{inc.number} ({PD_WEB}/incidents/{inc.id}).

## Impact

Roughly 26% of checkout attempts returned HTTP 500 between {hm(t0 - timedelta(minutes=3))} and {hm(res - timedelta(minutes=40))} UTC; an estimated 3,900 orders were not placed. About 240 orders were charged but not confirmed and had to be reconciled by hand the next day.

## Root Causes

A deployed defect: release 2026.07.14-2 changed the address-normalisation library, which throws on postcodes with a trailing space. The unit tests used fixtures without such postcodes and the canary stage received only 2% of traffic for 5 minutes, too little to reach the error-rate threshold of the canary analysis.

## Trigger

Release 2026.07.14-2 was promoted from canary to 100% of pods at {hm(t0 - timedelta(minutes=3))} UTC.

## Resolution

Rolled back to 2026.07.14-1, then shipped 2026.07.15-1 with the library pinned to the previous version and a fix for the trailing-space case. Unconfirmed orders were reconciled against the payment provider's ledger.

## Detection

The `checkout-api` 5xx alert paged the on-call engineer through PagerDuty ({mins} minute incident, acknowledged within {int((ack - t0).total_seconds() // 60) + 1} minutes).

## Action Items

| Action Item | Type | Owner | Bug |
| ----------- | ---- | ----- | --- |
| Add property-based tests for address normalisation with real postcode samples | prevent | {inc.ack[1].name} | CHK-4411 **DONE** |
| Extend canary to 10% of traffic for 20 minutes with error-rate analysis | prevent | Marcus Oyelaran | CHK-4412 **TODO** |
| Automatic rollback when 5xx rate doubles within 10 minutes of a rollout | mitigate | Hannah O'Brien | CHK-4413 **TODO** |
| Runbook step for reconciling charged-but-unconfirmed orders | process | Diego Fernández | OPS-208 **DONE** |

## Lessons Learned

### What went well

* The 5xx alert fired within two minutes and the rollback was quick once started.

### What went wrong

* The canary stage could not detect an error rate below 30%.
* Nobody owned reconciliation of half-completed orders; it took a day.

### Where we got lucky

* The release went out on a Tuesday afternoon with the whole team online.

## Timeline

{t0.date()} (*all times UTC*)

| Time  | Description |
| ----- | ----------- |
| {hm(t0 - timedelta(minutes=8))} | Release 2026.07.14-2 passes canary |
| {hm(t0 - timedelta(minutes=3))} | **OUTAGE BEGINS** -- release reaches 100% of pods |
| {hm(t0)} | PagerDuty incident #{inc.number} triggered by the 5xx alert |
| {hm(ack)} | {inc.ack[1].name} acknowledges |
| {hm(t0 + timedelta(minutes=19))} | Rollback to 2026.07.14-1 starts |
| {hm(res - timedelta(minutes=40))} | **OUTAGE ENDS**, error rate nominal |
| {hm(res)} | **INCIDENT ENDS**, incident resolved after order reconciliation was handed over |

## Supporting Information

* PagerDuty incident: {PD_WEB}/incidents/{inc.id}
"""


def postmortem_payments(inc: PdIncident) -> str:
    t0, ack, res = inc.created, inc.ack[0], inc.resolved[0]
    mins = int((res - t0).total_seconds() // 60)
    return f"""# Stripe webhook secret rotation Postmortem (incident #{inc.number})

## Date

{t0.date()}

## Authors

* {inc.ack[1].name}

## Status

Complete

## Summary

For {mins} minutes overnight, payments-worker rejected every Stripe webhook with HTTP 401, so card authorisations were not confirmed and orders stayed in "payment pending". PagerDuty incident #{inc.number}: {PD_WEB}/incidents/{inc.id}

## Impact

14,210 webhook events were delayed by up to {mins // 60} hours; 1,130 orders were delayed and 85 customers cancelled. No payments were lost.

## Root Causes

Bad configuration during a planned change: the webhook signing secret was rotated in the Stripe dashboard by the scheduled rotation job, but the new secret was only written to the staging secret store. The production payments-worker kept verifying signatures with the old secret. The rotation runbook had no verification step.

## Trigger

Scheduled secret rotation at {hm(t0 - timedelta(minutes=3))} UTC.

## Resolution

Rolled the new secret into the production secret store manually, restarted payments-worker, and replayed the failed events from Stripe.

## Detection

The payments-worker authorisation alert paged the primary on-call, who did not acknowledge in 15 minutes; PagerDuty escalated to the secondary ({inc.ack[1].name}), who acknowledged at {hm(ack)} UTC.

## Action Items

| Action Item | Type | Owner | Bug |
| ----------- | ---- | ----- | --- |
| Rotation job writes the secret to every environment and verifies a signed test event | prevent | {inc.ack[1].name} | PAY-902 **DONE** |
| Alert on webhook 401 rate, separately from authorisation failures | detect | Marcus Oyelaran | PAY-903 **DONE** |
| Accept both old and new secrets during a 24 h overlap window | mitigate | Priya Raman | PAY-904 **TODO** |
| Review why the primary page went unanswered (phone on silent) | process | Hannah O'Brien | n/a **DONE** |

## Lessons Learned

### What went well

* Stripe retains failed webhook events for replay, so nothing was lost.

### What went wrong

* The page escalated after 15 minutes because the primary did not hear it.
* The rotation ran unattended at night without verification.

### Where we got lucky

* The outage happened at the lowest-traffic hour of the week.

## Timeline

{t0.date()} (*all times UTC*)

| Time  | Description |
| ----- | ----------- |
| {hm(t0 - timedelta(minutes=3))} | Scheduled secret rotation runs; **OUTAGE BEGINS** |
| {hm(t0)} | PagerDuty incident #{inc.number} triggered |
| {hm(inc.escalated[0])} | Escalated to the secondary by timeout |
| {hm(ack)} | {inc.ack[1].name} acknowledges |
| {hm(inc.notes[1].at)} | Secret rolled manually, webhooks accepted again: **OUTAGE ENDS** for new events |
| {hm(res)} | Replay complete, **INCIDENT ENDS** |

## Supporting Information

* PagerDuty incident: {PD_WEB}/incidents/{inc.id}
"""


# --------------------------------------------------------------------------- main

def main() -> None:
    planted: dict = {}
    incidents = pd_background() + pd_flapping(planted) + pd_repeated(planted) + pd_false_positives(planted) + pd_real(planted) + pd_open(planted)
    incidents.sort(key=lambda i: i.created)
    for n, inc in enumerate(incidents, start=4101):
        inc.number = n
        inc.id = pd_id(14, "Q")
        inc.trigger_log_id = pd_id(26, "R")
    assert all(i.created >= START and (i.resolved is None or i.resolved[0] <= END) for i in incidents)
    assert all(n.at <= END for i in incidents for n in i.notes)

    written = []
    # one file per month, as a dump with since/until per month; odd months were pulled with include[]=priorities
    months = sorted({(i.created.year, i.created.month) for i in incidents})
    for year, month in months:
        batch = [i for i in incidents if (i.created.year, i.created.month) == (year, month)]
        assert len(batch) <= 100, "a month must fit one page (limit=100)"
        records = [render_incident(i, full_priority=month % 2 == 1) for i in batch]
        if month == 10:
            records.reverse()  # the October pull used sort_by=created_at:desc: input order is arbitrary
        rel = f"pagerduty/incidents-{year}-{month:02d}.json"
        write_json(rel, {"incidents": records, "limit": 100, "offset": 0, "more": False, "total": None})
        written.append((rel, len(records)))

    entries = sorted((e for i in incidents for e in render_log_entries(i)), key=lambda e: (e["created_at"], e["id"]))
    for page, offset in enumerate(range(0, len(entries), 100)):
        rel = f"pagerduty/log_entries/log-entries-offset-{offset:04d}.json"
        write_json(rel, {"log_entries": entries[offset:offset + 100], "limit": 100, "offset": offset,
                         "more": offset + 100 < len(entries), "total": None}, compact=True)  # as saved by curl
    for inc in incidents:
        if inc.notes and ("false_positive" in inc.labels or "real_incident" in inc.labels):
            write_json(f"pagerduty/notes/{inc.id}.notes.json", render_notes(inc))

    alerts = og_background() + og_planted(planted)
    alerts.sort(key=lambda a: a.created)
    for n, a in enumerate(alerts, start=1201):
        a.tiny = n
        a.id = f"{og_uuid()}-{epoch_ms(a.created)}"
    assert all(a.created >= START and (a.close is None or a.close[0] <= END) for a in alerts)
    newest_first = [render_alert(a) for a in reversed(alerts)]  # GET /v2/alerts defaults to sort=createdAt, order=desc
    query = quote("createdAt>=01-05-2026T00:00:00 AND createdAt<=31-10-2026T23:59:59", safe="")
    last = (len(newest_first) - 1) // 100 * 100

    def page_url(offset: int) -> str:
        return f"{OG_API}/v2/alerts?query={query}&offset={offset}&limit=100&sort=createdAt&order=desc"

    for offset in range(0, len(newest_first), 100):
        paging = {}
        if offset + 100 < len(newest_first):
            paging["next"] = page_url(offset + 100)
        if offset > 0:
            paging["prev"] = page_url(offset - 100)
        paging["first"] = page_url(0)
        paging["last"] = page_url(last)
        write_json(f"opsgenie/alerts-offset-{offset:03d}.json",
                   {"data": newest_first[offset:offset + 100], "paging": paging, "took": round(rng.uniform(0.05, 0.9), 3), "requestId": og_uuid()})
    for a in alerts:
        if a.notes:
            write_json(f"opsgenie/notes/{a.id}.notes.json", {
                "data": [{"note": text, "owner": owner, "createdAt": og_iso(at), "offset": f"{epoch_ms(at)}_{epoch_ms(at)}{rng.randrange(10**6):06d}"}
                         for at, owner, text in a.notes],
                "paging": {"first": f"{OG_API}/v2/alerts/{a.id}/notes?identifierType=id&order=desc&direction=next"},
                "took": round(rng.uniform(0.005, 0.05), 3), "requestId": og_uuid()})
    write_json("opsgenie/teams.lookup.json", {
        "data": [{"id": t.id, "name": t.name, "description": t.description,
                  "links": {"web": f"https://app.opsgenie.com/teams/dashboard/{t.id}/main", "api": f"{OG_API}/v2/teams/{t.id}"}}
                 for t in (SRE, DATA)],
        "took": 0.041, "requestId": og_uuid()})

    real = {i.title: i for i in planted["real_incidents"]}
    checkout = next(i for t, i in real.items() if t.startswith("Checkout error rate"))
    payments = next(i for t, i in real.items() if t.startswith("Payments: card"))
    (OUT / "postmortems").mkdir(parents=True, exist_ok=True)
    (OUT / "postmortems" / f"{checkout.created.date()}-checkout-release-defect.md").write_text(postmortem_checkout(checkout), encoding="utf-8")
    (OUT / "postmortems" / f"{payments.created.date()}-stripe-webhook-secret.md").write_text(postmortem_payments(payments), encoding="utf-8")

    write_planted(planted, incidents, alerts, checkout, payments)
    write_readme(planted, incidents, alerts, written, len(entries), checkout, payments)


def pd_ids(items) -> list:
    return [{"id": i.id, "incident_number": i.number, "title": i.title, "created_at": iso(i.created)} for i in items]


def og_ids(items) -> list:
    return [{"id": a.id, "tinyId": str(a.tiny), "message": a.message, "createdAt": og_iso(a.created)} for a in items]


def transient_pd(incidents):
    return [i for i in incidents if i.ack is None and i.resolved and isinstance(i.resolved[1], PdService)
            and i.resolved[2] == "api" and i.resolved[0] - i.created <= timedelta(minutes=10)]


def transient_og(alerts):
    return [a for a in alerts if a.ack is None and a.close and "@" not in a.close[1] and a.close[1] != "System"
            and a.close[0] - a.created <= timedelta(minutes=10)]


def write_planted(planted, incidents, alerts, checkout, payments) -> None:
    truth = {
        "about": "Ground truth for the noise planted by tools/make_sample_data.py. 'Planted' lists are complete for the planted patterns; "
                 "background traffic can form a few more repeats by chance. Transient lists are computed from the data "
                 "(resolved by the service/integration within 10 minutes, never acknowledged).",
        "pagerduty": {
            "flapping_bursts": [pd_ids(b) for b in planted["flapping_bursts"]],
            "repeated_groups": [pd_ids(g) for g in planted["repeated_groups"]],
            "false_positives_in_notes": pd_ids(planted["false_positives"]),
            "real_incidents": pd_ids(planted["real_incidents"]),
            "postmortem_incidents": pd_ids([checkout, payments]),
            "open_at_end": pd_ids(planted["open"]),
            "transient_auto_resolved": pd_ids(transient_pd(incidents)),
        },
        "opsgenie": {
            "flapping_bursts": [og_ids(b) for b in planted["og_flapping_bursts"]],
            "repeated_groups": [og_ids(g) for g in planted["og_repeated_groups"]],
            "deduplicated_count_gt_1": og_ids(planted["og_deduplicated"]),
            "false_positives": og_ids(planted["og_false_positives"]),
            "real_incidents": og_ids(planted["og_real_incidents"]),
            "open_at_end": og_ids(planted["og_open"]),
            "transient_auto_closed": og_ids(transient_og(alerts)),
        },
    }
    write_json("planted-noise.labels.json", truth)


def count_by(items, key) -> str:
    counts: dict = {}
    for it in items:
        counts[key(it)] = counts.get(key(it), 0) + 1
    return ", ".join(f"{k}: {v}" for k, v in sorted(counts.items(), key=lambda kv: str(kv[0])))


def off_hours(t: datetime) -> bool:
    return t.weekday() >= 5 or not (8 <= t.hour < 18)


def write_readme(planted, incidents, alerts, written, n_entries, checkout, payments) -> None:
    fp_tag = [a for a in planted["og_false_positives"] if a.tags]
    fp_note = [a for a in planted["og_false_positives"] if not a.tags]
    pd_files = "\n".join(f"| `{rel}` | {n} incidents |" for rel, n in written)
    og_pages = (len(alerts) + 99) // 100
    text = f"""# Sample data

A small, realistic on-call history for **Acme Shop** ({START.date()} to {END.date()}, {(END - START).days + 1} days, all times UTC),
in the vendors' real export shapes. Generated by `tools/make_sample_data.py` (Python 3.11 standard library, fixed seed
{SEED}, fixed dates); this README's counts and `planted-noise.labels.json` are written by the same script, so they match the data.

Regenerate (byte-identical output):

```
python3 sample-data/tools/make_sample_data.py
```

Side files are named so that `opshistory` skips them when it walks the folder: `*.labels.json` (ground truth)
and `*.lookup.json` (id → name maps) are not exports.

`SampleDataSchemaTest` in the ingest module validates every incident against PagerDuty's OpenAPI `Incident` schema, every log
entry against `LogEntry`, and every alert against Opsgenie's OAS `Alert` definition; its Javadoc records how the specs' gaps are
read (nulls the API sends but the spec does not declare, read-only fields, Swagger 2.0 discriminators, PagerDuty's ambiguous
`Channel` oneOf). The vendors' own examples must pass the same schemas, so the data cannot drift from the real shapes unnoticed.

## Files

| file | contents |
|---|---|
{pd_files}
| `pagerduty/log_entries/log-entries-offset-*.json` | {n_entries} log entries in {(n_entries + 99) // 100} offset pages of `GET /log_entries?is_overview=true` (trigger, escalate, acknowledge, annotate, resolve) |
| `pagerduty/notes/<incident-id>.notes.json` | `GET /incidents/{{id}}/notes` for the {len(planted['real_incidents'])} real incidents and the {len(planted['false_positives'])} false positives |
| `opsgenie/alerts-offset-*.json` | {len(alerts)} alerts in {og_pages} pages of `GET /v2/alerts` (`{{"data":[…],"paging":…}}`, newest first, limit 100) |
| `opsgenie/notes/<alert-id>.notes.json` | `GET /v2/alerts/{{id}}/notes` for {sum(1 for a in alerts if a.notes)} alerts |
| `opsgenie/teams.lookup.json` | `GET /v2/teams`: the id → name map for the team responders |
| `postmortems/*.md` | two postmortems in the Google SRE book layout, for incidents #{checkout.number} and #{payments.number} |
| `planted-noise.labels.json` | ground truth: the ids of every planted flapping burst, repeat group, false positive, real incident, open record and transient |

### PagerDuty (`GET /incidents`, one file per month)

- Services → escalation policy → team: `checkout-api` → "Checkout API - Primary" → Commerce Platform; `payments-worker` →
  "Payments - Primary" → Commerce Platform; `search-indexer` → "Search - Primary" → Search & Discovery. Weekly on-call rotations.
- {len(incidents)} incidents, numbers #{incidents[0].number}–#{incidents[-1].number}. By service: {count_by(incidents, lambda i: i.service.name)}.
- Priority: {count_by(incidents, lambda i: i.priority or 'none (null)')}. Urgency: {count_by(incidents, lambda i: i.urgency)}.
- Odd months (05, 07, 09) were pulled with `include[]=priorities` and carry the full priority object (`name`, `order`, `color`…,
  as in the real captures); even months carry the reference only (`{{"type":"priority_reference","summary":"P2"}}`, as in the docs example).
  Incidents without a priority have `"priority": null`. The October file is newest first (`sort_by=created_at:desc`).
- Status: {count_by(incidents, lambda i: 'resolved' if i.resolved else ('acknowledged' if i.ack else 'triggered'))}.
  As in the real API, resolved incidents have empty `assignments` and `acknowledgements`: who acknowledged a resolved
  incident, and when, is in the log entries (`acknowledge_log_entry`); who resolved it is `last_status_change_by`
  (`user_reference` for a person, `service_reference` for the integration) and the `resolve_log_entry`.
- `incident_key`: a stable hash of the alert rule for Events API alerts (so flapping incidents share it), a random hex for others,
  `null` for incidents with grouped alerts (`alert_counts.all` > 1, `alert_grouping` set) as in the real capture.
- Off-hours (outside Mon–Fri 08–18 UTC) incidents: {sum(1 for i in incidents if off_hours(i.created))}; sleep-hours (22–08): {sum(1 for i in incidents if i.created.hour >= 22 or i.created.hour < 8)}.

### Opsgenie (`GET /v2/alerts`)

- Teams (responders of type `team`, ids only as in the real shape; names in `teams.lookup.json`): sre-core (`{SRE.id}`), data-platform (`{DATA.id}`).
  Real list items also carry `teams` and `ownerTeamId` (not in the OAS), so they are included.
- The list shape (`BaseAlert`) has no `details`, `entity` or `description` (those come only from `GET /v2/alerts/{{id}}`),
  so there are none here: the component is the `integration.name` ({', '.join(sorted({a.integration.name for a in alerts}))}).
- {len(alerts)} alerts, tinyId {alerts[0].tiny}–{alerts[-1].tiny}. By integration: {count_by(alerts, lambda a: a.integration.name)}.
- Priority: {count_by(alerts, lambda a: a.priority)}. Status: {count_by(alerts, lambda a: 'closed' if a.close else 'open')}.
- `report.ackTime` / `report.closeTime` are milliseconds since `createdAt`; `report.closedBy` is a person's e-mail, the integration's
  name (the monitoring tool resolved it), or `System` (Opsgenie's auto-close after 12 h).
- Off-hours alerts: {sum(1 for a in alerts if off_hours(a.created))}; sleep-hours: {sum(1 for a in alerts if a.created.hour >= 22 or a.created.hour < 8)}.

## Planted noise

| pattern | PagerDuty | Opsgenie |
|---|---|---|
| flapping: same title triggered and auto-resolved ≥3 times within an hour | {len(planted['flapping_bursts'])} bursts, {sum(len(b) for b in planted['flapping_bursts'])} incidents ("Synthetic check 'Place order' failed from eu-west-1", "[PROD] Elasticsearch cluster health YELLOW (es-prod-search)") | {len(planted['og_flapping_bursts'])} bursts, {sum(len(b) for b in planted['og_flapping_bursts'])} alerts ("Probe failed: …/healthz from ap-southeast-2") |
| transient: resolved by the service/integration within 10 min, never acknowledged (includes the flapping ones) | {len(transient_pd(incidents))} incidents (`last_status_change_by` is a `service_reference`) | {len(transient_og(alerts))} alerts (`closedBy` is the integration name) |
| repeated: same title template with varying host/partition, ≥3 within 24 h | {len(planted['repeated_groups'])} groups, {sum(len(g) for g in planted['repeated_groups'])} incidents (disk usage per host, CrashLoopBackOff per pod, connection pool per worker) | {len(planted['og_repeated_groups'])} groups, {sum(len(g) for g in planted['og_repeated_groups'])} alerts (consumer lag per partition) |
| repeated by itself: vendor de-duplication `count` > 1 | — | {len(planted['og_deduplicated'])} alerts (count {', '.join(str(a.count) for a in planted['og_deduplicated'])}) |
| false positive, explicit marker | {len(planted['false_positives'])} incidents, said in a note ("False positive…", "False alarm…", "Not an issue…") | {len(fp_tag)} alerts tagged (`false-positive` ×{sum(1 for a in fp_tag if 'false-positive' in a.tags)}, `noise` ×{sum(1 for a in fp_tag if 'noise' in a.tags)}), {len(fp_note)} said only in a note |
| real incident: P1/P2, high urgency, acknowledged by a person, long resolution, resolved by a person | {len(planted['real_incidents'])} incidents ({sum(1 for i in planted['real_incidents'] if i.escalated)} escalated by timeout, {sum(1 for i in planted['real_incidents'] if i.responders)} with added responders); postmortems for #{checkout.number} and #{payments.number} | {len(planted['og_real_incidents'])} alerts (tag `incident`, note with the cause) |
| still open at the end of the period | {len(planted['open'])} ({sum(1 for i in planted['open'] if i.ack)} acknowledged with `acknowledgements`, {sum(1 for i in planted['open'] if not i.ack)} triggered) | {len(planted['og_open'])} ({sum(1 for a in planted['og_open'] if a.ack)} acknowledged, {sum(1 for a in planted['og_open'] if a.snoozed_until)} snoozed) |

Background traffic follows a diurnal and weekly cycle (weekday business hours weigh 1, Tue/Thu release afternoons 1.8,
weekday evenings 0.45, weekend days 0.3, nights 0.2); batch-job alerts (settlement, Airflow, heartbeats) fire in the 01:00–07:00
window. Root causes are hinted in titles and notes (deployed defect, configuration, capacity, dependency, networking, hardware, data).
Every title is unique to its own source, so no cross-source duplicates are planted.
"""
    (OUT / "README.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
