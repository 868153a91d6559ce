package dev.opshistory.app.generate;

import dev.opshistory.app.generate.OpsgenieAccount.Integration;
import dev.opshistory.app.generate.OpsgenieAccount.Kind;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The alerts each Opsgenie integration raises, in its tool's words (Alertmanager, CloudWatch alarms, Datadog
 * monitors, Airflow callbacks, heartbeats), with priority choices and how they usually end.
 */
final class OpsgenieTemplates {

    /** How an alert usually ends. */
    enum Profile {
        /** closed by the integration within minutes, nobody acknowledged */
        TRANSIENT,
        /** closed by Opsgenie's auto-close policy after 12 h */
        SYSTEM,
        /** acknowledged by a person, closed by the integration */
        ACK_AUTO,
        /** acknowledged and closed by a person */
        ACK_CLOSE
    }

    @FunctionalInterface
    interface MessageMaker {
        String make(SplittableRandom random, Integration integration);
    }

    /**
     * @param profiles weights of TRANSIENT, SYSTEM, ACK_AUTO, ACK_CLOSE
     * @param hosts    the message names a node, replica or partition that varies between firings
     */
    record Template(String key, Kind kind, double weight, MessageMaker message, List<String> priorities, double[] profiles,
            boolean batch, boolean hosts) {
    }

    private static final String[] REGIONS = PagerDutyTemplates.REGIONS;

    static final List<Template> ALL = List.of(
            new Template("edge5xx", Kind.PROMETHEUS, 3, (r, i) -> "HTTP 5xx ratio above 2% on " + i.domain() + "-gateway ("
                    + Pick.any(r, REGIONS) + ")", List.of("P2", "P3"), new double[] {4, 0, 3, 3}, false, false),
            new Template("probe", Kind.PROMETHEUS, 2, (r, i) -> "Probe failed: https://" + i.domain() + ".acme-shop.example/healthz from "
                    + Pick.any(r, REGIONS), List.of("P3"), new double[] {6, 0, 2, 0}, false, false),
            new Template("node", Kind.PROMETHEUS, 2, (r, i) -> "Node ip-10-" + r.nextInt(4) + "-" + r.nextInt(256) + "-" + (1 + r.nextInt(254))
                    + ".eu-west-1.compute.internal NotReady (" + i.domain() + " pool)", List.of("P3"), new double[] {4, 0, 3, 1}, false, true),
            new Template("rdscpu", Kind.CLOUDWATCH, 2.5, (r, i) -> "RDS CPUUtilization >= 90 for 3 datapoints on " + i.domain() + "-db-"
                    + (1 + r.nextInt(2)), List.of("P3"), new double[] {3, 0, 4, 1}, false, false),
            new Template("rdsdisk", Kind.CLOUDWATCH, 1, (r, i) -> "RDS FreeStorageSpace < 10 GB on " + i.domain() + "-db-" + (1 + r.nextInt(2)),
                    List.of("P2", "P3"), new double[] {0, 0, 0, 1}, false, false),
            new Template("replica", Kind.CLOUDWATCH, 1.5, (r, i) -> "Replica lag above 30s on " + i.domain() + "-db-replica-" + (1 + r.nextInt(3)),
                    List.of("P3", "P4"), new double[] {5, 0, 2, 0}, false, true),
            new Template("kafkalag", Kind.DATADOG, 2.5, (r, i) -> "Kafka consumer lag high on partition " + r.nextInt(24) + " (group "
                    + i.domain() + "-sync)", List.of("P3", "P4"), new double[] {4, 0, 3, 0}, false, true),
            new Template("urp", Kind.DATADOG, 1, (r, i) -> "Under-replicated partitions on broker kafka-" + (1 + r.nextInt(5)) + " ("
                    + i.domain() + " cluster)", List.of("P2", "P3"), new double[] {0, 0, 2, 2}, false, true),
            new Template("dagfail", Kind.AIRFLOW, 2.5, (r, i) -> "DAG " + i.domain() + "_daily failed: task "
                    + Pick.any(r, new String[] {"extract", "load_bq", "dbt_run"}), List.of("P4"), new double[] {0, 0, 1, 3}, true, false),
            new Template("sla", Kind.AIRFLOW, 1, (r, i) -> "DAG " + i.domain() + "_" + Pick.any(r, new String[] {"daily", "close"})
                    + " SLA missed", List.of("P5"), new double[] {0, 1, 0, 1}, true, false),
            new Template("heartbeat", Kind.HEARTBEAT, 1.2, (r, i) -> i.domain() + "-" + Pick.any(r, new String[] {"loader", "replicator"})
                    + " is expired.", List.of("P3"), new double[] {1, 0, 0, 2}, true, false));

    private OpsgenieTemplates() {
    }

    /** The templates of an integration's kind; batch templates (Airflow, heartbeats) only in the batch window, when others exist. */
    static List<Template> of(Kind kind, boolean batchWindow) {
        List<Template> all = ALL.stream().filter(t -> t.kind() == kind).toList();
        List<Template> usable = all.stream().filter(t -> batchWindow || !t.batch()).toList();
        return usable.isEmpty() ? all : usable;
    }

    static Template weighted(SplittableRandom random, List<Template> templates) {
        double[] weights = templates.stream().mapToDouble(Template::weight).toArray();
        return templates.get(Pick.weighted(random, weights));
    }
}
