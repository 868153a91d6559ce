package dev.opshistory.app.generate;

import dev.opshistory.app.generate.PagerDutyAccount.Role;
import dev.opshistory.app.generate.PagerDutyAccount.Service;
import dev.opshistory.app.generate.PagerDutyAccount.User;
import dev.opshistory.app.generate.PagerDutyTemplates.KeyStyle;
import dev.opshistory.app.generate.PagerDutyTemplates.Profile;
import dev.opshistory.app.generate.PagerDutyTemplates.Template;
import dev.opshistory.model.Actionability;
import dev.opshistory.model.RootCause;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans PagerDuty incidents episode by episode: a background alert, a flapping burst, a repeat group, an alert
 * storm, a deploy-related burst, a real incident, a false positive, or an acknowledged incident nobody closed.
 * Each episode is a handful of incidents close in time; nothing is remembered between episodes except
 * counters, so memory does not grow with the number of alerts.
 */
final class PagerDutyEpisodes {

    private enum Kind { BACKGROUND, FLAPPING, REPEATED, STORM, DEPLOY, INCIDENT, FALSE_POSITIVE, FORGOTTEN }

    // Episode weights outside and inside release windows; deploy bursts cluster on release afternoons.
    private static final double[] WEIGHTS = {0.80, 0.03, 0.04, 0.004, 0.004, 0.015, 0.02, 0.002};
    private static final double[] RELEASE_WEIGHTS = {0.80, 0.03, 0.04, 0.004, 0.10, 0.015, 0.02, 0.002};

    private static final List<String> WORK_NOTES = List.of(
            "Looking. Dashboards show the spike is limited to one AZ.",
            "Restarted the affected pods; watching for recurrence.",
            "Rolled back the last config push, errors back to baseline.",
            "Scaled out by 2 nodes; will open a ticket to right-size.");
    private static final List<String> FALSE_POSITIVE_NOTES = List.of(
            "False positive: the synthetic-monitoring vendor had a regional outage (their status page confirms). Service was fine.",
            "False alarm - these were declines in the load-test account, not errors. Tuning the query to exclude test traffic.",
            "Not an issue: the spike was the scheduled snapshot and recovered by itself. False positive, threshold too tight.",
            "False positive - the exporter double-counted a histogram bucket after the Prometheus upgrade. No user impact.");
    private record StormCause(String text, RootCause category) {
    }

    private static final List<StormCause> STORM_CAUSES = List.of(
            new StormCause("network partition in eu-west-1b", RootCause.NETWORKING),
            new StormCause("DNS resolver failures in the shared VPC", RootCause.NETWORKING),
            new StormCause("shared Redis cluster failing over", RootCause.DEPENDENCY),
            new StormCause("hypervisor host failure under the shared node pool", RootCause.INFRASTRUCTURE_HARDWARE));

    private final PagerDutyAccount account;
    private final SplittableRandom random;
    private final Ids keys;
    private final Instant start;
    private final Instant end;
    private long groups;
    private long stories;

    PagerDutyEpisodes(PagerDutyAccount account, SplittableRandom random, Instant start, Instant end) {
        this.account = account;
        this.random = random;
        this.keys = new Ids(random.split());
        this.start = start;
        this.end = end;
    }

    /**
     * The incidents of the next episode, starting within the hour at {@code hourStart}; at most {@code room} of
     * them, never none. In the history's last hour, single incidents that are still open at the export.
     */
    List<PdIncident> next(Instant hourStart, long room, boolean lastHour) {
        Instant t = hourStart.plusSeconds(random.nextInt(3600));
        if (lastHour) {
            return List.of(late(t));
        }
        Kind kind = Kind.values()[Pick.weighted(random, TrafficShape.isReleaseWindow(hourStart) ? RELEASE_WEIGHTS : WEIGHTS)];
        // Multi-alert patterns need room in the count and in time, or they would be cut and their labels wrong.
        boolean hours = t.plus(Duration.ofHours(2)).isBefore(end);
        boolean day = t.plus(Duration.ofHours(21)).isBefore(end);
        List<PdIncident> episode = switch (kind) {
            case FLAPPING -> room >= 6 && hours ? flapping(t) : null;
            case REPEATED -> room >= 5 && day ? repeated(t) : null;
            case STORM -> room >= 25 && hours ? storm(t) : null;
            case DEPLOY -> room >= 5 && hours ? deploy(t) : null;
            case INCIDENT -> List.of(incident(t, service(), null));
            case FALSE_POSITIVE -> List.of(falsePositive(t));
            case FORGOTTEN -> List.of(forgotten(t));
            case BACKGROUND -> null;
        };
        return episode != null ? episode : List.of(background(t));
    }

