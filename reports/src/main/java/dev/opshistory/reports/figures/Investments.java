package dev.opshistory.reports.figures;

import dev.opshistory.model.RootCause;
import java.util.EnumMap;
import java.util.Map;

/** The engineering investment each root-cause category points to (DESIGN.md §6.5), as the report prints it. */
public final class Investments {

    private static final Map<RootCause, String> BY_CAUSE = new EnumMap<>(RootCause.class);

    static {
        BY_CAUSE.put(RootCause.DEPLOYED_DEFECT, "testing, code review, canary / phased rollout");
        BY_CAUSE.put(RootCause.CONFIGURATION, "config validation and staged config rollout");
        BY_CAUSE.put(RootCause.CAPACITY_PERFORMANCE, "load testing and autoscaling");
        BY_CAUSE.put(RootCause.DEPENDENCY, "timeouts, retries with backoff, circuit breakers, fallbacks");
        BY_CAUSE.put(RootCause.NETWORKING, "redundant network paths, reviewed network changes, health-checked failover");
        BY_CAUSE.put(RootCause.INFRASTRUCTURE_HARDWARE, "redundancy across zones and automated host replacement");
        BY_CAUSE.put(RootCause.DATA, "data validation, reviewed migrations, tested backups and restores");
        BY_CAUSE.put(RootCause.SECURITY, "patching, secret rotation and access review");
        BY_CAUSE.put(RootCause.MONITORING, "alert tuning: thresholds, `for:` durations, deletion of dead alarms");
        BY_CAUSE.put(RootCause.HUMAN_PROCESS, "runbooks, automation of manual steps, change checklists");
        BY_CAUSE.put(RootCause.UNKNOWN, "postmortems that name a cause, so the next review can learn from it");
    }

    private Investments() {
    }

    /** The investment for a category name; an unknown name gets UNKNOWN's. */
    public static String forCategory(String category) {
        try {
            return BY_CAUSE.get(RootCause.valueOf(category));
        } catch (IllegalArgumentException | NullPointerException e) {
            return BY_CAUSE.get(RootCause.UNKNOWN);
        }
    }
}
