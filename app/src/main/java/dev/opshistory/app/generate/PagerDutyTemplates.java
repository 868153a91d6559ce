package dev.opshistory.app.generate;

import dev.opshistory.app.generate.PagerDutyAccount.Role;
import dev.opshistory.app.generate.PagerDutyAccount.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The alerts each kind of service raises, in the titles real monitors write (Prometheus, Datadog, synthetic
 * checks, Kubernetes events), with their urgency, priority choices, how they usually end, and how their
 * {@code incident_key} is made.
 */
final class PagerDutyTemplates {

    /** How an incident usually ends. */
    enum Profile {
        /** resolved by the integration within minutes, nobody acknowledged */
        TRANSIENT,
        /** acknowledged by the on-call, then resolved by the integration */
        ACK_AUTO,
        /** acknowledged and resolved by a person */
        ACK_MANUAL,
        /** low urgency, nobody acknowledged, the service's auto-resolve timeout closed it after 4 h */
        TIMEOUT
    }

    /** How the {@code incident_key} is made. */
    enum KeyStyle {
        /** a hash of the alert rule (Events API dedup key), stable across re-triggers */
        STABLE,
        /** random per incident */
        RANDOM,
        /** null: incidents of grouped alerts carry none */
        NONE
    }

    @FunctionalInterface
    interface TitleMaker {
        String make(SplittableRandom random, Service service);
    }

    /**
     * @param profiles weights of TRANSIENT, ACK_AUTO, ACK_MANUAL, TIMEOUT
     * @param batch    fires only in the 01:00–07:00 batch window
     * @param hosts    the title names a host, pod or partition that varies between firings (repeat groups use it)
     */
    record Template(String key, Role role, double weight, TitleMaker title, String urgency, List<String> priorities,
            double[] profiles, KeyStyle keyStyle, boolean batch, boolean hosts) {
    }

    static final String[] REGIONS = {"eu-west-1", "us-east-1", "ap-southeast-2", "eu-central-1"};

