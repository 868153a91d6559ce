package dev.opshistory.analytics.rules;

import dev.opshistory.model.Actionability;

/**
 * Every rule of {@link ActionabilityClassifier}, in the order they are tried; the name is the code written
 * before the reason text ({@code TRANSIENT_AUTO_RESOLVED: resolved automatically 4 min after ...}).
 */
public enum ActionabilityReason {
    /** Not an alert or incident (a postmortem): nothing to classify. */
    NOT_APPLICABLE(Actionability.UNKNOWN),
    /**
     * A tag, a note or the resolve reason says false positive / false alarm / not an issue / noise / test, or
     * states in other words that the alert was wrong ("probe misconfigured", "expected during maintenance").
     */
    FALSE_POSITIVE_MARKER(Actionability.FALSE_POSITIVE),
    /** Not resolved yet; decided once it is. */
    STILL_OPEN(Actionability.UNKNOWN),
    /** Linked to a declared incident or a postmortem. */
    LINKED_INCIDENT(Actionability.ACTIONABLE),
    /** A declared incident record (Opsgenie/JSM incident): someone judged it needed a response. */
    DECLARED_INCIDENT(Actionability.ACTIONABLE),
    /** Notes that only say nothing was done ("no action taken", "recovered on its own"), and no escalation. */
    NO_ACTION_NOTED(Actionability.NON_ACTIONABLE),
    /**
     * Notes that say what the alert watched was fine at the time ("the disks are fine", "customers log in fine",
     * "no customer requests failed") or how the monitor misread it ("the check counts 404s as errors"), with no
     * statement of work, none that the alert was right and none that nothing was done: the alert was wrong.
     */
    HEALTHY_NOTED(Actionability.FALSE_POSITIVE),
    /** Acknowledged by a person, then handled: notes, escalation, or resolved by a person. */
    HANDLED_BY_PERSON(Actionability.ACTIONABLE),
    /** No acknowledgement by a person on record, but a person resolved it after notes or after working longer than the transient window. */
    RESOLVED_BY_PERSON_AFTER_WORK(Actionability.ACTIONABLE),
    /**
     * No acknowledgement by a person on record, no notes, but a person resolved it within the transient window:
     * a person acted before the monitor would have cleared it.
     */
    RESOLVED_BY_PERSON_AT_ONCE(Actionability.ACTIONABLE),
    /** Resolved automatically within the transient window; no person acknowledged it. */
    TRANSIENT_AUTO_RESOLVED(Actionability.NON_ACTIONABLE),
    /** A person acknowledged it, but it resolved automatically within the transient window with no notes or escalation. */
    TRANSIENT_AFTER_ACK(Actionability.NON_ACTIONABLE),
    /** Resolved automatically after the transient window (or at an unknown time); no person acknowledged it. */
    AUTO_RESOLVED_UNATTENDED(Actionability.NON_ACTIONABLE),
    /**
     * Cleared by itself after the transient window, from a tool that records no acknowledgement (Alertmanager):
     * whether anyone worked on it meanwhile is not on record.
     */
    CLEARED_NO_ACK_ON_RECORD(Actionability.UNKNOWN),
    /**
     * Acknowledged (by a person, or by a hand the export does not name), then resolved automatically after the
     * transient window with no notes or escalation: looked at, then waited out. An acknowledgement is not work.
     */
    ACKED_NO_WORK_RECORDED(Actionability.NON_ACTIONABLE),
    /** Acknowledged by a person, no notes or escalation, and the export does not say who resolved it. */
    ACKED_RESOLVER_UNKNOWN(Actionability.UNKNOWN),
    /** Closed by a person long after it fired, with no acknowledgement or notes: most likely a clean-up. */
    STALE_CLOSED_BY_PERSON(Actionability.UNKNOWN),
    /** Closed by a person at a time the export does not give, with no acknowledgement or notes. */
    CLOSED_BY_PERSON_WITHOUT_WORK(Actionability.UNKNOWN),
    /** Acknowledged, but the export does not say by whom, and nothing else decides. */
    ACK_UNATTRIBUTED(Actionability.UNKNOWN),
    /** Resolved, but the export says neither who resolved it nor whether it was automatic. */
    RESOLUTION_UNKNOWN(Actionability.UNKNOWN);

    private final Actionability actionability;

    ActionabilityReason(Actionability actionability) {
        this.actionability = actionability;
    }

    /** The class this rule gives. */
    public Actionability actionability() {
        return actionability;
    }
}
