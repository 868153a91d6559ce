package dev.opshistory.analytics.rules;

import static dev.opshistory.analytics.rules.ActionabilityReason.ACKED_NO_WORK_RECORDED;
import static dev.opshistory.analytics.rules.ActionabilityReason.ACK_UNATTRIBUTED;
import static dev.opshistory.analytics.rules.ActionabilityReason.AUTO_RESOLVED_UNATTENDED;
import static dev.opshistory.analytics.rules.ActionabilityReason.CLEARED_NO_ACK_ON_RECORD;
import static dev.opshistory.analytics.rules.ActionabilityReason.CLOSED_BY_PERSON_WITHOUT_WORK;
import static dev.opshistory.analytics.rules.ActionabilityReason.DECLARED_INCIDENT;
import static dev.opshistory.analytics.rules.ActionabilityReason.FALSE_POSITIVE_MARKER;
import static dev.opshistory.analytics.rules.ActionabilityReason.HANDLED_BY_PERSON;
import static dev.opshistory.analytics.rules.ActionabilityReason.HEALTHY_NOTED;
import static dev.opshistory.analytics.rules.ActionabilityReason.LINKED_INCIDENT;
import static dev.opshistory.analytics.rules.ActionabilityReason.ACKED_RESOLVER_UNKNOWN;
import static dev.opshistory.analytics.rules.ActionabilityReason.NOT_APPLICABLE;
import static dev.opshistory.analytics.rules.ActionabilityReason.NO_ACTION_NOTED;
import static dev.opshistory.analytics.rules.ActionabilityReason.RESOLUTION_UNKNOWN;
import static dev.opshistory.analytics.rules.ActionabilityReason.RESOLVED_BY_PERSON_AFTER_WORK;
import static dev.opshistory.analytics.rules.ActionabilityReason.RESOLVED_BY_PERSON_AT_ONCE;
import static dev.opshistory.analytics.rules.ActionabilityReason.STALE_CLOSED_BY_PERSON;
import static dev.opshistory.analytics.rules.ActionabilityReason.STILL_OPEN;
import static dev.opshistory.analytics.rules.ActionabilityReason.TRANSIENT_AFTER_ACK;
import static dev.opshistory.analytics.rules.ActionabilityReason.TRANSIENT_AUTO_RESOLVED;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an alert needed a human (DESIGN.md §4), with the rule and the evidence.
 *
 * <p>Precedence FALSE_POSITIVE &gt; ACTIONABLE &gt; NON_ACTIONABLE; UNKNOWN when the alert is still open or the
 * export does not say enough. The rules, in order ({@link ActionabilityReason} names each):
 * <ol>
 *   <li>an explicit false-positive marker in a tag, a note or the resolve reason → FALSE_POSITIVE, even while
 *       open (see {@link FalsePositiveMarkers}: phrases, verdict words and statements such as "the alert was
 *       wrong", "probe misconfigured", "expected during maintenance", "duplicate of #123"; the title and
 *       description are never searched: a title like "test suite latency high" names the alert, it is not a
 *       verdict);</li>
 *   <li>not resolved → UNKNOWN;</li>
 *   <li>linked to an incident or postmortem, or itself a declared incident → ACTIONABLE;</li>
 *   <li>notes that only say nothing was done ({@link NoActionStatements}: "no action taken", "recovered on
 *       its own") and no escalation → NON_ACTIONABLE ({@code NO_ACTION_NOTED}): a note of watching is not
 *       work, whoever closed the alert;</li>
 *   <li>notes that say what the alert watched was fine at the time, or how the monitor misread it
 *       ({@link HealthyStatements}: "the disks are fine", "customers log in fine", "the check counts 404s as
 *       errors"), and none that tells of work or says the alert was right → FALSE_POSITIVE
 *       ({@code HEALTHY_NOTED}): people explain a wrong signal far more often than they name it;</li>
 *   <li>acknowledged by a person and then handled — notes, an escalation, or resolved by a person → ACTIONABLE;</li>
 *   <li>acknowledged and then <em>closed automatically</em> with no notes and no escalation → NON_ACTIONABLE,
 *       however long it took ({@code TRANSIENT_AFTER_ACK} within the transient window,
 *       {@code ACKED_NO_WORK_RECORDED} after it): an acknowledgement says someone looked, not that anyone
 *       acted, and the monitor cleared by itself; the same holds when the export does not name the
 *       acknowledger. This is the labelled set's logic (sample-data/eval): evidence of work makes an alert
 *       ACTIONABLE, an acknowledgement alone does not;</li>
 *   <li>no acknowledgement by a person, but resolved by a person after notes, or later than the transient
 *       window (and not so late that it looks like a clean-up of a stale alert), or within the window
 *       ({@code RESOLVED_BY_PERSON_AT_ONCE}: a person acted before the monitor would have cleared it) →
 *       ACTIONABLE;</li>
 *   <li>resolved automatically (integration, API, timeout) and no person acknowledged it → NON_ACTIONABLE,
 *       within the transient window ({@code TRANSIENT_AUTO_RESOLVED}) or later ({@code AUTO_RESOLVED_UNATTENDED});
 *       later from a tool that records no acknowledgement (Alertmanager) → UNKNOWN
 *       ({@code CLEARED_NO_ACK_ON_RECORD}): nobody acknowledging says nothing there;</li>
 *   <li>everything else → UNKNOWN with the reason (closed by a person long after with no sign of work, notes or
 *       an escalation after an acknowledgement by an unnamed hand, who resolved not on record).</li>
 * </ol>
 * Whether an acknowledger or resolver is a person comes from {@code humanAcknowledged} / {@code autoResolved}
 * when the export says; otherwise from the name ({@link SystemActors}: "System", "Alert API" are not people).
 */
public final class ActionabilityClassifier implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> OPEN_STATUSES = Set.of(
            "triggered", "acknowledged", "open", "new", "active", "firing", "unacknowledged", "snoozed");
    private static final Set<String> RESOLVED_STATUSES = Set.of("resolved", "closed", "ok", "recovered");

    private enum Ack { PERSON, NONE, UNATTRIBUTED }

    private enum Resolver { PERSON, AUTOMATIC, UNKNOWN }

    private final Duration transientWindow;
    private final Duration staleAfter;
    private final FalsePositiveMarkers markers;
    private final NoActionStatements noAction;
    private final HealthyStatements healthy;
    private final SystemActors systemActors;

    public ActionabilityClassifier(RuleSettings settings) {
        this.transientWindow = settings.transientWindow();
        this.staleAfter = settings.staleAfter();
        this.markers = new FalsePositiveMarkers(settings);
        WorkStatements work = new WorkStatements(settings);
        this.noAction = new NoActionStatements(settings, work);
        this.healthy = new HealthyStatements(settings, work);
        this.systemActors = new SystemActors(settings.systemActors());
    }

    /** The verdict of an event with no known link to an incident or postmortem; never null. */
    public ActionabilityVerdict classify(CanonicalEvent event) {
        return classify(event, null);
    }

    /**
     * The verdict of an event.
     *
     * @param incidentRef the event id of a linked incident or postmortem, or null
     */
    public ActionabilityVerdict classify(CanonicalEvent event, String incidentRef) {
        if (event.kind() == EventKind.POSTMORTEM) {
            return ActionabilityVerdict.of(NOT_APPLICABLE, "a postmortem, not an alert");
        }
        String marker = falsePositiveMarker(event);
        if (marker != null) {
            return ActionabilityVerdict.of(FALSE_POSITIVE_MARKER, "marked as a false positive in " + marker);
        }
        if (!isResolved(event)) {
            return ActionabilityVerdict.of(STILL_OPEN, "still open (" + (event.status() == null
                    ? "no resolution on record" : "status " + event.status()) + "); decided once it is resolved");
        }
        if (incidentRef != null && !incidentRef.isBlank()) {
            return ActionabilityVerdict.of(LINKED_INCIDENT, "linked to " + incidentRef);
        }
        if (event.kind() == EventKind.INCIDENT) {
            return ActionabilityVerdict.of(DECLARED_INCIDENT, "a declared incident record: someone judged it needed a response");
        }
        return classifyResolvedAlert(event);
    }

    private ActionabilityVerdict classifyResolvedAlert(CanonicalEvent event) {
        Ack ack = ack(event);
        Resolver resolver = resolver(event);
        Duration toResolve = toResolve(event);
        String noActionNote = null;
        boolean workNotes = false;
        for (String note : event.notes()) {
            String said = noAction.find(note);
            if (said == null) {
                workNotes |= note != null && !note.isBlank();
            } else if (noActionNote == null) {
                noActionNote = said;
            }
        }
        boolean escalated = event.escalations() != null && event.escalations() > 0;
        boolean withinWindow = toResolve != null && toResolve.compareTo(transientWindow) <= 0;

        if (noActionNote != null && !workNotes && !escalated) {
            return ActionabilityVerdict.of(NO_ACTION_NOTED, "a note says nothing was done: \"" + noActionNote + "\"; "
                    + (ack == Ack.PERSON ? acknowledged(event) + ", " : "") + resolved(event, resolver, toResolve));
        }
        if (noActionNote == null && workNotes) {
            String fine = healthy.find(event.notes());
            if (fine != null) {
                return ActionabilityVerdict.of(HEALTHY_NOTED, "a note says what the alert watched was fine, or how"
                        + " the monitor misread it: \"" + fine + "\", and none tells of work; "
                        + resolved(event, resolver, toResolve));
            }
        }
        boolean notes = workNotes;

        if (ack == Ack.PERSON) {
            if (notes || escalated || resolver == Resolver.PERSON) {
                return ActionabilityVerdict.of(HANDLED_BY_PERSON, join(acknowledged(event), work(event),
                        resolved(event, resolver, toResolve)));
            }
            if (resolver == Resolver.AUTOMATIC && withinWindow) {
                return ActionabilityVerdict.of(TRANSIENT_AFTER_ACK, acknowledged(event) + ", but "
                        + resolved(event, resolver, toResolve) + " with no notes or escalation: it cleared by itself");
            }
            if (resolver == Resolver.AUTOMATIC) {
                return ActionabilityVerdict.of(ACKED_NO_WORK_RECORDED, acknowledged(event) + ", then "
                        + resolved(event, resolver, toResolve) + " with no notes or escalation on record:"
                        + " looked at, then waited out");
            }
            return ActionabilityVerdict.of(ACKED_RESOLVER_UNKNOWN, acknowledged(event) + ", then "
                    + resolved(event, resolver, toResolve) + " by someone the export does not name, with no notes or"
                    + " escalation — review");
        }

        if (resolver == Resolver.AUTOMATIC) {
            if (ack == Ack.UNATTRIBUTED && (notes || escalated)) {
                return ActionabilityVerdict.of(ACK_UNATTRIBUTED, "acknowledged by someone the export does not name, "
                        + "then " + resolved(event, resolver, toResolve) + joinPrefixed(work(event)) + " — review");
            }
            if (withinWindow) {
                return ActionabilityVerdict.of(TRANSIENT_AUTO_RESOLVED, resolved(event, resolver, toResolve)
                        + " (within the " + HumanDurations.format(transientWindow) + " transient window); "
                        + (ack == Ack.UNATTRIBUTED
                        ? "acknowledged by someone the export does not name, with no notes or escalation"
                        : noPersonAcked(event)));
            }
            if (ack == Ack.UNATTRIBUTED) {
                return ActionabilityVerdict.of(ACKED_NO_WORK_RECORDED, "acknowledged by someone the export does not "
                        + "name, then " + resolved(event, resolver, toResolve) + " with no notes or escalation on record:"
                        + " looked at, then waited out");
            }
            if (event.source() != null && !event.source().recordsAcknowledgements()) {
                return ActionabilityVerdict.of(CLEARED_NO_ACK_ON_RECORD, resolved(event, resolver, toResolve)
                        + ", after the " + HumanDurations.format(transientWindow) + " transient window; "
                        + event.source().id() + " records no acknowledgement, so whether anyone worked on it is not"
                        + " on record — review");
            }
            return ActionabilityVerdict.of(AUTO_RESOLVED_UNATTENDED, resolved(event, resolver, toResolve) + "; "
                    + noPersonAcked(event));
        }

        if (resolver == Resolver.PERSON) {
            String noAck = ack == Ack.UNATTRIBUTED ? " (acknowledged by someone the export does not name)"
                    : " (no acknowledgement by a person on record)";
            if (notes) {
                return ActionabilityVerdict.of(RESOLVED_BY_PERSON_AFTER_WORK,
                        join(work(event), resolved(event, resolver, toResolve)) + noAck);
            }
            if (toResolve != null && !withinWindow && toResolve.compareTo(staleAfter) <= 0) {
                return ActionabilityVerdict.of(RESOLVED_BY_PERSON_AFTER_WORK, resolved(event, resolver, toResolve)
                        + ", longer than the " + HumanDurations.format(transientWindow) + " transient window" + noAck);
            }
            if (toResolve != null && !withinWindow) {
                return ActionabilityVerdict.of(STALE_CLOSED_BY_PERSON, resolved(event, resolver, toResolve)
                        + " with no acknowledgement or notes: most likely a clean-up of a stale alert — review");
            }
            if (withinWindow) {
                return ActionabilityVerdict.of(RESOLVED_BY_PERSON_AT_ONCE, resolved(event, resolver, toResolve)
                        + ", within the " + HumanDurations.format(transientWindow) + " transient window, before the"
                        + " monitor would have cleared it" + noAck + ": a person acted");
            }
            return ActionabilityVerdict.of(CLOSED_BY_PERSON_WITHOUT_WORK, resolved(event, resolver, toResolve)
                    + " with no acknowledgement or notes: dismissed, or fixed at once — review");
        }

        if (ack == Ack.UNATTRIBUTED) {
            return ActionabilityVerdict.of(ACK_UNATTRIBUTED, "acknowledged by someone the export does not name, "
                    + "and it does not say who resolved it — review");
        }
        return ActionabilityVerdict.of(RESOLUTION_UNKNOWN, "resolved" + after(toResolve)
                + ", but the export says neither who resolved it nor whether it was automatic; " + noPersonAcked(event));
    }

    private String falsePositiveMarker(CanonicalEvent event) {
        for (String tag : event.tags()) {
            String found = markers.findInTag(tag);
            if (found != null) {
                return "tag '" + found + "'";
            }
        }
        String inReason = markers.findInText(event.resolveReason());
        if (inReason != null) {
            return "the resolve reason: \"" + inReason + "\"";
        }
        for (String note : event.notes()) {
            String found = markers.findInText(note);
            if (found != null) {
                return "a note: \"" + found + "\"";
            }
        }
        return null;
    }

    private static boolean isResolved(CanonicalEvent event) {
        String status = event.status() == null ? null : event.status().trim().toLowerCase(Locale.ROOT);
        if (status != null && OPEN_STATUSES.contains(status)) {
            return false;
        }
        return event.resolvedAt() != null || (status != null && RESOLVED_STATUSES.contains(status));
    }

    private Ack ack(CanonicalEvent event) {
        if (event.humanAcknowledged() != null) {
            return event.humanAcknowledged() ? Ack.PERSON : Ack.NONE;
        }
        String by = event.acknowledgedBy();
        if (by != null && !by.isBlank()) {
            return systemActors.isSystem(by) ? Ack.NONE : Ack.PERSON;
        }
        return event.acknowledgedAt() != null ? Ack.UNATTRIBUTED : Ack.NONE;
    }

    private Resolver resolver(CanonicalEvent event) {
        if (event.autoResolved() != null) {
            return event.autoResolved() ? Resolver.AUTOMATIC : Resolver.PERSON;
        }
        String by = event.resolvedBy();
        if (by != null && !by.isBlank()) {
            return systemActors.isSystem(by) ? Resolver.AUTOMATIC : Resolver.PERSON;
        }
        return Resolver.UNKNOWN;
    }

    private static Duration toResolve(CanonicalEvent event) {
        Long seconds = ResponseTimes.secondsToResolve(event);
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }

    private static String acknowledged(CanonicalEvent event) {
        String who = isNamed(event.acknowledgedBy()) ? event.acknowledgedBy().strip() : "a person";
        Long seconds = ResponseTimes.secondsToAcknowledge(event);
        return "acknowledged by " + who + (seconds == null ? "" : " " + HumanDurations.format(Duration.ofSeconds(seconds))
                + " after it fired");
    }

    private static String work(CanonicalEvent event) {
        List<String> parts = new ArrayList<>();
        int notes = event.notes().size();
        if (notes > 0) {
            parts.add(notes + (notes == 1 ? " note" : " notes"));
        }
        Integer escalations = event.escalations();
        if (escalations != null && escalations > 0) {
            parts.add("escalated " + (escalations == 1 ? "once" : escalations + " times"));
        }
        return String.join(", ", parts);
    }

    private static String resolved(CanonicalEvent event, Resolver resolver, Duration toResolve) {
        String how = switch (resolver) {
            case AUTOMATIC -> "resolved automatically" + (isNamed(event.resolvedBy()) ? " by " + event.resolvedBy().strip() : "");
            case PERSON -> "resolved by " + (isNamed(event.resolvedBy()) ? event.resolvedBy().strip() : "a person");
            case UNKNOWN -> "resolved";
        };
        return how + after(toResolve);
    }

    private static String after(Duration toResolve) {
        return toResolve == null ? " (time unknown)" : " " + HumanDurations.format(toResolve) + " after it fired";
    }

    private static String noPersonAcked(CanonicalEvent event) {
        String text = "no person acknowledged it";
        if (isNamed(event.acknowledgedBy())) {
            text += " (acknowledged only by " + event.acknowledgedBy().strip() + ")";
        }
        Integer escalations = event.escalations();
        if (escalations != null && escalations > 0) {
            text += ", though it escalated " + (escalations == 1 ? "once" : escalations + " times");
        }
        return text;
    }

    private static boolean isNamed(String name) {
        return name != null && !name.isBlank();
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p);
            }
        }
        return String.join("; ", present);
    }

    private static String joinPrefixed(String part) {
        return part.isBlank() ? "" : " (" + part + ")";
    }
}
