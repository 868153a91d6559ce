package dev.opshistory.model;

/** Root-cause categories (DESIGN.md §4). MONITORING means the alert itself was wrong. */
public enum RootCause {
    DEPLOYED_DEFECT, CONFIGURATION, CAPACITY_PERFORMANCE, DEPENDENCY, NETWORKING, INFRASTRUCTURE_HARDWARE,
    DATA, SECURITY, MONITORING, HUMAN_PROCESS, UNKNOWN
}
