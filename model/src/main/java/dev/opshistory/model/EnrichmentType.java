package dev.opshistory.model;

/** What an {@link Enrichment} tells about its parent event. */
public enum EnrichmentType {
    /** Triggered (PagerDuty trigger_log_entry, Opsgenie "Alert created"). */
    TRIGGER,
    /** Acknowledged by its agent. */
    ACKNOWLEDGE,
    /** Un-acknowledged (PagerDuty unacknowledge_log_entry, often by timeout). */
    UNACKNOWLEDGE,
    /** Resolved or closed by its agent. */
    RESOLVE,
    /** Escalated to the next level or re-assigned to someone. */
    ESCALATE,
    /** Somebody was assigned or reassigned. */
    ASSIGN,
    /** A person was notified (e-mail, SMS, push, phone). */
    NOTIFY,
    /** A note or annotation written by a person. */
    NOTE,
    /** A responder was added (PagerDuty responder requests). */
    RESPONDER,
    /** Priority or urgency changed. */
    PRIORITY_CHANGE,
    /** Snoozed. */
    SNOOZE,
    /** A grouped alert of a PagerDuty incident. */
    ALERT,
    /** Anything else the log says (kept for counts, otherwise ignored). */
    OTHER
}
