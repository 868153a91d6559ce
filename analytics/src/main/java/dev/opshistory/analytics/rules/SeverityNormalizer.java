package dev.opshistory.analytics.rules;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Severity;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the vendor's severity fields of an event to SEV1..SEV5 (DESIGN.md §4).
 *
 * <p>Precedence: the priority, then the highest alert severity, then the urgency; UNKNOWN when none says.
 * A priority with a level digit gives that level ({@code P1}, {@code SEV-1}, {@code Sev 2}, {@code p3},
 * {@code "P1 - Critical"}; level 0 counts as SEV1), so Opsgenie's P1..P5 are SEV1..SEV5. A priority without a
 * digit (or a level above 5) is looked up in {@link RuleSettings#priorityNames()} ({@code Highest}, {@code Critical}). Only when the
 * priority text says nothing, its {@code priorityOrder} is used, and only if it is a level from 1 to 5:
 * PagerDuty's {@code order} is an account-specific sort key (65536, 400000000), not a level.
 */
public final class SeverityNormalizer implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A level digit after a priority/severity prefix, or a bare digit; "P10" is not level 1. */
    private static final Pattern LEVEL = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:p|s|sev|severity|pri|priority)?[\\s\\-_.:#]*([0-5])(?![0-9])",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, Severity> priorityNames;
    private final Map<String, Severity> alertSeverities;
    private final Map<String, Severity> urgencies;

    public SeverityNormalizer(RuleSettings settings) {
        this.priorityNames = settings.priorityNames();
        this.alertSeverities = settings.alertSeverities();
        this.urgencies = settings.urgencies();
    }

    /** The normalised severity of an event, with the vendor values it came from; never null. */
    public NormalizedSeverity normalize(CanonicalEvent event) {
        String source = describe(event);
        Severity fromPriority = fromPriority(event.priority());
        if (fromPriority != null) {
            return new NormalizedSeverity(fromPriority, source, "priority");
        }
        Integer order = event.priorityOrder();
        if (order != null && order >= 1 && order <= 5) {
            return new NormalizedSeverity(Severity.ofLevel(order), source, "priority_order");
        }
        Severity fromAlert = lookup(alertSeverities, event.alertSeverity());
        if (fromAlert == null) {
            fromAlert = level(event.alertSeverity());
        }
        if (fromAlert != null) {
            return new NormalizedSeverity(fromAlert, source, "alert_severity");
        }
        Severity fromUrgency = lookup(urgencies, event.urgency());
        if (fromUrgency != null) {
            return new NormalizedSeverity(fromUrgency, source, "urgency");
        }
        return new NormalizedSeverity(Severity.UNKNOWN, source, "none");
    }

    private Severity fromPriority(String priority) {
        Severity byLevel = level(priority);
        return byLevel != null ? byLevel : lookup(priorityNames, priority);
    }

    private static Severity level(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = LEVEL.matcher(text);
        return m.find() ? Severity.ofLevel(m.group(1).charAt(0) - '0') : null;
    }

    private static Severity lookup(Map<String, Severity> map, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return map.get(text.trim().toLowerCase(Locale.ROOT));
    }

    private static String describe(CanonicalEvent event) {
        List<String> parts = new ArrayList<>();
        add(parts, "priority", event.priority());
        add(parts, "priority_order", event.priorityOrder() == null ? null : event.priorityOrder().toString());
        add(parts, "alert_severity", event.alertSeverity());
        add(parts, "urgency", event.urgency());
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.trim();
        // Quote values with spaces so the text stays one name=value per field ("priority=\"Sev 2\"").
        parts.add(name + "=" + (v.chars().noneMatch(Character::isWhitespace) ? v : "\"" + v.replace("\"", "'") + "\""));
    }
}