    private PdIncident background(Instant t) {
        Service service = service();
        Template template = PagerDutyTemplates.weighted(random, PagerDutyTemplates.of(service.role(), TrafficShape.isBatchWindow(t)));
        PdIncident incident = plain(service, template, t, new Truth("background", Actionability.NON_ACTIONABLE));
        apply(incident, PagerDutyTemplates.profile(random, template.profiles()));
        return incident;
    }

    private List<PdIncident> flapping(Instant t) {
        Service service = service();
        String key = switch (service.role()) {
            case API -> "synthetic";
            case WORKER -> "queue";
            case DATASTORE -> "health";
        };
        Template template = PagerDutyTemplates.ALL.stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
        String title = template.title().make(random, service);
        String priority = Pick.any(random, template.priorities());
        String incidentKey = key(template.keyStyle(), title);
        String group = "flap-" + (++groups);
        List<PdIncident> burst = new ArrayList<>();
        int n = 3 + random.nextInt(4);
        Instant at = t;
        for (int i = 0; i < n; i++) {
            Truth truth = new Truth("flapping", Actionability.NON_ACTIONABLE);
            truth.flapping = true;
            truth.transientAlert = true;
            truth.group = group;
            PdIncident incident = new PdIncident(service, title, clamp(at), template.urgency(), priority, incidentKey, truth);
            incident.resolved = new PdIncident.Resolution(incident.created.plus(minutes(2, 5)), null, "api");
            burst.add(incident);
            at = incident.resolved.at().plus(minutes(4, 9));
        }
        return burst;
    }

    private List<PdIncident> repeated(Instant t) {
        Service service = service();
        Template template = PagerDutyTemplates.weighted(random, PagerDutyTemplates.withHosts(service.role()));
        String group = "repeat-" + (++groups);
        List<PdIncident> out = new ArrayList<>();
        int n = 3 + random.nextInt(3);
        Instant at = t;
        for (int i = 0; i < n; i++) {
            Truth truth = new Truth("repeated", Actionability.NON_ACTIONABLE);
            truth.repeated = true;
            truth.group = group;
            PdIncident incident = plain(service, template, clamp(at), truth);
            apply(incident, i % 2 == 0 ? Profile.ACK_AUTO : Profile.TRANSIENT);
            out.add(incident);
            at = at.plus(minutes(30, 300));
        }
        return out;
    }

    /** Many services alert within minutes for one shared cause; one page is worked, the rest clear when it is fixed. */
    private List<PdIncident> storm(Instant t) {
        String group = "storm-" + (++groups);
        StormCause cause = Pick.any(random, STORM_CAUSES);
        PdIncident leader = incident(t, service(), Stories.of(cause.category()));
        leader.truth.group = group;
        leader.notes.add(0, new PdIncident.Note(leader.ack.at().plus(minutes(1, 3)), leader.ack.user(),
                "Alert storm across many services: looks like " + cause.text() + "."));
        List<PdIncident> out = new ArrayList<>();
        out.add(leader);
        int n = 8 + random.nextInt(18);
        for (int i = 1; i < n; i++) {
            Service service = service();
            Template template = PagerDutyTemplates.weighted(random, PagerDutyTemplates.of(service.role(), false));
            Truth truth = new Truth("storm", Actionability.NON_ACTIONABLE);
            truth.group = group;
            PdIncident follower = plain(service, template, clamp(t.plus(minutes(0, 10))), truth);
            Instant cleared = leader.resolved.at().minus(minutes(0, 30));
            follower.resolved = new PdIncident.Resolution(cleared.isAfter(follower.created) ? cleared
                    : follower.created.plus(minutes(12, 20)), null, "api");
            out.add(follower);
        }
        return out;
    }

