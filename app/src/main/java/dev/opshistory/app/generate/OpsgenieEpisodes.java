package dev.opshistory.app.generate;

import dev.opshistory.app.generate.OpsgenieAccount.Integration;
import dev.opshistory.app.generate.OpsgenieAccount.Kind;
import dev.opshistory.app.generate.OpsgenieAccount.Person;
import dev.opshistory.app.generate.OpsgenieTemplates.Profile;
import dev.opshistory.app.generate.OpsgenieTemplates.Template;
import dev.opshistory.model.Actionability;
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
 * Plans the alerts of the vendors without incidents (Opsgenie, and in their own accounts Alertmanager and Grafana
 * OnCall) episode by episode: background, a flapping probe, a repeat group on varying
 * partitions or nodes, an alert de-duplicated by Opsgenie ({@code count} &gt; 1), a false positive tagged by
 * the responder, a real incident (tag {@code incident}), a storm, or an alert left open (some snoozed).
 */
final class OpsgenieEpisodes {

    private enum Episode { BACKGROUND, FLAPPING, REPEATED, DEDUPLICATED, FALSE_POSITIVE, INCIDENT, STORM, FORGOTTEN }

    /**
     * The stories a vendor can tell, as weights of the episodes above: a person's false-positive mark and a
     * count of folded occurrences need a place in the vendor's records.
     */
    enum Mix {
        /** Every story. */
        OPSGENIE(0.82, 0.03, 0.04, 0.02, 0.02, 0.008, 0.003, 0.002),
        /** No false-positive mark: OnCall keeps it in resolution notes, outside the alert groups. */
        GRAFANA_ONCALL(0.82, 0.03, 0.04, 0.02, 0, 0.008, 0.003, 0.002),
        /** Neither: an Alertmanager alert carries no person's mark and no count of occurrences. */
        ALERTMANAGER(0.82, 0.03, 0.04, 0, 0, 0.008, 0.003, 0.002);

        private final double[] weights;

        Mix(double... weights) {
            this.weights = weights;
        }
    }

    private final OpsgenieAccount account;
    private final SplittableRandom random;
    private final Instant start;
    private final Instant end;
    private final Mix mix;
    private long groups;

    OpsgenieEpisodes(OpsgenieAccount account, SplittableRandom random, Instant start, Instant end, Mix mix) {
        this.mix = mix;
        this.account = account;
        this.random = random;
        this.start = start;
        this.end = end;
    }

    /**
     * The alerts of the next episode, starting within the hour at {@code hourStart}; at most {@code room}, never
     * none. In the history's last hour, single alerts that are still open at the export.
     */
    List<OgAlert> next(Instant hourStart, long room, boolean lastHour) {
        Instant t = hourStart.plusSeconds(random.nextInt(3600));
        if (lastHour) {
            return List.of(late(t));
        }
        Episode kind = Episode.values()[Pick.weighted(random, mix.weights)];
        boolean hours = t.plus(Duration.ofHours(2)).isBefore(end);
        boolean day = t.plus(Duration.ofHours(21)).isBefore(end);
        List<OgAlert> episode = switch (kind) {
            case FLAPPING -> room >= 6 && hours ? flapping(t) : null;
            case REPEATED -> room >= 5 && day ? repeated(t) : null;
            case STORM -> room >= 20 && hours ? storm(t) : null;
            case DEDUPLICATED -> List.of(deduplicated(t));
            case FALSE_POSITIVE -> List.of(falsePositive(t));
            case INCIDENT -> List.of(incident(t, integration(false)));
            case FORGOTTEN -> List.of(forgotten(t));
            case BACKGROUND -> null;
        };
        return episode != null ? episode : List.of(background(t));
    }

    private OgAlert background(Instant t) {
        boolean batch = TrafficShape.isBatchWindow(t);
        Integration integration = integration(batch);
        Template template = OpsgenieTemplates.weighted(random, OpsgenieTemplates.of(integration.kind(), batch));
        OgAlert alert = plain(integration, template, t, new Truth("background", Actionability.NON_ACTIONABLE));
        apply(alert, Profile.values()[Pick.weighted(random, template.profiles())]);
        return alert;
    }

    private List<OgAlert> flapping(Instant t) {
        Integration integration = integration(Kind.PROMETHEUS);
        Template probe = template("probe");
        String message = probe.message().make(random, integration);
        String group = "flap-" + (++groups);
        List<OgAlert> out = new ArrayList<>();
        Instant at = t;
        for (int i = 0, n = 3 + random.nextInt(4); i < n; i++) {
            Truth truth = new Truth("flapping", Actionability.NON_ACTIONABLE);
            truth.flapping = true;
            truth.transientAlert = true;
            truth.group = group;
            OgAlert alert = new OgAlert(integration, probe.key(), message, clamp(at), "P3", alias(integration, message), truth);
            alert.close = new OgAlert.Step(alert.created.plus(minutes(1.5, 5)), integration.name());
            out.add(alert);
            at = alert.close.at().plus(minutes(3, 8));
        }
        return out;
    }

