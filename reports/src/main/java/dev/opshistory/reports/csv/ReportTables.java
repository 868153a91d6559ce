package dev.opshistory.reports.csv;

import dev.opshistory.reports.ReportData;
import dev.opshistory.reports.figures.Durations;
import dev.opshistory.reports.figures.PostmortemReview;
import dev.opshistory.reports.figures.Trend;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The report's tables as data, one per table of the Markdown, for {@code csv/<name>.csv}. */
public final class ReportTables {

    private ReportTables() {
    }

    /** Every table, in the report's order; a table without rows still has its header. */
    public static List<Table> of(ReportData d) {
        List<Table> tables = new ArrayList<>();
        tables.add(table("findings", List.of("rank", "kind", "score", "finding"),
                indexed(d.findings().stream().map(f -> row(f.kind(), f.score(), f.text())).toList())));
        tables.add(table("severity", List.of("severity", "alerts"),
                d.bySeverity().byName().entrySet().stream().map(e -> row(e.getKey(), e.getValue())).toList()));
        tables.add(table("severity-series", List.of("bucket_start", "SEV1", "SEV2", "SEV3", "SEV4", "SEV5", "UNKNOWN"),
                d.series().stream().map(b -> row(b.start().toString(), b.counts().sev1(), b.counts().sev2(),
                        b.counts().sev3(), b.counts().sev4(), b.counts().sev5(), b.counts().unknown())).toList()));
        tables.add(table("by-service", List.of("service", "alerts", "actionable", "repeated"),
                d.byService().stream().map(s -> row(s.service(), s.alerts(), s.actionable(), s.repeated())).toList()));
        tables.add(table("by-team", List.of("team", "alerts", "actionable", "repeated"),
                d.byTeam().stream().map(t -> row(t.team(), t.alerts(), t.actionable(), t.repeated())).toList()));
        tables.add(table("by-queue", List.of("queue", "alerts", "actionable", "repeated"),
                d.byQueue().stream().map(q -> row(q.queue(), q.alerts(), q.actionable(), q.repeated())).toList()));
        tables.add(table("actionability", List.of("class", "alerts", "share"),
                d.actionability().stream().map(a -> row(a.actionability(), a.alerts(), a.share())).toList()));
        tables.add(table("flags", List.of("flag", "alerts", "share"), List.of(
                row("repeated", d.flags().repeated(), d.flags().repeatedShare()),
                row("flapping", d.flags().flapping(), d.flags().flappingShare()))));
        tables.add(table("noisy-fingerprints", List.of("fingerprint", "example_title", "service", "alerts",
                        "actionable", "non_actionable", "false_positive", "repeated", "flapping", "auto_resolved_share",
                        "median_resolve_minutes", "off_hours_share", "suggestion"),
                d.noisiestFingerprints().stream().map(n -> row(n.fingerprint(), n.exampleTitle(), n.service(),
                        n.alerts(), n.actionable(), n.nonActionable(), n.falsePositive(), n.repeated(), n.flapping(),
                        n.autoResolvedShare(), n.medianResolveMinutes(), n.offHoursShare(),
                        n.suggestion().name())).toList()));
        tables.add(table("response", List.of("measure", "count", "median_minutes", "p90_minutes", "mean_minutes"),
                List.of(durations("mtta", d.response().timeToAcknowledge()),
                        durations("mttr", d.response().timeToResolve()))));
        tables.add(table("response-by-service", List.of("service", "alerts", "mtta_count", "mtta_median", "mtta_p90",
                        "mtta_mean", "mttr_count", "mttr_median", "mttr_p90", "mttr_mean"),
                d.responseByService().stream().map(s -> row(s.service(), s.alerts(),
                        s.timeToAcknowledge().count(), s.timeToAcknowledge().median(), s.timeToAcknowledge().p90(),
                        s.timeToAcknowledge().mean(), s.timeToResolve().count(), s.timeToResolve().median(),
                        s.timeToResolve().p90(), s.timeToResolve().mean())).toList()));
        tables.add(table("response-distribution", List.of("band", "acknowledged", "resolved"),
                d.responseDistribution().stream().map(b -> row(b.label(), b.acknowledged(), b.resolved())).toList()));
        tables.add(table("pages", List.of("pages", "after_hours", "sleep"),
                List.of(row(d.pages().pages(), d.pages().afterHours(), d.pages().sleep()))));
        tables.add(table("pages-heatmap", List.of("band", "weekday", "pages"),
                d.pages().heatMap().stream().map(c -> row(c.band(), c.weekday(), c.pages())).toList()));
        tables.add(table("shift-distribution", List.of("pages_in_shift", "shifts"),
                d.onCall().distribution().stream().map(c -> row(c.pages(), c.shifts())).toList()));
        tables.add(table("shifts-by-queue", List.of("queue", "shifts", "pages", "median_pages", "max_pages",
                        "shifts_over_guide", "share_over_guide"),
                d.onCall().byQueue().stream().map(q -> row(q.queue(), q.shifts(), q.pages(), q.medianPages(),
                        q.maxPages(), q.shiftsOverGuide(), q.shareOverGuide())).toList()));
        tables.add(table("root-causes", List.of("category", "alerts", "alerts_human", "alerts_inferred", "alert_share",
                        "earlier_alert_share", "incidents", "incidents_human", "incidents_inferred", "incident_share",
                        "earlier_incident_share", "postmortems", "postmortem_share", "earlier_postmortem_share",
                        "investment"),
                d.rootCauses().stream().map(r -> row(r.category(), r.alerts(), r.alertsHuman(), r.alertsInferred(),
                        r.alertShare(), r.earlierAlertShare(), r.incidents(), r.incidentsHuman(), r.incidentsInferred(),
                        r.incidentShare(), r.earlierIncidentShare(), r.postmortems(), r.postmortemShare(),
                        r.earlierPostmortemShare(), r.investment())).toList()));
        tables.add(table("significant-incidents", List.of("event_id", "created_at", "minutes_to_resolve", "severity",
                        "title", "service", "impact", "root_cause_human", "root_cause_inferred", "url", "postmortem"),
                d.significantIncidents().stream().map(i -> row(i.eventId(), str(i.createdAt()), i.minutesToResolve(),
                        i.severity(), i.title(), i.service(), i.impact(), i.rootCauseHuman(), i.rootCauseInferred(),
                        i.url(), i.postmortemId())).toList()));
        tables.add(table("postmortems", List.of("postmortem", "title", "created_at", "impact", "duration",
                        "named_incidents", "named_resolve_minutes", "root_cause_text", "root_cause", "action_items",
                        "done", "open", "overdue", "recurred_alerts", "source_file"),
                d.postmortems().stream().map(p -> row(p.eventId(), p.title(), str(p.createdAt()), p.impact(),
                        p.duration(), p.namedIncidents(), p.namedResolveMinutes(), p.rootCauseText(), p.rootCause(), p.actionItems(), p.done(), p.open(),
                        p.overdue(), p.recurredAlerts(), p.sourceFile())).toList()));
        List<List<Object>> items = new ArrayList<>();
        List<List<Object>> recurrences = new ArrayList<>();
        for (PostmortemReview p : d.postmortems()) {
            p.items().forEach(i -> items.add(row(p.eventId(), i.text(), i.owner(), i.type(), i.status(), i.overdue())));
            p.recurrences().forEach(r -> recurrences.add(row(p.eventId(), r.fingerprint(), r.exampleTitle(),
                    r.alerts(), str(r.first()), str(r.last()))));
        }
        tables.add(table("action-items", List.of("postmortem", "text", "owner", "type", "status", "overdue"), items));
        tables.add(table("recurrences", List.of("postmortem", "fingerprint", "example_title", "alerts", "first", "last"),
                recurrences));
        tables.add(table("runbook-missing", List.of("fingerprint", "example_title", "service", "alerts"),
                d.runbooks().missing().stream().map(m -> row(m.fingerprint(), m.exampleTitle(), m.service(),
                        m.alerts())).toList()));
        tables.add(table("trend", List.of("figure", "earlier", "later", "change"),
                d.trend().rows().stream().map((Trend.Row r) -> row(r.key(), r.earlier(), r.later(), r.change()))
                        .toList()));
        tables.add(table("risk-matrix", List.of("risk", "impact", "severity", "likelihood", "score", "mitigations",
                        "category"),
                d.risks().stream().map(r -> row(r.risk(), r.impact(), r.severity(), r.likelihood(), r.score(),
                        r.mitigations(), r.category())).toList()));
        tables.add(table("sources", List.of("format", "label", "files", "read", "accepted", "rejected", "folded"),
                d.sources().stream().map(f -> row(f.format(), f.label(), f.files(), f.read(), f.accepted(),
                        f.rejected(), f.folded())).toList()));
        tables.add(table("reconciliation-files", List.of("file", "format", "read", "accepted", "rejected", "folded",
                        "duplicates", "sha256", "looks_truncated"),
                d.reconciliation().files().stream().map(f -> row(f.file(), f.format(), f.read(), f.accepted(),
                        f.rejected(), f.folded(), f.duplicates(), f.sha256(), f.looksTruncated())).toList()));
        tables.add(table("reject-reasons", List.of("reason", "rejects"),
                d.rejectReasons().stream().map(r -> row(r.reason(), r.rejects())).toList()));
        tables.add(table("date-gaps", List.of("first_day", "last_day", "days"),
                d.quality().gaps().stream().map(g -> row(g.first().toString(), g.last().toString(), g.days())).toList()));
        if (d.baseline() != null) {
            tables.add(table("baseline", List.of("figure", "baseline", "current", "change"),
                    d.baseline().rows().stream().map(r -> row(r.key(), r.baseline(), r.current(), r.change())).toList()));
        }
        return tables;
    }

    private static Table table(String name, List<String> headers, List<List<Object>> rows) {
        return new Table(name, headers, rows);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static List<Object> durations(String name, Durations d) {
        return row(name, d.count(), d.median(), d.p90(), d.mean());
    }

    private static List<List<Object>> indexed(List<List<Object>> rows) {
        List<List<Object>> numbered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(i + 1);
            row.addAll(rows.get(i));
            numbered.add(row);
        }
        return numbered;
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