    /** Alerts on one service within half an hour of a release; sometimes the release was broken and rolled back. */
    private List<PdIncident> deploy(Instant t) {
        Service service = service(Role.API);
        String group = "deploy-" + (++groups);
        boolean broken = random.nextDouble() < 0.3;
        List<PdIncident> out = new ArrayList<>();
        PdIncident leader = null;
        if (broken) {
            leader = incident(t, service, Stories.of(RootCause.DEPLOYED_DEFECT));
            leader.truth.group = group;
            out.add(leader);
        }
        int n = 2 + random.nextInt(4) - (broken ? 1 : 0);
        for (int i = 0; i < n; i++) {
            Template template = PagerDutyTemplates.weighted(random, PagerDutyTemplates.of(service.role(), false));
            Truth truth = new Truth("deploy", Actionability.NON_ACTIONABLE);
            truth.group = group;
            PdIncident incident = plain(service, template, clamp(t.plus(minutes(0, 30))), truth);
            if (leader != null) {
                incident.resolved = new PdIncident.Resolution(leader.resolved.at().plus(minutes(0, 5)), null, "api");
            } else {
                apply(incident, random.nextBoolean() ? Profile.TRANSIENT : Profile.ACK_AUTO);
            }
            out.add(incident);
        }
        return out;
    }

    /**
     * A real incident; {@code story} null for one whose category is chosen here: in turn among those that get a
     * postmortem, so that every category has postmortems however few there are, else at random.
     */
    private PdIncident incident(Instant t, Service service, Story given) {
        boolean postmortem = random.nextDouble() < 0.7;
        Story story = given != null ? given
                : postmortem ? Stories.ALL.get((int) (stories++ % Stories.ALL.size())) : Pick.any(random, Stories.ALL);
        Story.Told told = story.tell(service.name(), service.domain(), release(t), 2 + random.nextInt(60));
        Truth truth = new Truth("incident", Actionability.ACTIONABLE);
        truth.significant = true;
        truth.rootCause = story.cause();
        truth.story = told;
        truth.wantsPostmortem = postmortem;
        String priority = random.nextDouble() < 0.3 ? "P1" : "P2";
        PdIncident incident = new PdIncident(service, told.title(), clamp(t), "high", priority, null, truth);
        incident.alerts = 2 + random.nextInt(11);
        incident.conference = true;
        Instant created = incident.created;
        User acker;
        Instant ackAt;
        if (random.nextDouble() < 0.3) {
            incident.escalated = new PdIncident.Step(created.plus(Duration.ofMinutes(15)), service.secondary(created, start));
            acker = service.secondary(created, start);
            ackAt = incident.escalated.at().plus(minutes(1, 6));
        } else {
            acker = service.primary(created, start);
            ackAt = created.plus(minutes(1, 7));
        }
        incident.ack = new PdIncident.Step(ackAt, acker);
        Duration toResolve = minutes(60, 300);
        Instant resolvedAt = created.plus(toResolve);
        List<String> notes = story.notes();
        for (int i = 0; i < notes.size(); i++) {
            Duration step = Duration.between(ackAt, resolvedAt).dividedBy(notes.size() + 1).multipliedBy(i + 1);
            incident.notes.add(new PdIncident.Note(ackAt.plus(step), acker, told.fill(notes.get(i))));
        }
        if (random.nextDouble() < 0.3) {
            List<User> others = Pick.any(random, account.teams()).rota();
            incident.responders.add(new PdIncident.Step(ackAt.plus(Duration.ofMinutes(6)), Pick.any(random, others)));
        }
        incident.resolved = new PdIncident.Resolution(resolvedAt, acker, "website");
        return incident;
    }

    private PdIncident falsePositive(Instant t) {
        Service service = service();
        Template template = PagerDutyTemplates.weighted(random, PagerDutyTemplates.of(service.role(), false));
        Truth truth = new Truth("false_positive", Actionability.FALSE_POSITIVE);
        truth.falsePositive = true;
        PdIncident incident = new PdIncident(service, template.title().make(random, service), clamp(t), "high", "P3",
                null, truth);
        User who = service.primary(incident.created, start);
        incident.ack = new PdIncident.Step(incident.created.plus(minutes(1, 6)), who);
        Instant noteAt = incident.ack.at().plus(minutes(3, 10));
        incident.notes.add(new PdIncident.Note(noteAt, who, Pick.any(random, FALSE_POSITIVE_NOTES)));
        incident.resolved = new PdIncident.Resolution(noteAt.plus(minutes(0.5, 2)), who, "website");
        return incident;
    }

    /** Acknowledged and never resolved: still open at the export, whatever its age. */
    private PdIncident forgotten(Instant t) {
        Service service = service();
        Template template = PagerDutyTemplates.weighted(random, PagerDutyTemplates.of(service.role(), false));
        PdIncident incident = plain(service, template, clamp(t), new Truth("forgotten", Actionability.UNKNOWN));
        incident.ack = new PdIncident.Step(incident.created.plus(minutes(2, 20)), service.primary(incident.created, start));
        return incident;
    }

