package dev.opshistory.model;

/** What a canonical event stands for (DESIGN.md §3). */
public enum EventKind {
    /** The unit that notified a human: a PagerDuty incident, an Opsgenie/JSM alert. */
    ALERT,
    /** A declared incident record of its own (Opsgenie/JSM incidents). */
    INCIDENT,
    /** A postmortem document. */
    POSTMORTEM
}
