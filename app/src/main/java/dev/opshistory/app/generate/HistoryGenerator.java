package dev.opshistory.app.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.opshistory.app.generate.OpsgenieEpisodes.Mix;
import dev.opshistory.app.generate.OutputFormat.Vendor;
import dev.opshistory.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a whole history: PagerDuty incidents (JSON pages, log-entry pages, CSV, postmortems), then
 * Opsgenie alerts (JSON pages), Alertmanager webhook notifications (NDJSON) and Grafana OnCall alert groups (JSON
 * pages), each vendor its share of the alerts, and the ground truth of all.
 *
 * <p>How it stays flat in memory: hours are walked in order; each hour gets its exact quota of alerts
 * ({@link TrafficShape}), planned as small episodes ({@link PagerDutyEpisodes}, {@link OpsgenieEpisodes}); a
 * {@link TimeOrderedBuffer} holds only the alerts of the hours not yet released and hands them on in time
 * order, and each one is written at once to every open page. Nothing holds all alerts, ids or titles.
 *
 * <p>How it stays deterministic: every random stream is a {@link SplittableRandom} split from the seed in a
 * fixed order, one per purpose (accounts, episodes, ids, paging); times come from {@code --start}, never the
 * clock; nothing is iterated from a hash-ordered collection.
 */
public final class HistoryGenerator {

    /** What was written. */
    public record Summary(long pagerDutyIncidents, long logEntries, long opsgenieAlerts, long postmortems,
            long alertmanagerAlerts, long grafanaOnCallAlertGroups) {
    }

    static final long FIRST_INCIDENT_NUMBER = 1001;
    static final long FIRST_TINY_ID = 1;

    private final GeneratorSettings settings;
    private final OutputFiles files;
    private final JsonFactory factory = new JsonFactory();
    private final JsonFactory ndjson = new JsonFactory().setRootValueSeparator("\n");

    public HistoryGenerator(GeneratorSettings settings, OutputFiles files) {
        this.settings = settings;
        this.files = files;
    }

    public Summary generate() throws IOException {
        SplittableRandom seed = new SplittableRandom(settings.seed());
        SplittableRandom pagerDutyAccount = seed.split();
        SplittableRandom opsgenieAccount = seed.split();
        SplittableRandom pagerDutyEpisodes = seed.split();
        SplittableRandom opsgenieEpisodes = seed.split();
        SplittableRandom pagerDutyIds = seed.split();
        SplittableRandom logEntryIds = seed.split();
        SplittableRandom opsgenieIds = seed.split();
        // Split after the others, so that adding these streams left the other vendors' output as it was.
        SplittableRandom alertmanagerAccount = seed.split();
        SplittableRandom alertmanagerEpisodes = seed.split();
        SplittableRandom grafanaOnCallAccount = seed.split();
        SplittableRandom grafanaOnCallEpisodes = seed.split();
        SplittableRandom grafanaOnCallIds = seed.split();
        try (GroundTruthWriter truth = new GroundTruthWriter(files, factory, settings)) {
            long[] pd = pagerDuty(truth, pagerDutyAccount, pagerDutyEpisodes, new Ids(pagerDutyIds), new Ids(logEntryIds));
            long og = opsgenie(truth, opsgenieAccount, opsgenieEpisodes, new Ids(opsgenieIds));
            long am = alertmanager(truth, alertmanagerAccount, alertmanagerEpisodes);
            long go = grafanaOnCall(truth, grafanaOnCallAccount, grafanaOnCallEpisodes, new Ids(grafanaOnCallIds));
            return new Summary(pd[0], pd[1], og, pd[2], am, go);
        }
    }

