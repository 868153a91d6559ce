package dev.opshistory.analytics.assemble;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EnrichmentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Folds the enrichments of an event (log entries, notes, grouped alerts) into it. Pure: no Flink types.
 *
 * <p>What the export already says wins over what the log adds (an incident's own {@code acknowledgements} or
 * {@code resolved_at} are kept); the log fills what is missing: the first acknowledgement and whether a
 * person gave it, the last resolution and whether a person, a service or a timeout gave it, escalation and
 * notification counts, notes, and for grouped PagerDuty alerts the count, the highest severity, the first
 * alert key and runbook link. The grouped alerts' severity replaces the event's own: a PagerDuty incident's is
 * only its first trigger's, as that alert was sent, and the alerts say what they are now. The same log entry or
 * note read twice counts once.
 */
public final class EventAssembly {

    private static final List<String> SEVERITY_ORDER = List.of("critical", "error", "warning", "info");
    private static final Set<String> AUTOMATIC_CHANNELS = Set.of("auto", "timeout", "api", "integration");

    private EventAssembly() {
    }

    /** The event with its enrichments applied, in time order. */
    public static CanonicalEvent apply(CanonicalEvent event, List<Enrichment> enrichments) {
        if (enrichments.isEmpty()) {
            return event;
        }
        List<Enrichment> ordered = distinct(enrichments);
        ordered.sort(Comparator.comparing(Enrichment::at, Comparator.nullsLast(Comparator.naturalOrder())));

        CanonicalEvent.Builder b = event.toBuilder();
        Instant acknowledgedAt = event.acknowledgedAt();
        String acknowledgedBy = event.acknowledgedBy();
        Boolean humanAck = event.humanAcknowledged();
        Instant resolvedAt = event.resolvedAt();
        String resolvedBy = event.resolvedBy();
        Boolean autoResolved = event.autoResolved();
        int escalations = 0;
        int notifications = 0;
        int alerts = 0;
        String alertsSeverity = null;
        String dedupKey = event.dedupKey();
        String runbook = event.runbookUrl();
        List<String> notes = new ArrayList<>(event.notes());

        for (Enrichment e : ordered) {
            switch (e.type()) {
                case ACKNOWLEDGE -> {
                    if (acknowledgedAt == null || (e.at() != null && e.at().isBefore(acknowledgedAt))) {
                        acknowledgedAt = e.at();
                        acknowledgedBy = e.agent();
                    }
                    humanAck = orHuman(humanAck, e.human());
                }
                case RESOLVE -> {
                    if (event.resolvedAt() == null) {
                        resolvedAt = e.at();
                    }
                    if (event.resolvedBy() == null) {
                        resolvedBy = e.agent();
                    }
                    if (event.autoResolved() == null) {
                        autoResolved = automatic(e);
                    }
                }
                case ESCALATE -> escalations++;
                case NOTIFY -> notifications++;
                case NOTE -> {
                    if (e.text() != null && !e.text().isBlank() && !notes.contains(e.text())) {
                        notes.add(e.text());
                    }
                }
                case ALERT -> {
                    alerts++;
                    alertsSeverity = higherSeverity(alertsSeverity, e.alertSeverity());
                    dedupKey = dedupKey != null ? dedupKey : e.alertKey();
                    runbook = runbook != null ? runbook : e.runbookUrl();
                }
                default -> {
                    // triggers, assignments, responders, snoozes: known, not used by any verdict yet
                }
            }
        }
        return b.acknowledgedAt(acknowledgedAt).acknowledgedBy(acknowledgedBy).humanAcknowledged(humanAck)
                .resolvedAt(resolvedAt).resolvedBy(resolvedBy).autoResolved(autoResolved)
                .escalations(sum(event.escalations(), escalations))
                .notifications(sum(event.notifications(), notifications))
                .alertCount(event.alertCount() != null ? event.alertCount() : (alerts > 0 ? alerts : null))
                .alertSeverity(alertsSeverity != null ? alertsSeverity : event.alertSeverity())
                .dedupKey(dedupKey).runbookUrl(runbook)
                .notes(notes)
                .build();
    }

    private static List<Enrichment> distinct(List<Enrichment> enrichments) {
        Set<String> seen = new HashSet<>();
        List<Enrichment> out = new ArrayList<>();
        for (Enrichment e : enrichments) {
            String key = e.sourceId() == null ? null : e.type() + "/" + e.sourceId();
            if (key == null || seen.add(key)) {
                out.add(e);
            }
        }
        return out;
    }

    /** A person acknowledged if any acknowledger was a person; unknowns do not overrule what is known. */
    private static Boolean orHuman(Boolean current, Boolean next) {
        if (Boolean.TRUE.equals(current) || Boolean.TRUE.equals(next)) {
            return true;
        }
        return current != null ? current : next;
    }

    private static Boolean automatic(Enrichment resolve) {
        if (resolve.channel() != null && AUTOMATIC_CHANNELS.contains(resolve.channel().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return resolve.human() == null ? null : !resolve.human();
    }

    static String higherSeverity(String a, String b) {
        int ra = rank(a);
        int rb = rank(b);
        if (rb < ra) {
            return b;
        }
        return a != null ? a : b;
    }

    private static int rank(String severity) {
        int i = severity == null ? -1 : SEVERITY_ORDER.indexOf(severity.toLowerCase(Locale.ROOT));
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static Integer sum(Integer base, int added) {
        if (added == 0) {
            return base;
        }
        return Objects.requireNonNullElse(base, 0) + added;
    }
}
