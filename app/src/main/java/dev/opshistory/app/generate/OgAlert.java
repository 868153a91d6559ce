package dev.opshistory.app.generate;

import dev.opshistory.app.generate.OpsgenieAccount.Integration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One alert as planned for Opsgenie, Alertmanager or Grafana OnCall, before it is cut at the export instant and
 * rendered in the vendor's shape.
 */
final class OgAlert {

    /** A step and who took it: an e-mail address, the integration's name, or {@code System}. */
    record Step(Instant at, String by) {
    }

    final Integration integration;
    /** The key of the template it was made from: the alert rule ({@code probe}, {@code rdscpu}…). */
    final String rule;
    final String message;
    final Instant created;
    final String priority;
    final String alias;
    final Truth truth;
    int count = 1;
    Step ack;
    Step close;
    final List<String> tags = new ArrayList<>();
    Instant snoozedUntil;
    String responderUserId;

    long tinyId;
    String id;

    OgAlert(Integration integration, String rule, String message, Instant created, String priority, String alias,
            Truth truth) {
        this.integration = integration;
        this.rule = rule;
        this.message = message;
        this.created = created;
        this.priority = priority;
        this.alias = alias;
        this.truth = truth;
    }

    boolean ackedBy(Instant end) {
        return ack != null && !ack.at().isAfter(end);
    }

    boolean closedBy(Instant end) {
        return close != null && !close.at().isAfter(end);
    }
}
