package dev.opshistory.ingest.parse;

import dev.opshistory.model.EnrichmentType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what an Opsgenie/JSM alert log line says. Their {@code type}/{@code logType} is only
 * {@code system} or {@code alertRecipient}, so the action is in the English {@code log} text
 * ("Alert acknowledged via web", "Viewed on [web]", "Assigning owner team [Dream] to alert…"). Rules are tried
 * in order, first match wins; text that names no clear action is {@link EnrichmentType#OTHER}.
 */
final class OpsgenieLogText {

    private static final List<Map.Entry<Pattern, EnrichmentType>> RULES = List.of(
            rule("\\bun-?acknowledg", EnrichmentType.UNACKNOWLEDGE),
            rule("\\backnowledg", EnrichmentType.ACKNOWLEDGE),
            rule("\\bsnooz", EnrichmentType.SNOOZE),
            rule("\\bescalat", EnrichmentType.ESCALATE),
            rule("\\b(closed?|closing|resolved?)\\b", EnrichmentType.RESOLVE),
            rule("\\b(alert|incident)\\s+(is\\s+|was\\s+)?created\\b|^created\\b", EnrichmentType.TRIGGER),
            rule("\\bresponders?\\b", EnrichmentType.RESPONDER),
            rule("\\bpriority\\b", EnrichmentType.PRIORITY_CHANGE),
            rule("\\bnotes?\\b", EnrichmentType.NOTE),
            rule("\\bassign|\\bownership\\b|\\btook over\\b", EnrichmentType.ASSIGN),
            rule("\\bnotif(y|ied|ication)", EnrichmentType.NOTIFY));

    /** The ways Opsgenie lets people and tools act on an alert, as its log lines name them. */
    static final Set<String> CHANNELS = Set.of("web", "api", "email", "sms", "mobile", "ios", "android", "voice",
            "phone", "slack", "msteams", "heartbeat", "integration");

    private static final Pattern CHANNEL = Pattern.compile("(?i)\\bvia\\s+\\[?([a-z][a-z0-9_-]*)|\\bon\\s+\\[([a-z][a-z0-9_-]*)]");

    private OpsgenieLogText() {
    }

    /** What the log line tells about its alert. */
    static EnrichmentType type(String log) {
        if (log == null) {
            return EnrichmentType.OTHER;
        }
        for (Map.Entry<Pattern, EnrichmentType> rule : RULES) {
            if (rule.getKey().matcher(log).find()) {
                return rule.getValue();
            }
        }
        return EnrichmentType.OTHER;
    }

    /**
     * How it was done, from "via web", "via API", "on [web]", lower-cased; null when the text does not name one of
     * {@link #CHANNELS} ("created via team integration" names none).
     */
    static String channel(String log) {
        if (log == null) {
            return null;
        }
        Matcher via = CHANNEL.matcher(log);
        while (via.find()) {
            String word = (via.group(1) != null ? via.group(1) : via.group(2)).toLowerCase(Locale.ROOT);
            if (CHANNELS.contains(word)) {
                return word;
            }
        }
        return null;
    }

    private static Map.Entry<Pattern, EnrichmentType> rule(String regex, EnrichmentType type) {
        return Map.entry(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), type);
    }
}
