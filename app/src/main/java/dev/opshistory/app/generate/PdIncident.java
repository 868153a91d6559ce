package dev.opshistory.app.generate;

import dev.opshistory.app.generate.PagerDutyAccount.Service;
import dev.opshistory.app.generate.PagerDutyAccount.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One PagerDuty incident as planned: what happened and when, before it is cut at the export instant and
 * rendered. Its id and number are given when it leaves the time-ordered buffer, so numbers rise with time.
 */
final class PdIncident {

    /** Who or what resolved it and through which channel ({@code api}, {@code website}, {@code timeout}). */
    record Resolution(Instant at, User person, String channel) {
        boolean byPerson() {
            return person != null;
        }
    }

    record Step(Instant at, User user) {
    }

    record Note(Instant at, User user, String content) {
    }

    final Service service;
    final String title;
    final Instant created;
    final String urgency;
    final String priority;
    final String incidentKey;
    final Truth truth;
    int alerts = 1;
    Step ack;
    Step escalated;
    Resolution resolved;
    final List<Note> notes = new ArrayList<>();
    final List<Step> responders = new ArrayList<>();
    boolean conference;

    long number;
    String id;
    String triggerLogId;

    PdIncident(Service service, String title, Instant created, String urgency, String priority, String incidentKey, Truth truth) {
        this.service = service;
        this.title = title;
        this.created = created;
        this.urgency = urgency;
        this.priority = priority;
        this.incidentKey = incidentKey;
        this.truth = truth;
    }

    /** The state at the export instant: later steps have not happened yet. */
    String status(Instant end) {
        if (resolved != null && !resolved.at().isAfter(end)) {
            return "resolved";
        }
        return ackedBy(end) ? "acknowledged" : "triggered";
    }

    boolean ackedBy(Instant end) {
        return ack != null && !ack.at().isAfter(end);
    }

    boolean escalatedBy(Instant end) {
        return escalated != null && !escalated.at().isAfter(end);
    }

    boolean resolvedBy(Instant end) {
        return resolved != null && !resolved.at().isAfter(end);
    }

    String summary() {
        return "[#" + number + "] " + title;
    }

    String self() {
        return PagerDutyAccount.API + "/incidents/" + id;
    }

    String htmlUrl() {
        return PagerDutyAccount.WEB + "/incidents/" + id;
    }
}
