package dev.opshistory.app.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/**
 * Streams {@code ground-truth.labels.json} beside the data: one JSON document, a header and then one label
 * per alert, in the order the alerts are written (PagerDuty, Opsgenie, Alertmanager, Grafana OnCall). The
 * {@code .labels.json} name makes the ingest walker skip it. Each label: the event id the parsers give the alert
 * ({@code pagerduty:alert:<id>}, {@code opsgenie:alert:<id>}, {@code alertmanager:alert:<fingerprint>-<startsAt>},
 * {@code grafana_oncall:alert:<id>}), the planted pattern and group, the true
 * actionability, the repeated / flapping / transient / false-positive / de-duplicated flags, whether it is
 * significant and still open at the export, and, for incidents with a postmortem, the root-cause category
 * and the postmortem's path.
 */
final class GroundTruthWriter implements Closeable {

    static final String PATH = "ground-truth.labels.json";

    private final OutputStream out;
    private final JsonGenerator json;

    GroundTruthWriter(OutputFiles files, JsonFactory factory, GeneratorSettings settings) throws IOException {
        out = files.create(PATH);
        json = factory.createGenerator(out, JsonEncoding.UTF8);
        json.writeStartObject();
        json.writeStringField("about", "Ground truth of the history written by 'opshistory generate': what was planted in"
                + " each alert. Flags are the planted patterns; background traffic can form a few more repeats by chance.");
        json.writeNumberField("seed", settings.seed());
        json.writeNumberField("alerts", settings.alerts());
        json.writeNumberField("days", settings.days());
        json.writeStringField("start", Times.pagerDuty(settings.start()));
        json.writeStringField("end", Times.pagerDuty(settings.end()));
        json.writeArrayFieldStart("labels");
    }

    void pagerDuty(PdIncident inc, Instant end, String postmortem) throws IOException {
        boolean significant = "P1".equals(inc.priority) || "P2".equals(inc.priority) || postmortem != null;
        label("pagerduty", inc.id, Long.toString(inc.number), inc.created, inc.title, inc.truth, significant,
                !inc.resolvedBy(end), postmortem);
    }

    /**
     * The label of an alert planned by {@link OpsgenieEpisodes}, under the source and id the vendor's parser gives it
     * ({@code opsgenie}, {@code alertmanager}, {@code grafana_oncall}) and its number in the vendor's sequence.
     */
    void alert(String source, String id, long number, OgAlert alert, Instant end) throws IOException {
        boolean significant = "P1".equals(alert.priority) || "P2".equals(alert.priority);
        label(source, id, Long.toString(number), alert.created, alert.message, alert.truth, significant,
                !alert.closedBy(end), null);
    }

    private void label(String source, String id, String number, Instant created, String title, Truth truth,
            boolean significant, boolean open, String postmortem) throws IOException {
        json.writeStartObject();
        json.writeStringField("event_id", source + ":alert:" + id);
        json.writeStringField("source", source);
        json.writeStringField("source_id", id);
        json.writeStringField("number", number);
        json.writeStringField("created_at", Times.opsgenie(created));
        json.writeStringField("title", title);
        json.writeStringField("pattern", truth.pattern);
        json.writeStringField("group", truth.group);
        json.writeStringField("actionability", truth.actionability.name());
        json.writeBooleanField("repeated", truth.repeated);
        json.writeBooleanField("flapping", truth.flapping);
        json.writeBooleanField("transient", truth.transientAlert);
        json.writeBooleanField("false_positive", truth.falsePositive);
        json.writeBooleanField("deduplicated", truth.deduplicated);
        json.writeBooleanField("significant", significant);
        json.writeBooleanField("open_at_end", open);
        json.writeStringField("root_cause", postmortem == null || truth.rootCause == null ? null : truth.rootCause.name());
        json.writeStringField("postmortem", postmortem);
        json.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
        out.close();
    }
}