    /** Raised in the last minutes before the export: triggered, or acknowledged and being worked on. */
    private PdIncident late(Instant t) {
        Service service = service();
        Template template = PagerDutyTemplates.weighted(random, PagerDutyTemplates.of(service.role(), false));
        PdIncident incident = plain(service, template, clamp(t), new Truth("open", Actionability.UNKNOWN));
        if (random.nextBoolean()) {
            incident.ack = new PdIncident.Step(incident.created.plus(minutes(0.5, 5)), service.primary(incident.created, start));
        }
        return incident;
    }

    private PdIncident plain(Service service, Template template, Instant t, Truth truth) {
        String title = template.title().make(random, service);
        PdIncident incident = new PdIncident(service, title, t, template.urgency(),
                Pick.any(random, template.priorities()), key(template.keyStyle(), title), truth);
        if (template.keyStyle() == KeyStyle.NONE) {
            incident.alerts = 1 + random.nextInt(4);
        }
        return incident;
    }

    /** How the incident ends, and what that makes it. */
    private void apply(PdIncident incident, Profile profile) {
        Instant t = incident.created;
        Service service = incident.service;
        switch (profile) {
            case TRANSIENT -> {
                incident.resolved = new PdIncident.Resolution(t.plus(minutes(1.5, 9)), null, "api");
                incident.truth.transientAlert = true;
                incident.truth.actionability = Actionability.NON_ACTIONABLE;
                return;
            }
            case TIMEOUT -> {
                incident.resolved = new PdIncident.Resolution(t.plus(Duration.ofHours(4)), null, "timeout");
                incident.truth.actionability = Actionability.NON_ACTIONABLE;
                return;
            }
            default -> {
            }
        }
        boolean high = "high".equals(incident.urgency);
        if (high && random.nextDouble() < 0.12) {
            incident.escalated = new PdIncident.Step(t.plus(Duration.ofMinutes(15)), service.secondary(t, start));
            incident.ack = new PdIncident.Step(incident.escalated.at().plus(minutes(1, 6)), service.secondary(t, start));
        } else {
            incident.ack = new PdIncident.Step(t.plus(high ? minutes(0.5, 12) : minutes(4, 90)), service.primary(t, start));
        }
        boolean worked = random.nextDouble() < (profile == Profile.ACK_AUTO ? 0.25 : 0.3);
        if (worked) {
            incident.notes.add(new PdIncident.Note(incident.ack.at().plus(minutes(2, 6)), incident.ack.user(),
                    Pick.any(random, WORK_NOTES)));
        }
        if (profile == Profile.ACK_AUTO) {
            incident.resolved = new PdIncident.Resolution(incident.ack.at().plus(minutes(8, 75)), null, "api");
            incident.truth.actionability = worked ? Actionability.ACTIONABLE : Actionability.NON_ACTIONABLE;
        } else {
            incident.resolved = new PdIncident.Resolution(incident.ack.at().plus(minutes(8, 200)), incident.ack.user(), "website");
            incident.truth.actionability = Actionability.ACTIONABLE;
        }
    }

    private Service service() {
        return Pick.any(random, account.services());
    }

    private Service service(Role role) {
        for (int tries = 0; tries < 20; tries++) {
            Service s = service();
            if (s.role() == role) {
                return s;
            }
        }
        return service();
    }

    private String key(KeyStyle style, String title) {
        return switch (style) {
            case STABLE -> stableKey(title);
            case RANDOM -> keys.hex32();
            case NONE -> null;
        };
    }

    /** The Events API dedup key derived from the alert rule: the title up to its varying part in brackets. */
    static String stableKey(String title) {
        int cut = title.indexOf(" (");
        String rule = cut < 0 ? title : title.substring(0, cut);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-1").digest(rule.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    private String release(Instant t) {
        return Times.date(t).replace("-", ".") + "-" + (1 + random.nextInt(4));
    }

    /** Nothing is created after the export: an episode that would run past it is squeezed into its last minutes. */
    private Instant clamp(Instant t) {
        Instant latest = end.minusSeconds(60);
        return t.isBefore(latest) ? t : latest.minusSeconds(random.nextInt(30));
    }

    private Duration minutes(double from, double to) {
        return Duration.ofSeconds((long) (from * 60 + random.nextDouble() * (to - from) * 60));
    }
}