    private List<OgAlert> repeated(Instant t) {
        Kind kind = Pick.any(random, List.of(Kind.PROMETHEUS, Kind.CLOUDWATCH, Kind.DATADOG));
        Integration integration = integration(kind);
        List<Template> withHosts = OpsgenieTemplates.ALL.stream().filter(x -> x.kind() == kind && x.hosts()).toList();
        Template template = OpsgenieTemplates.weighted(random, withHosts);
        String group = "repeat-" + (++groups);
        List<OgAlert> out = new ArrayList<>();
        Instant at = t;
        for (int i = 0, n = 3 + random.nextInt(3); i < n; i++) {
            Truth truth = new Truth("repeated", Actionability.NON_ACTIONABLE);
            truth.repeated = true;
            truth.group = group;
            OgAlert alert = plain(integration, template, clamp(at), truth);
            apply(alert, i % 2 == 0 ? Profile.ACK_AUTO : Profile.TRANSIENT);
            out.add(alert);
            at = at.plus(minutes(40, 280));
        }
        return out;
    }

    /** Opsgenie folded re-occurrences of one alias into one alert: repeated by itself. */
    private OgAlert deduplicated(Instant t) {
        Integration integration = integration(false);
        Template template = OpsgenieTemplates.weighted(random, OpsgenieTemplates.of(integration.kind(), TrafficShape.isBatchWindow(t)));
        Truth truth = new Truth("deduplicated", Actionability.NON_ACTIONABLE);
        truth.repeated = true;
        truth.deduplicated = true;
        OgAlert alert = plain(integration, template, t, truth);
        apply(alert, Profile.ACK_AUTO);
        alert.count = 2 + random.nextInt(40);
        alert.close = new OgAlert.Step(alert.close.at().plus(Duration.ofMinutes(20L * alert.count)), alert.close.by());
        return alert;
    }

    private OgAlert falsePositive(Instant t) {
        Integration integration = integration(false);
        Template template = OpsgenieTemplates.weighted(random, OpsgenieTemplates.of(integration.kind(), TrafficShape.isBatchWindow(t)));
        Truth truth = new Truth("false_positive", Actionability.FALSE_POSITIVE);
        truth.falsePositive = true;
        OgAlert alert = plain(integration, template, t, truth);
        String who = onCall(integration, alert.created);
        alert.ack = new OgAlert.Step(alert.created.plus(minutes(1, 25)), who);
        alert.close = new OgAlert.Step(alert.ack.at().plus(minutes(2, 15)), who);
        alert.tags.add(random.nextDouble() < 0.9 ? "false-positive" : "noise");
        return alert;
    }

    private OgAlert incident(Instant t, Integration integration) {
        Template template = OpsgenieTemplates.weighted(random, OpsgenieTemplates.of(integration.kind(), true));
        Truth truth = new Truth("incident", Actionability.ACTIONABLE);
        truth.significant = true;
        String message = template.message().make(random, integration);
        String priority = random.nextDouble() < 0.3 ? "P1" : "P2";
        OgAlert alert = new OgAlert(integration, template.key(), message, clamp(t), priority, alias(integration, message), truth);
        String who = onCall(integration, alert.created);
        alert.ack = new OgAlert.Step(alert.created.plus(minutes(1, 9)), who);
        alert.close = new OgAlert.Step(alert.created.plus(minutes(60, 260)), who);
        alert.tags.add("incident");
        if (random.nextBoolean()) {
            alert.responderUserId = person(integration, alert.created).userId();
        }
        return alert;
    }

    private List<OgAlert> storm(Instant t) {
        String group = "storm-" + (++groups);
        OgAlert leader = incident(t, integration(Kind.PROMETHEUS));
        leader.truth.group = group;
        List<OgAlert> out = new ArrayList<>();
        out.add(leader);
        for (int i = 1, n = 8 + random.nextInt(13); i < n; i++) {
            Integration integration = integration(false);
            Template template = OpsgenieTemplates.weighted(random, OpsgenieTemplates.of(integration.kind(), false));
            Truth truth = new Truth("storm", Actionability.NON_ACTIONABLE);
            truth.group = group;
            OgAlert alert = plain(integration, template, clamp(t.plus(minutes(0, 10))), truth);
            Instant cleared = leader.close.at().minus(minutes(0, 30));
            alert.close = new OgAlert.Step(cleared.isAfter(alert.created) ? cleared : alert.created.plus(minutes(12, 20)),
                    integration.name());
            out.add(alert);
        }
        return out;
    }

