package dev.opshistory.ingest.parse;

import dev.opshistory.model.EnrichmentType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 17 PagerDuty log entry types of the REST API v2 ({@code FIELD_REFERENCE.md} §3) and what each tells
 * about its incident. Reference spellings ({@code trigger_log_entry_reference}) and the spec's
 * {@code acknowledgement_log_entry} read like the wire value.
 *
 * <p>Choices: {@code delegate} (reassigned to another escalation policy) is an {@link EnrichmentType#ASSIGN},
 * like {@code assign}; {@code repeat_escalation_path} (the policy starts over because nobody acknowledged)
 * is an {@link EnrichmentType#ESCALATE}; {@code exhaust_escalation_path}, {@code reach_ack_limit},
 * {@code reach_trigger_limit} and the field-change types are {@link EnrichmentType#OTHER}, except a
 * {@code field_value_change} whose summary names the priority.
 */
final class PagerDutyLogEntryTypes {

    private static final Map<String, EnrichmentType> TYPES = Map.ofEntries(
            Map.entry("acknowledge_log_entry", EnrichmentType.ACKNOWLEDGE),
            Map.entry("acknowledgement_log_entry", EnrichmentType.ACKNOWLEDGE),
            Map.entry("annotate_log_entry", EnrichmentType.NOTE),
            Map.entry("assign_log_entry", EnrichmentType.ASSIGN),
            Map.entry("delegate_log_entry", EnrichmentType.ASSIGN),
            Map.entry("escalate_log_entry", EnrichmentType.ESCALATE),
            Map.entry("exhaust_escalation_path_log_entry", EnrichmentType.OTHER),
            Map.entry("notify_log_entry", EnrichmentType.NOTIFY),
            Map.entry("reach_ack_limit_log_entry", EnrichmentType.OTHER),
            Map.entry("reach_trigger_limit_log_entry", EnrichmentType.OTHER),
            Map.entry("repeat_escalation_path_log_entry", EnrichmentType.ESCALATE),
            Map.entry("resolve_log_entry", EnrichmentType.RESOLVE),
            Map.entry("snooze_log_entry", EnrichmentType.SNOOZE),
            Map.entry("trigger_log_entry", EnrichmentType.TRIGGER),
            Map.entry("unacknowledge_log_entry", EnrichmentType.UNACKNOWLEDGE),
            Map.entry("urgency_change_log_entry", EnrichmentType.PRIORITY_CHANGE),
            Map.entry("field_value_change_log_entry", EnrichmentType.OTHER),
            Map.entry("custom_field_value_change_log_entry", EnrichmentType.OTHER));

    private PagerDutyLogEntryTypes() {
    }

    /** Whether {@code type} is a log entry type name, known or not ({@code *_log_entry}, {@code *_log_entry_reference}). */
    static boolean looksLikeLogEntryType(String type) {
        return type != null && wire(type).endsWith("_log_entry");
    }

    /**
     * @param type    the record's {@code type}
     * @param summary the record's {@code summary}, which tells a priority change among field changes
     * @return empty for a type PagerDuty does not define
     */
    static Optional<EnrichmentType> of(String type, String summary) {
        String wire = wire(type);
        EnrichmentType known = TYPES.get(wire);
        if (known == EnrichmentType.OTHER && wire.equals("field_value_change_log_entry") && summary != null
                && summary.toLowerCase(Locale.ROOT).contains("priority")) {
            return Optional.of(EnrichmentType.PRIORITY_CHANGE);
        }
        return Optional.ofNullable(known);
    }

    private static String wire(String type) {
        String t = type.trim().toLowerCase(Locale.ROOT);
        return t.endsWith("_reference") ? t.substring(0, t.length() - "_reference".length()) : t;
    }
}
