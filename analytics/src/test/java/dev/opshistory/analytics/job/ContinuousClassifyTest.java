package dev.opshistory.analytics.job;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code classify --follow}: the production job in its continuous (STREAMING) mode keeps running and commits
 * Parquet files on checkpoints while it runs. Event time advances with the records' own times (an hour of
 * disorder allowed), and an alert is written once the watermark has passed the times by which nothing can
 * change its verdicts (the settle time of a day behind each keyed stage): ten days of hourly alerts, with every
 * topic carrying a record of the tenth day, write the oldest alerts, each once, and leave at least the last
 * day's waiting.
 */
@DedicatedBroker // it writes to the pipeline's topics, which other classes' jobs read from the start
@ExtendWith(KafkaBrokerExtension.class)
class ContinuousClassifyTest {

    private static final Instant START = Instant.parse("2026-04-01T00:00:00Z");
    private static final int HOURS = 10 * 24;
    private static final Instant LAST = START.plus(Duration.ofHours(HOURS - 1));

    @TempDir
    Path tmp;

    @Test
    void aFollowingJobCommitsEveryAlertOnceTheWatermarkHasPassedItsSettleTime(KafkaBroker broker) throws Exception {
        String bootstrap = broker.bootstrapServers();
        createTopics(bootstrap);
        produce(bootstrap);
        Path warehouse = tmp.resolve("warehouse");
        ClassifySettings settings = new ClassifySettings(bootstrap, warehouse.toString(), true, 1,
                Duration.ofMillis(200), ZoneOffset.UTC, null, null, tmp.resolve("checkpoints").toUri().toString());
        assertThat(ClassifyJob.mode(settings)).isEqualTo(RuntimeExecutionMode.STREAMING);
        StreamExecutionEnvironment env = ClassifyJob.environment(settings);
        ClassifyJob.define(env, settings, RuleSettings.defaults(), Overrides.none());

        JobClient job = env.executeAsync("classify-follow-under-test");
        List<String> written;
        try {
            written = awaitStableWarehouse(warehouse, Duration.ofSeconds(90));
            // The job is still running: it follows the topics instead of ending at their current end.
            assertThat(job.getJobStatus().get(30, TimeUnit.SECONDS).isTerminalState()).isFalse();
        } finally {
            job.cancel().get(30, TimeUnit.SECONDS);
        }
        assertThat(written).doesNotHaveDuplicates();
        assertThat(written.size()).isPositive().isLessThanOrEqualTo(HOURS - 24);
        // Written in event-time order: the oldest alerts, none skipped.
        List<String> oldest = Stream.iterate(0, i -> i + 1).limit(written.size())
                .map(i -> "pagerduty:alert:CF" + i).toList();
        assertThat(written).containsExactlyInAnyOrderElementsOf(oldest);
    }

    /** The alert ids in the warehouse once some are there and three seconds of checkpoints add none. */
    private static List<String> awaitStableWarehouse(Path warehouse, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> last = alertIds(warehouse);
        long stableSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Thread.sleep(500);
            List<String> now = alertIds(warehouse);
            if (now.size() != last.size()) {
                last = now;
                stableSince = System.nanoTime();
            } else if (!now.isEmpty() && System.nanoTime() - stableSince > TimeUnit.SECONDS.toNanos(3)) {
                return now;
            }
        }
        return last;
    }

    private static List<String> alertIds(Path warehouse) throws Exception {
        Path events = warehouse.resolve("events");
        if (!Files.isDirectory(events)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(events)) {
            if (files.noneMatch(p -> p.getFileName().toString().endsWith(".parquet"))) {
                return List.of();
            }
        }
        List<String> ids = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT event_id FROM read_parquet('" + events
                        + "/**/*.parquet') WHERE kind = 'ALERT'")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** One partition per topic, so that every partition carries a record of the tenth day and none is idle. */
    private static void createTopics(String bootstrap) throws Exception {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : List.of(Topics.ALERTS, Topics.INCIDENTS, Topics.POSTMORTEMS, Topics.ENRICHMENTS,
                Topics.CLASSIFIED)) {
            topics.add(new NewTopic(name, 1, (short) 1));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static void produce(String bootstrap) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < HOURS; i++) {
                Instant created = START.plus(Duration.ofHours(i));
                send(producer, CanonicalEvent.builder().source(Source.PAGERDUTY).kind(EventKind.ALERT)
                        .sourceId("CF" + i).title("Disk usage above 90% on db-" + i % 5).service("db")
                        .priority("P3").status("resolved").createdAt(created).updatedAt(created.plus(Duration.ofMinutes(9)))
                        .resolvedAt(created.plus(Duration.ofMinutes(9))).resolvedBy("Ana").autoResolved(false).build());
            }
            send(producer, CanonicalEvent.builder().source(Source.OPSGENIE).kind(EventKind.INCIDENT).sourceId("inc-1")
                    .title("Database degraded").service("db").priority("P2").status("open").createdAt(LAST)
                    .updatedAt(LAST).build());
            send(producer, CanonicalEvent.builder().source(Source.POSTMORTEM).kind(EventKind.POSTMORTEM)
                    .sourceId("2026-04-10-db").title("Database degraded").createdAt(LAST)
                    .postmortem(new PostmortemDetails("2026-04-10", List.of("inc-1"), "Slow queries.", null, "1 h",
                            "An index was dropped by a migration.", null, "Index restored", null, List.of(), null, false))
                    .build());
            String incidentId = "opsgenie:incident:inc-1";
            producer.send(new ProducerRecord<>(Topics.ENRICHMENTS, incidentId, EventJson.toBytes(new Enrichment(
                    incidentId, EnrichmentType.ACKNOWLEDGE, "L1", LAST.plus(Duration.ofMinutes(3)), "Ana", true,
                    "mobile", null, null, null, null, "log-entries.json"))));
            producer.flush();
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, CanonicalEvent event) {
        producer.send(new ProducerRecord<>(Topics.forKind(event.kind()), event.eventId(), EventJson.toBytes(event)));
    }
}
