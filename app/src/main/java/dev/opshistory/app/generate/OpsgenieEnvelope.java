package dev.opshistory.app.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The envelope of {@code GET /v2/alerts}: {@code {"data":[…],"paging":{next, prev, first, last},"took",
 * "requestId"}}. The history is pulled oldest first ({@code sort=createdAt&order=asc}, which the API allows), so
 * pages can be written while alerts are generated; the total is known in advance, so {@code last} is exact.
 */
final class OpsgenieEnvelope implements JsonPages.Envelope {

    private final int limit;
    private final long lastOffset;
    private final String query;
    private final Ids ids;

    OpsgenieEnvelope(GeneratorSettings settings, long total, Ids ids) {
        this.limit = settings.pageSize();
        this.lastOffset = (total - 1) / limit * limit;
        this.ids = ids;
        this.query = URLEncoder.encode("createdAt>=" + Times.opsgenieQuery(settings.start()) + " AND createdAt<"
                + Times.opsgenieQuery(settings.end()), StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void head(JsonGenerator json, long offset) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("data");
    }

    @Override
    public void tail(JsonGenerator json, long offset, int count, boolean more) throws IOException {
        json.writeEndArray();
        json.writeObjectFieldStart("paging");
        if (more) {
            json.writeStringField("next", url(offset + limit));
        }
        if (offset > 0) {
            json.writeStringField("prev", url(Math.max(0, offset - limit)));
        }
        json.writeStringField("first", url(0));
        json.writeStringField("last", url(lastOffset));
        json.writeEndObject();
        // Response time in seconds, as the API reports it; derived from the offset to stay deterministic.
        json.writeNumberField("took", (50 + offset / limit % 17 * 50) / 1000.0);
        json.writeStringField("requestId", ids.uuid(Long.MAX_VALUE - offset));
        json.writeEndObject();
    }

    private String url(long offset) {
        return OpsgenieAccount.API + "/v2/alerts?query=" + query + "&offset=" + offset + "&limit=" + limit
                + "&sort=createdAt&order=asc";
    }
}
