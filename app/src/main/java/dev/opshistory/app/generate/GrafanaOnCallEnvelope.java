package dev.opshistory.app.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * The envelope of Grafana OnCall's {@code GET /api/v1/alert_groups/}: {@code {"count","next","previous",
 * "results":[…],"current_page_number","page_size","total_pages"}}, pages numbered from 1. The total is known in
 * advance, so {@code count}, {@code next} and {@code total_pages} are exact when a page starts. The API lists the
 * newest group first; these pages hold the oldest first, so that they can be written while alerts are generated
 * (the order of the records means nothing to a reader of the pages).
 */
final class GrafanaOnCallEnvelope implements JsonPages.Envelope {

    static final String API = "https://oncall-prod-eu-west-0.grafana.net/oncall/api/v1/alert_groups/";

    private final int pageSize;
    private final long total;

    GrafanaOnCallEnvelope(int pageSize, long total) {
        this.pageSize = pageSize;
        this.total = total;
    }

    @Override
    public void head(JsonGenerator json, long offset) throws IOException {
        long page = offset / pageSize + 1;
        json.writeStartObject();
        json.writeNumberField("count", total);
        json.writeStringField("next", offset + pageSize < total ? url(page + 1) : null);
        json.writeStringField("previous", page > 1 ? url(page - 1) : null);
        json.writeArrayFieldStart("results");
    }

    @Override
    public void tail(JsonGenerator json, long offset, int count, boolean more) throws IOException {
        json.writeEndArray();
        json.writeNumberField("current_page_number", offset / pageSize + 1);
        json.writeNumberField("page_size", pageSize);
        json.writeNumberField("total_pages", (total + pageSize - 1) / pageSize);
        json.writeEndObject();
    }

    private static String url(long page) {
        return API + "?page=" + page;
    }
}
