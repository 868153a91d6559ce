package dev.opshistory.app.generate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The PagerDuty account the history belongs to: teams with weekly on-call rotations, services (each with its
 * escalation policy and a role that decides which alerts it raises) and the priorities P1–P5. The number of
 * services grows with the alert rate (about one service per PagerDuty alert a day, 3 to
 * {@value #MAX_SERVICES}), so that each fingerprint keeps a realistic rate and background traffic rarely
 * repeats by chance; it is bounded, so memory stays flat however many alerts are generated.
 */
final class PagerDutyAccount {

    static final String WEB = "https://acme-shop.pagerduty.com";
    static final String API = "https://api.pagerduty.com";
    static final int MAX_SERVICES = 3000;

    static final String[] DOMAINS = {"checkout", "payments", "search", "cart", "catalog", "inventory", "shipping", "pricing",
        "auth", "identity", "notifications", "orders", "returns", "reviews", "recommendations", "loyalty", "billing",
        "invoicing", "fraud", "ledger", "wallet", "promotions", "coupons", "media", "images", "accounts", "profiles",
        "sessions", "gateway", "routing", "tracking", "fulfilment", "warehouse", "suppliers", "customs", "tax",
        "subscriptions", "messaging", "chat", "support", "feedback", "analytics", "reporting", "exports", "imports",
        "webhooks", "scheduler", "geo", "maps", "translations"};
    private static final String[] ROLE_NAMES = {"api", "worker", "indexer", "gateway", "consumer", "db", "web", "scheduler",
        "cache", "graphql", "search"};
    private static final Role[] ROLES = {Role.API, Role.WORKER, Role.DATASTORE, Role.API, Role.WORKER, Role.DATASTORE,
        Role.API, Role.WORKER, Role.DATASTORE, Role.API, Role.DATASTORE};
    private static final String[] SUFFIXES = {"", "-eu", "-us", "-apac", "-edge", "-internal"};
    private static final String[] TEAM_NAMES = {"Commerce Platform", "Search & Discovery", "Payments", "Identity", "Fulfilment",
        "Customer Experience", "Data Platform", "Core Infrastructure", "Growth", "Marketplace", "Mobile Backend", "Finance Systems"};
    static final String[] FIRST_NAMES = {"Priya", "Marcus", "Hannah", "Diego", "Jun", "Sofia", "Amara", "Li", "Tomasz", "Fatima",
        "Ravi", "Elena", "Noah", "Aisha", "Mateo", "Ingrid", "Kwame", "Yuki", "Olga", "Samir", "Chloé", "Björn", "Zanele", "Arjun"};
    static final String[] LAST_NAMES = {"Raman", "Oyelaran", "O'Brien", "Fernández", "Tanaka", "Lindqvist", "Nwosu", "Wei",
        "Nowak", "Haddad", "Menon", "Rossi", "Müller", "Okafor", "García", "Kowalski", "Sato", "Ivanova", "Haddad", "Dubois",
        "Andersen", "Mbeki", "Kapoor", "Silva"};

    /** What a service does, which decides the alerts it raises. */
    enum Role { API, WORKER, DATASTORE }

    record User(String id, String name, String email) {
    }

    record Team(String id, String name, List<User> rota) {
    }

    record Service(String id, String name, String domain, Role role, Team team, String policyId, String policyName) {

        /** The primary on call at {@code t}: a weekly rotation through the team. */
        User primary(Instant t, Instant start) {
            return team.rota().get((int) (week(t, start) % team.rota().size()));
        }

        /** The secondary: next week's primary. */
        User secondary(Instant t, Instant start) {
            return team.rota().get((int) ((week(t, start) + 1) % team.rota().size()));
        }

        private static long week(Instant t, Instant start) {
            return Math.max(0, Duration.between(start, t).toDays() / 7);
        }
    }

    record Priority(String id, String name, long order, String color, String description) {
    }

    private final List<Team> teams;
    private final List<Service> services;
    private final List<Priority> priorities;
    private final String priorityAccountId;

    private PagerDutyAccount(List<Team> teams, List<Service> services, List<Priority> priorities, String priorityAccountId) {
        this.teams = teams;
        this.services = services;
        this.priorities = priorities;
        this.priorityAccountId = priorityAccountId;
    }

    /** An account sized for {@code alertsPerDay} PagerDuty incidents a day. */
    static PagerDutyAccount build(double alertsPerDay, SplittableRandom random) {
        Ids ids = new Ids(random);
        long sequence = 0;
        int serviceCount = (int) Math.max(3, Math.min(MAX_SERVICES, Math.ceil(alertsPerDay)));
        int teamCount = Math.max(2, (serviceCount + 4) / 5);
        List<Team> teams = new ArrayList<>();
        for (int t = 0; t < teamCount; t++) {
            String name = TEAM_NAMES[t % TEAM_NAMES.length] + (t < TEAM_NAMES.length ? "" : " " + (t / TEAM_NAMES.length + 1));
            List<User> rota = new ArrayList<>();
            for (int u = 0; u < 3 + random.nextInt(3); u++) {
                String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
                String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
                String id = ids.shortPagerDuty(sequence++);
                rota.add(new User(id, first + " " + last, email(first, last, id)));
            }
            teams.add(new Team(ids.shortPagerDuty(sequence++), name, List.copyOf(rota)));
        }
        List<Service> services = new ArrayList<>();
        for (int s = 0; s < serviceCount; s++) {
            String domain = DOMAINS[s % DOMAINS.length];
            int variant = s / DOMAINS.length;
            int roleIndex = (variant + s) % ROLE_NAMES.length;
            String name = domain + "-" + ROLE_NAMES[roleIndex] + SUFFIXES[(variant / ROLE_NAMES.length) % SUFFIXES.length];
            Team team = teams.get(s % teamCount);
            String policyName = Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('-', ' ') + " - Primary";
            services.add(new Service(ids.shortPagerDuty(sequence++), name, domain, ROLES[roleIndex], team,
                    ids.shortPagerDuty(sequence++), policyName));
        }
        String[] colors = {"a8171c", "eb6016", "f9b406", "0b8fd4", "6b6b6b"};
        List<Priority> priorities = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            priorities.add(new Priority(ids.shortPagerDuty(sequence++), "P" + (p + 1), (5L - p) * 100_000_000L, colors[p],
                    p == 0 ? "Customer-facing outage; all hands" : ""));
        }
        return new PagerDutyAccount(List.copyOf(teams), List.copyOf(services), List.copyOf(priorities),
                "PD" + ids.shortPagerDuty(sequence).substring(2));
    }

    private static String email(String first, String last, String id) {
        String local = (first + "." + last).toLowerCase(Locale.ROOT).replace("'", "").replace(" ", ".");
        local = java.text.Normalizer.normalize(local, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return local + "." + id.substring(1, 4).toLowerCase(Locale.ROOT) + "@acme-shop.example";
    }

    List<Team> teams() {
        return teams;
    }

    List<Service> services() {
        return services;
    }

    Priority priority(String name) {
        return priorities.get(Integer.parseInt(name.substring(1)) - 1);
    }

    String priorityAccountId() {
        return priorityAccountId;
    }
}