    /** Acknowledged or snoozed, and never closed: open at the export. */
    private OgAlert forgotten(Instant t) {
        Integration integration = integration(false);
        Template template = OpsgenieTemplates.weighted(random, OpsgenieTemplates.of(integration.kind(), TrafficShape.isBatchWindow(t)));
        OgAlert alert = plain(integration, template, t, new Truth("forgotten", Actionability.UNKNOWN));
        if (random.nextBoolean()) {
            alert.ack = new OgAlert.Step(alert.created.plus(minutes(2, 15)), onCall(integration, alert.created));
        } else {
            alert.snoozedUntil = end.plus(Duration.ofHours(9 + random.nextInt(40)));
        }
        return alert;
    }

    /** Raised in the last minutes before the export: open, some acknowledged. */
    private OgAlert late(Instant t) {
        Integration integration = integration(false);
        Template template = OpsgenieTemplates.weighted(random, OpsgenieTemplates.of(integration.kind(), false));
        OgAlert alert = plain(integration, template, t, new Truth("open", Actionability.UNKNOWN));
        if (random.nextBoolean()) {
            alert.ack = new OgAlert.Step(alert.created.plus(minutes(0.5, 5)), onCall(integration, alert.created));
        }
        return alert;
    }

    private OgAlert plain(Integration integration, Template template, Instant t, Truth truth) {
        String message = template.message().make(random, integration);
        return new OgAlert(integration, template.key(), message, clamp(t), Pick.any(random, template.priorities()),
                alias(integration, message), truth);
    }

    private void apply(OgAlert alert, Profile profile) {
        Instant t = alert.created;
        Integration integration = alert.integration;
        switch (profile) {
            case TRANSIENT -> {
                alert.close = new OgAlert.Step(t.plus(minutes(1, 9)), integration.name());
                alert.truth.transientAlert = true;
                alert.truth.actionability = Actionability.NON_ACTIONABLE;
            }
            case SYSTEM -> {
                alert.close = new OgAlert.Step(t.plus(Duration.ofHours(12)), "System");
                alert.truth.actionability = Actionability.NON_ACTIONABLE;
            }
            case ACK_AUTO -> {
                alert.ack = new OgAlert.Step(t.plus(minutes(1, 20)), onCall(integration, t));
                alert.close = new OgAlert.Step(alert.ack.at().plus(minutes(3, 60)), integration.name());
                alert.truth.actionability = Actionability.NON_ACTIONABLE;
            }
            case ACK_CLOSE -> {
                String who = onCall(integration, t);
                alert.ack = new OgAlert.Step(t.plus(minutes(1, 25)), who);
                alert.close = new OgAlert.Step(alert.ack.at().plus(minutes(5, 180)), who);
                alert.truth.actionability = Actionability.ACTIONABLE;
            }
        }
    }

    private String onCall(Integration integration, Instant t) {
        return person(integration, t).email();
    }

    /** This week's on-call person of the integration's team. */
    private Person person(Integration integration, Instant t) {
        List<Person> people = integration.team().people();
        long week = Math.max(0, Duration.between(start, t).toDays() / 7);
        return people.get((int) (week % people.size()));
    }

    /** Any integration; outside the batch window, not one that only raises batch alerts. */
    private Integration integration(boolean batchWindow) {
        for (int tries = 0; tries < 20; tries++) {
            Integration integration = Pick.any(random, account.integrations());
            if (batchWindow || (integration.kind() != Kind.AIRFLOW && integration.kind() != Kind.HEARTBEAT)) {
                return integration;
            }
        }
        return Pick.any(random, account.integrations());
    }

    private Integration integration(Kind kind) {
        for (int tries = 0; tries < 30; tries++) {
            Integration integration = Pick.any(random, account.integrations());
            if (integration.kind() == kind) {
                return integration;
            }
        }
        return account.integrations().stream().filter(i -> i.kind() == kind).findFirst()
                .orElse(account.integrations().get(0));
    }

    private static Template template(String key) {
        return OpsgenieTemplates.ALL.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    /** The alias the integration sets: a CloudWatch alarm ARN, the heartbeat's name, else a hash of the alert rule. */
    static String alias(Integration integration, String message) {
        return switch (integration.kind()) {
            case CLOUDWATCH -> "arn:aws:cloudwatch:eu-west-1:481516234200:alarm:" + message.substring(message.lastIndexOf(' ') + 1)
                    + "-" + message.split(" ")[1].toLowerCase(java.util.Locale.ROOT);
            case HEARTBEAT -> message.split(" ")[0] + "-heartbeat";
            default -> sha256(message).substring(0, 40);
        };
    }

    /** The SHA-256 of a text's UTF-8 bytes, as 64 lower-case hex digits. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private Instant clamp(Instant t) {
        Instant latest = end.minusSeconds(60);
        Instant at = t.isBefore(latest) ? t : latest.minusSeconds(random.nextInt(30));
        return at.plusMillis(random.nextInt(1000)); // Opsgenie keeps milliseconds
    }

    private Duration minutes(double from, double to) {
        return Duration.ofMillis((long) (from * 60_000 + random.nextDouble() * (to - from) * 60_000));
    }
}
