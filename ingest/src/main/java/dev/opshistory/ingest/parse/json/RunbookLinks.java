package dev.opshistory.ingest.parse.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a runbook link in an alert's custom details (PagerDuty {@code body.details}, Opsgenie
 * {@code details}, JSM {@code extraProperties}): first a URL under a key naming a runbook, playbook or
 * wiki ({@code runbook}, {@code runbook_url}, {@code playbook}…), then any URL whose own text names one;
 * and among PagerDuty's link {@code contexts}, a link whose text or address names one.
 */
public final class RunbookLinks {

    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>)\\]]+");
    private static final Pattern RUNBOOK_WORD = Pattern.compile("(?i)run[-_ ]?book|play[-_ ]?book|wiki");

    private RunbookLinks() {
    }

    /** The runbook URL in {@code details} (an object of key/values or free text), or null. */
    public static String find(JsonNode details) {
        if (details == null || details.isNull()) {
            return null;
        }
        if (details.isTextual()) {
            return namingUrl(details.asText());
        }
        if (!details.isObject()) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = details.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (RUNBOOK_WORD.matcher(field.getKey()).find() && field.getValue().isValueNode()) {
                Matcher url = URL.matcher(field.getValue().asText());
                if (url.find()) {
                    return url.group();
                }
            }
        }
        for (Iterator<JsonNode> it = details.elements(); it.hasNext(); ) {
            JsonNode value = it.next();
            if (value.isValueNode()) {
                String url = namingUrl(value.asText());
                if (url != null) {
                    return url;
                }
            }
        }
        return null;
    }

    /**
     * The runbook URL among PagerDuty {@code contexts} ({@code [{type:"link", href, text}]}): a link whose
     * text or address names a runbook, playbook or wiki, or null.
     */
    public static String fromContexts(JsonNode contexts) {
        if (contexts == null || !contexts.isArray()) {
            return null;
        }
        for (JsonNode context : contexts) {
            JsonNode href = context.get("href");
            if (href == null || !href.isTextual()) {
                continue;
            }
            Matcher url = URL.matcher(href.asText());
            JsonNode text = context.get("text");
            boolean named = text != null && text.isValueNode() && RUNBOOK_WORD.matcher(text.asText()).find();
            if (url.find() && (named || RUNBOOK_WORD.matcher(url.group()).find())) {
                return url.group();
            }
        }
        return null;
    }

    private static String namingUrl(String text) {
        Matcher url = URL.matcher(text);
        while (url.find()) {
            if (RUNBOOK_WORD.matcher(url.group()).find()) {
                return url.group();
            }
        }
        return null;
    }
}
