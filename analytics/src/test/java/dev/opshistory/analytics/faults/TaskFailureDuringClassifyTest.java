package dev.opshistory.analytics.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.analytics.assemble.IngestRecord;
import dev.opshistory.analytics.job.ClassifyJob;
import dev.opshistory.analytics.job.ClassifySettings;
import dev.opshistory.analytics.overrides.Overrides;
import dev.opshistory.analytics.rules.RuleSettings;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EnrichmentType;
import dev.opshistory.model.EventJson;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.PostmortemDetails;
import dev.opshistory.model.Source;
import dev.opshistory.model.Topics;
import dev.opshistory.testkit.DedicatedBroker;
import dev.opshistory.testkit.KafkaBroker;
import dev.opshistory.testkit.KafkaBrokerExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task of the classify job fails half way, and the Parquet warehouse still holds every event exactly once,
 * row for row what an undisturbed run writes: in a bounded run (BATCH mode) Flink re-runs the failed tasks from
 * their inputs; in a continuous run (STREAMING mode, with checkpoints) the job restarts from its last completed
 * checkpoint (Kafka offsets and keyed state together). The job is the production wiring
 * ({@link ClassifyJob#environment}, {@link ClassifyJob#source}, {@link ClassifyJob#build},
 * {@link ClassifyJob#sinks}) with a fault-injecting operator behind the real Kafka source; the continuous run is
 * the environment of {@code --follow} fed the bounded source, so that it ends.
 */
@DedicatedBroker // it writes to the pipeline's topics, which other classes' jobs read from the start
@ExtendWith(KafkaBrokerExtension.class)
class TaskFailureDuringClassifyTest {

    private static final int ALERTS = 2_000;
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final List<String> SERVICES = List.of("checkout-api", "payments-worker", "search", "auth", "db");
    /** The injected failure waits for a checkpoint that covered at least this many records of its subtask. */
    private static final long MIN_RECORDS_BEFORE_FAILURE = 100;

    @TempDir
    static Path tmp;

    static String bootstrap;
    static long records;
    static Path undisturbed;

    @BeforeAll
    static void produceAndRunUndisturbed(KafkaBroker broker) throws Exception {
        bootstrap = broker.bootstrapServers();
        createTopics(bootstrap);
        records = produce(bootstrap);
        undisturbed = tmp.resolve("undisturbed");
        runJob(undisturbed, false, UnaryOperator.identity());
    }

    @Test
    void aTaskFailureInABoundedRunReRunsTheFailedTasksAndTheWarehouseHoldsEveryEventOnce() throws Exception {
        FailOnceAfterRecords.Observations.reset();
        Path disturbed = tmp.resolve("disturbed-bounded");

        runJob(disturbed, false, input -> input.map(new FailOnceAfterRecords(records / 4))
                .returns(IngestRecord.class).name("fault-injection").uid("fault-injection"));

        assertThat(FailOnceAfterRecords.Observations.FAILED).isTrue();
        assertThat(FailOnceAfterRecords.Observations.SEEN_AFTER_RESTART.get()).isPositive();
        assertSameWarehouse(disturbed, undisturbed);
    }

    @Test
    void aTaskFailureInAContinuousRunRestartsFromTheLastCheckpointAndTheWarehouseHoldsEveryEventOnce()
            throws Exception {
        FailOnceAfterCheckpoint.Observations.reset();
        Path disturbed = tmp.resolve("disturbed-continuous");

        runJob(disturbed, true, input -> input.map(new FailOnceAfterCheckpoint(MIN_RECORDS_BEFORE_FAILURE))
                .returns(IngestRecord.class).name("fault-injection").uid("fault-injection"));

        // The failure happened, after a checkpoint that covered records, and before the input ended.
        assertThat(FailOnceAfterCheckpoint.Observations.FAILED).isTrue();
        long covered = FailOnceAfterCheckpoint.Observations.COVERED_BY_CHECKPOINT.get();
        assertThat(covered).isGreaterThanOrEqualTo(MIN_RECORDS_BEFORE_FAILURE);
        assertThat(FailOnceAfterCheckpoint.Observations.SEEN_BEFORE_FAILURE.get()).isLessThan(records);
        // The restarted job resumed from the checkpoint's offsets instead of reading everything again.
        long replayed = FailOnceAfterCheckpoint.Observations.SEEN_AFTER_RESTART.get();
        assertThat(replayed).isPositive().isLessThanOrEqualTo(records - covered);
        // ... and wrote what the bounded run wrote: both modes reach the same final result.
        assertSameWarehouse(disturbed, undisturbed);
    }

    @Test
    void theUndisturbedRunHoldsEveryEventOnce() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            assertThat(countAndDistinct(db, undisturbed)).containsExactly((long) ALERTS, (long) ALERTS);
        }
    }

    private static void assertSameWarehouse(Path disturbed, Path expected) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            assertThat(countAndDistinct(db, disturbed)).containsExactly((long) ALERTS, (long) ALERTS);
            assertThat(differences(db, events(disturbed), events(expected))).isZero();
            assertThat(differences(db, events(expected), events(disturbed))).isZero();
            assertThat(differences(db, postmortems(disturbed), postmortems(expected))).isZero();
            assertThat(differences(db, postmortems(expected), postmortems(disturbed))).isZero();
        }
    }

    /**
     * Runs the job over the topics: in the environment of a bounded run, or in that of a continuous run
     * ({@code --follow}: STREAMING with checkpoints every 100 ms) fed the same bounded source.
     */
    private static void runJob(Path warehouse, boolean continuousEnvironment,
            UnaryOperator<DataStream<IngestRecord>> between) throws Exception {
        ClassifySettings bounded = new ClassifySettings(bootstrap, warehouse.toAbsolutePath().toString(), false, 2,
                Duration.ofMillis(100), ZoneOffset.UTC, null, null);
        ClassifySettings continuous = new ClassifySettings(bootstrap, warehouse.toAbsolutePath().toString(), true, 2,
                Duration.ofMillis(100), ZoneOffset.UTC, null, null);
        StreamExecutionEnvironment env = ClassifyJob.environment(continuousEnvironment ? continuous : bounded);
        DataStream<IngestRecord> input = between.apply(ClassifyJob.source(env, bounded));
        ClassifyJob.sinks(ClassifyJob.build(input, RuleSettings.defaults(), Overrides.none()), bounded);
        env.execute("classify-under-test");
    }

    private static List<Long> countAndDistinct(Connection db, Path warehouse) throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT event_id) FROM " + events(warehouse))) {
            rs.next();
            return List.of(rs.getLong(1), rs.getLong(2));
        }
    }

    /** Rows of {@code a} missing from {@code b}, duplicates included. */
    private static long differences(Connection db, String a, String b) throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM (SELECT * FROM " + a + " EXCEPT ALL SELECT * FROM " + b + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String events(Path warehouse) {
        return "read_parquet('" + warehouse.resolve("events") + "/**/*.parquet')";
    }

    private static String postmortems(Path warehouse) {
        return "read_parquet('" + warehouse.resolve("postmortems") + "/**/*.parquet')";
    }

    private static void createTopics(String bootstrap) throws Exception {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : Set.copyOf(concat(Topics.INPUT_TOPICS, List.of(Topics.CLASSIFIED)))) {
            topics.add(new NewTopic(name, 2, (short) 1));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            for (NewTopic topic : topics) {
                try {
                    admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Alerts first exported while open, a later resolved version of every third one, acknowledgements from the
     * log for every fifth, and a postmortem: versions and enrichments of one id fall on both sides of a
     * checkpoint. Returns the number of records written.
     */
    private static long produce(String bootstrap) throws Exception {
        long sent = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < ALERTS; i++) {
                send(producer, alert(i).build());
                sent++;
            }
            for (int i = 0; i < ALERTS; i++) {
                if (i % 3 == 0) {
                    Instant resolved = created(i).plus(Duration.ofMinutes(5 + i % 40));
                    send(producer, alert(i).status("resolved").updatedAt(resolved).resolvedAt(resolved)
                            .resolvedBy(i % 2 == 0 ? "Ana" : "Datadog").autoResolved(i % 2 != 0).build());
                    sent++;
                }
                if (i % 5 == 0) {
                    String id = alert(i).build().eventId();
                    producer.send(new ProducerRecord<>(Topics.ENRICHMENTS, id, EventJson.toBytes(new Enrichment(id,
                            EnrichmentType.ACKNOWLEDGE, "L" + i, created(i).plus(Duration.ofMinutes(2)), "Ana", true,
                            "mobile", null, null, null, null, "log-entries.json"))));
                    sent++;
                }
            }
            send(producer, CanonicalEvent.builder().source(Source.POSTMORTEM).kind(EventKind.POSTMORTEM)
                    .sourceId("2026-03-02-checkout").title("Checkout errors after a release")
                    .createdAt(START.plus(Duration.ofDays(1)))
                    .postmortem(new PostmortemDetails("2026-03-02", List.of("#1003"), "Checkout failed.", null,
                            "40 minutes", "A bad deploy was rolled back.", "Deploy", "Rolled back", null, List.of(),
                            null, false))
                    .build());
            sent++;
            producer.flush();
        }
        return sent;
    }

    private static void send(KafkaProducer<String, byte[]> producer, CanonicalEvent event) {
        producer.send(new ProducerRecord<>(Topics.forKind(event.kind()), event.eventId(), EventJson.toBytes(event)));
    }

    private static CanonicalEvent.Builder alert(int i) {
        return CanonicalEvent.builder().source(Source.PAGERDUTY).kind(EventKind.ALERT).sourceId("FT" + i)
                .sourceNumber(String.valueOf(1000 + i))
                .title("Disk usage above " + (80 + i % 15) + "% on db-" + i % 7)
                .service(SERVICES.get(i % SERVICES.size())).priority("P" + (1 + i % 4)).urgency("high")
                .status("triggered").createdAt(created(i)).updatedAt(created(i)).tags(List.of("prod"))
                .sourceFile("incidents.json");
    }

    private static Instant created(int i) {
        return START.plus(Duration.ofMinutes(37L * i));
    }
}
