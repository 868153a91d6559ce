package dev.opshistory.app.generate;

import dev.opshistory.app.generate.OpsgenieAccount.Integration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One Opsgenie alert as planned, before it is cut at the export instant and rendered. */
final class OgAlert {

    /** A step and who took it: an e-mail address, the integration's name, or {@code System}. */
    record Step(Instant at, String by) {
    }

    final Integration integration;
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

    OgAlert(Integration integration, String message, Instant created, String priority, String alias, Truth truth) {
        this.integration = integration;
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
