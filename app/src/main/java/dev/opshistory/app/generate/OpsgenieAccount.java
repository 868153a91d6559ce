package dev.opshistory.app.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The Opsgenie account: teams with their people (responders are e-mail addresses in {@code report}) and the
 * integrations that raise alerts (Prometheus, CloudWatch, Datadog, the Airflow API integration, heartbeats).
 * Like the PagerDuty account, the number of integrations grows with the alert rate and is bounded.
 */
final class OpsgenieAccount {

    static final String API = "https://api.opsgenie.com";
    static final int MAX_INTEGRATIONS = 3000;

    /** The monitoring tool behind an integration, which decides its alerts. */
    enum Kind {
        PROMETHEUS("prometheus", "Prometheus", "alertmanager-prod"),
        CLOUDWATCH("db-cloudwatch", "CloudWatch", "aws-cloudwatch"),
        DATADOG("kafka-datadog", "Datadog", "Datadog"),
        AIRFLOW("airflow", "API", "airflow-prod"),
        HEARTBEAT("heartbeats", "Heartbeat", "Heartbeat");

        final String suffix;
        final String type;
        final String source;

        Kind(String suffix, String type, String source) {
            this.suffix = suffix;
            this.type = type;
            this.source = source;
        }
    }

    record Person(String email, String userId) {
    }

    record Team(String id, String name, List<Person> people) {
    }

    record Integration(String id, String name, Kind kind, String domain, Team team, List<String> tags) {
    }

    private static final String[] TEAM_NAMES = {"sre-core", "data-platform", "edge", "databases", "streaming", "batch-jobs"};
    private static final String[] SUFFIXES = {"", "-eu", "-us", "-apac", "-staging-mirror", "-dr"};

    private final List<Team> teams;
    private final List<Integration> integrations;

    private OpsgenieAccount(List<Team> teams, List<Integration> integrations) {
        this.teams = teams;
        this.integrations = integrations;
    }

    static OpsgenieAccount build(double alertsPerDay, SplittableRandom random) {
        Ids ids = new Ids(random);
        long sequence = 0;
        int count = (int) Math.max(2, Math.min(MAX_INTEGRATIONS, Math.ceil(alertsPerDay)));
        int teamCount = Math.max(2, (count + 4) / 5);
        List<Team> teams = new ArrayList<>();
        for (int t = 0; t < teamCount; t++) {
            String name = TEAM_NAMES[t % TEAM_NAMES.length] + (t < TEAM_NAMES.length ? "" : "-" + (t / TEAM_NAMES.length + 1));
            List<Person> people = new ArrayList<>();
            for (int p = 0; p < 2 + random.nextInt(3); p++) {
                String first = PagerDutyAccount.FIRST_NAMES[random.nextInt(PagerDutyAccount.FIRST_NAMES.length)];
                String last = PagerDutyAccount.LAST_NAMES[random.nextInt(PagerDutyAccount.LAST_NAMES.length)];
                String local = java.text.Normalizer.normalize((first + "." + last).toLowerCase(Locale.ROOT).replace("'", ""),
                        java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                people.add(new Person(local + "." + t + p + "@acme-shop.example", ids.uuid(sequence++)));
            }
            teams.add(new Team(ids.uuid(sequence++), name, List.copyOf(people)));
        }
        List<Integration> integrations = new ArrayList<>();
        Kind[] kinds = Kind.values();
        String[] domains = PagerDutyAccount.DOMAINS;
        for (int i = 0; i < count; i++) {
            String domain = domains[i % domains.length];
            int variant = i / domains.length;
            Kind kind = kinds[(i + variant) % kinds.length];
            String name = domain + "-" + kind.suffix + SUFFIXES[(variant / kinds.length) % SUFFIXES.length];
            Team team = teams.get(i % teamCount);
            List<String> tags = switch (kind) {
                case PROMETHEUS -> List.of("prod", domain);
                case CLOUDWATCH -> List.of("prod", domain + "-db", "aws");
                case DATADOG -> List.of("prod", "kafka");
                case AIRFLOW -> List.of("etl");
                case HEARTBEAT -> List.of("warehouse");
            };
            integrations.add(new Integration(ids.uuid(sequence++), name, kind, domain, team, tags));
        }
        return new OpsgenieAccount(List.copyOf(teams), List.copyOf(integrations));
    }

    List<Team> teams() {
        return teams;
    }

    List<Integration> integrations() {
        return integrations;
    }
}