    /** @return incidents, log entries and postmortems written */
    private long[] pagerDuty(GroundTruthWriter truth, SplittableRandom accountRandom, SplittableRandom episodeRandom, Ids ids,
            Ids logIds) throws IOException {
        long total = settings.alertsOf(Vendor.PAGERDUTY);
        if (total == 0) {
            return new long[3];
        }
        Instant start = settings.start();
        Instant end = settings.end();
        PagerDutyAccount account = PagerDutyAccount.build((double) total / settings.days(), accountRandom);
        PagerDutyEpisodes episodes = new PagerDutyEpisodes(account, episodeRandom, start, end);
        PagerDutyIncidentJson incidentJson = new PagerDutyIncidentJson(account, start, end);
        PagerDutyLogEntries logEntries = new PagerDutyLogEntries(start, end, logIds::logEntry);
        PostmortemWriter postmortems = new PostmortemWriter(files);
        boolean json = settings.writes(OutputFormat.PAGERDUTY_JSON);
        boolean csv = settings.writes(OutputFormat.PAGERDUTY_CSV);
        boolean writePostmortems = settings.writes(OutputFormat.POSTMORTEMS);
        long[] counts = new long[3];
        try (JsonPages incidentPages = new JsonPages(files, factory, "pagerduty/incidents-offset-%07d.json", settings.pageSize(),
                     pagerDutyEnvelope("incidents", settings.pageSize()));
             JsonPages logPages = new JsonPages(files, factory, "pagerduty/log_entries/log-entries-offset-%07d.json",
                     settings.pageSize(), pagerDutyEnvelope("log_entries", settings.pageSize()));
             PagerDutyCsv csvFiles = new PagerDutyCsv(files, settings.pageSize(), start, end)) {
            TimeOrderedBuffer<PagerDutyLogEntries.Entry> pendingLogs = new TimeOrderedBuffer<>(PagerDutyLogEntries.Entry::at);
            Io<PagerDutyLogEntries.Entry> writeLog = entry -> {
                if (json) {
                    PagerDutyLogEntries.write(logPages.next(), entry);
                    counts[1]++;
                }
            };
            Io<PdIncident> emit = inc -> {
                inc.number = FIRST_INCIDENT_NUMBER + counts[0]++;
                inc.id = ids.pagerDuty('Q', inc.number);
                inc.triggerLogId = logEntries.nextId();
                if (json) {
                    JsonGenerator page = incidentPages.next();
                    incidentJson.write(page, inc, incidentPages.page() % 2 == 0);
                }
                if (csv) {
                    csvFiles.write(inc);
                }
                // Entries of later incidents start at their creation, so everything earlier is final.
                pendingLogs.releaseBefore(inc.created, writeLog.unchecked());
                logEntries.of(inc).forEach(pendingLogs::add);
                String postmortem = null;
                if (writePostmortems && inc.truth.wantsPostmortem && inc.resolvedBy(end)) {
                    postmortem = postmortems.write(inc);
                    counts[2]++;
                }
                truth.pagerDuty(inc, end, postmortem);
            };
            TimeOrderedBuffer<PdIncident> pending = new TimeOrderedBuffer<>(inc -> inc.created);
            walk(total, pending, episodes::next, emit);
            pendingLogs.releaseAll(writeLog.unchecked());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return counts;
    }

    private long opsgenie(GroundTruthWriter truth, SplittableRandom accountRandom, SplittableRandom episodeRandom, Ids ids)
            throws IOException {
        long total = settings.alertsOf(Vendor.OPSGENIE);
        if (total == 0) {
            return 0;
        }
        Instant end = settings.end();
        OpsgenieAccount account = OpsgenieAccount.build((double) total / settings.days(), accountRandom);
        OpsgenieAlertJson alertJson = new OpsgenieAlertJson(end);
        boolean json = settings.writes(OutputFormat.OPSGENIE_JSON);
        long[] count = new long[1];
        try (JsonPages pages = new JsonPages(files, factory, "opsgenie/alerts-offset-%07d.json", settings.pageSize(),
                new OpsgenieEnvelope(settings, total, ids))) {
            walkAlerts(total, account, episodeRandom, Mix.OPSGENIE, alert -> {
                alert.tinyId = FIRST_TINY_ID + count[0]++;
                alert.id = ids.opsgenieAlert(alert.tinyId, alert.created.toEpochMilli());
                if (json) {
                    alertJson.write(pages.next(), alert);
                }
                truth.alert("opsgenie", alert.id, alert.tinyId, alert, end);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }

    /** Alertmanager notifications, one per line, in time order: a firing one at each start, a resolved one at each end. */
    private long alertmanager(GroundTruthWriter truth, SplittableRandom accountRandom, SplittableRandom episodeRandom)
            throws IOException {
        long total = settings.alertsOf(Vendor.ALERTMANAGER);
        if (total == 0) {
            return 0;
        }
        Instant end = settings.end();
        OpsgenieAccount account = OpsgenieAccount.build((double) total / settings.days(), accountRandom);
        AlertmanagerWebhook webhook = new AlertmanagerWebhook(end);
        long[] count = new long[1];
        try (JsonPages lines = new JsonPages(files, ndjson, "alertmanager/webhook-offset-%07d.ndjson", settings.pageSize(),
                JsonPages.NONE)) {
            TimeOrderedBuffer<AlertmanagerWebhook.Notification> pending =
                    new TimeOrderedBuffer<>(AlertmanagerWebhook.Notification::at);
            Io<AlertmanagerWebhook.Notification> write = n -> webhook.write(lines.next(), n.alert(), n.resolved());
            walkAlerts(total, account, episodeRandom, Mix.ALERTMANAGER, alert -> {
                // Later alerts start at or after this one, so every notification before it is final.
                pending.releaseBefore(alert.created, write.unchecked());
                webhook.notifications(alert).forEach(pending::add);
                truth.alert(Source.ALERTMANAGER.id(), AlertmanagerWebhook.sourceId(alert), ++count[0], alert, end);
            });
            pending.releaseAll(write.unchecked());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }

    private long grafanaOnCall(GroundTruthWriter truth, SplittableRandom accountRandom, SplittableRandom episodeRandom,
            Ids ids) throws IOException {
        long total = settings.alertsOf(Vendor.GRAFANA_ONCALL);
        if (total == 0) {
            return 0;
        }
        Instant end = settings.end();
        OpsgenieAccount account = OpsgenieAccount.build((double) total / settings.days(), accountRandom);
        GrafanaOnCallAlertGroupJson groupJson = new GrafanaOnCallAlertGroupJson(account, end);
        long[] count = new long[1];
        try (JsonPages pages = new JsonPages(files, factory, "grafana-oncall/alert-groups-offset-%07d.json",
                settings.pageSize(), new GrafanaOnCallEnvelope(settings.pageSize(), total))) {
            walkAlerts(total, account, episodeRandom, Mix.GRAFANA_ONCALL, alert -> {
                String id = ids.grafanaOnCall('I', count[0]++);
                groupJson.write(pages.next(), alert, id);
                truth.alert(Source.GRAFANA_ONCALL.id(), id, count[0], alert, end);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }

    /** Plans the alerts of an account with the vendor's mix of stories and emits them in time order. */
    private void walkAlerts(long total, OpsgenieAccount account, SplittableRandom episodeRandom, Mix mix, Io<OgAlert> emit) {
        OpsgenieEpisodes episodes = new OpsgenieEpisodes(account, episodeRandom, settings.start(), settings.end(), mix);
        walk(total, new TimeOrderedBuffer<>(alert -> alert.created), episodes::next, emit);
    }

    /** Walks the hours, plans each hour's quota in episodes, and emits alerts in time order as they become final. */
    private <T> void walk(long total, TimeOrderedBuffer<T> pending, Planner<T> planner, Io<T> emit) {
        TrafficShape shape = new TrafficShape(settings.start(), settings.days(), total);
        long planned = 0;
        for (int hour = 0; hour < shape.hours(); hour++) {
            Instant hourStart = shape.hourStart(hour);
            // Episodes planned from now on start in this hour or later, so earlier alerts are final.
            pending.releaseBefore(hourStart, emit.unchecked());
            long quota = shape.quotaThrough(hour);
            while (planned < quota) {
                List<T> episode = planner.next(hourStart, total - planned, shape.isLast(hour));
                episode.forEach(pending::add);
                planned += episode.size();
            }
        }
        pending.releaseAll(emit.unchecked());
    }

    private static JsonPages.Envelope pagerDutyEnvelope(String field, int limit) {
        return new JsonPages.Envelope() {
            @Override
            public void head(JsonGenerator json, long offset) throws IOException {
                json.writeStartObject();
                json.writeArrayFieldStart(field);
            }

            @Override
            public void tail(JsonGenerator json, long offset, int count, boolean more) throws IOException {
                json.writeEndArray();
                json.writeNumberField("limit", limit);
                json.writeNumberField("offset", offset);
                json.writeBooleanField("more", more);
                json.writeNullField("total");
                json.writeEndObject();
            }
        };
    }

    @FunctionalInterface
    private interface Planner<T> {
        List<T> next(Instant hourStart, long room, boolean lastHour);
    }

    /** A consumer that may fail with an {@link IOException}, carried through lambdas unchecked. */
    @FunctionalInterface
    private interface Io<T> {
        void accept(T value) throws IOException;

        default java.util.function.Consumer<T> unchecked() {
            return value -> {
                try {
                    accept(value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }
    }
}