    static final List<Template> ALL = List.of(
            t("err5xx", Role.API, 3, (r, s) -> "High 5xx error rate on " + s.name() + " (" + (3 + r.nextInt(12)) + "% over 5m)",
                    "high", List.of("P2", "P3", "P3"), new double[] {2, 4, 4, 0}, KeyStyle.STABLE, false, false),
            t("latency", Role.API, 4, (r, s) -> s.name() + " p99 latency above 1500ms in " + Pick.any(r, REGIONS),
                    "high", List.of("P3"), new double[] {5, 4, 1, 0}, KeyStyle.STABLE, false, false),
            t("crashloop", Role.API, 3, (r, s) -> "Pod " + s.name() + "-" + podChars(r, 9 + r.nextInt(2)) + "-" + podChars(r, 5)
                    + " in CrashLoopBackOff in namespace " + s.domain(),
                    "low", listOf("P4", null), new double[] {4, 3, 0, 1}, KeyStyle.RANDOM, false, true),
            t("synthetic", Role.API, 1.5, (r, s) -> "Synthetic check '" + cap(s.domain()) + " smoke test' failed on " + s.name()
                    + " from " + Pick.any(r, REGIONS), "high", List.of("P3"), new double[] {6, 3, 0, 0}, KeyStyle.STABLE, false, false),
            t("cert", Role.API, 0.4, (r, s) -> "TLS certificate for " + s.name() + ".acme-shop.example expires in " + (5 + r.nextInt(10))
                    + " days", "low", List.of("P5"), new double[] {0, 0, 1, 0}, KeyStyle.STABLE, false, false),
            t("queue", Role.WORKER, 3, (r, s) -> s.name() + " queue depth above " + Pick.any(r, new String[] {"5000", "10000", "20000"})
                    + " messages", "high", List.of("P3"), new double[] {3, 5, 2, 0}, KeyStyle.STABLE, false, false),
            t("upstream", Role.WORKER, 1.5, (r, s) -> Pick.any(r, new String[] {"Stripe", "Adyen", "Twilio", "SendGrid", "Shippo"})
                    + " API error rate elevated for " + s.name() + " (" + (2 + r.nextInt(8)) + "% of calls failing)",
                    "high", List.of("P2", "P3"), new double[] {3, 4, 2, 0}, KeyStyle.STABLE, false, false),
            t("lag", Role.WORKER, 3, (r, s) -> "Kafka consumer lag " + (120 + r.nextInt(780)) + "s on " + s.domain() + ".events partition "
                    + r.nextInt(12) + " (" + s.name() + ")", "low", listOf("P4", null), new double[] {5, 3, 0, 1}, KeyStyle.RANDOM, false, true),
            t("dbpool", Role.WORKER, 1.5, (r, s) -> "Database connection pool exhausted on " + s.name() + "-" + (1 + r.nextInt(6)),
                    "high", List.of("P3"), new double[] {0, 3, 3, 0}, KeyStyle.RANDOM, false, true),
            t("batch", Role.WORKER, 0.8, (r, s) -> "Nightly " + s.domain() + " reconciliation job failed on " + s.name() + " (exit code "
                    + Pick.any(r, new String[] {"1", "2", "137"}) + ")", "low", List.of("P4"), new double[] {0, 0, 1, 0}, KeyStyle.RANDOM, true, false),
            t("disk", Role.DATASTORE, 2, (r, s) -> "Disk usage above 90% on " + s.domain() + "-data-" + twoDigits(1 + r.nextInt(6))
                    + " (" + s.name() + ")", "low", listOf("P4", null), new double[] {0, 3, 2, 1}, KeyStyle.RANDOM, false, true),
            t("health", Role.DATASTORE, 3, (r, s) -> "[PROD] Cluster health YELLOW (" + s.name() + ")", "low", listOf("P4", "P3", null),
                    new double[] {7, 2, 0, 0}, KeyStyle.NONE, false, false),
            t("indexfail", Role.DATASTORE, 1.5, (r, s) -> "Indexing job " + s.domain() + "-" + Pick.any(r, new String[] {"full", "delta"})
                    + " failed on " + s.name() + ": mapper_parsing_exception", "low", List.of("P3"), new double[] {0, 1, 3, 0},
                    KeyStyle.RANDOM, false, false),
            t("heap", Role.DATASTORE, 2, (r, s) -> "JVM heap usage above 95% on " + s.domain() + "-data-" + twoDigits(1 + r.nextInt(6))
                    + " (" + s.name() + ")", "high", List.of("P3"), new double[] {3, 4, 1, 0}, KeyStyle.RANDOM, false, true));

    private PagerDutyTemplates() {
    }

    /** The templates of a role; batch templates only inside the batch window. */
    static List<Template> of(Role role, boolean batchWindow) {
        List<Template> out = new ArrayList<>();
        for (Template template : ALL) {
            if (template.role() == role && (batchWindow || !template.batch())) {
                out.add(template);
            }
        }
        return out;
    }

    /** The templates of a role whose title names a varying host, for repeat groups. */
    static List<Template> withHosts(Role role) {
        return ALL.stream().filter(t -> t.role() == role && t.hosts()).toList();
    }

    static Template weighted(SplittableRandom random, List<Template> templates) {
        return templates.get(Pick.weighted(random, templates.stream().mapToDouble(Template::weight).toArray()));
    }

    static Profile profile(SplittableRandom random, double[] weights) {
        return Profile.values()[Pick.weighted(random, weights)];
    }

    static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** Kubernetes' pod-name characters (no vowels, no 0, 1, 3): a ReplicaSet hash or a pod suffix. */
    private static String podChars(SplittableRandom random, int length) {
        String letters = "bcdfghjklmnpqrstvwxz2456789";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(letters.charAt(random.nextInt(letters.length())));
        }
        return out.toString();
    }

    private static List<String> listOf(String... values) {
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(values));
    }

    private static Template t(String key, Role role, double weight, TitleMaker title, String urgency, List<String> priorities,
            double[] profiles, KeyStyle keyStyle, boolean batch, boolean hosts) {
        return new Template(key, role, weight, title, urgency, priorities, profiles, keyStyle, batch, hosts);
    }
}
