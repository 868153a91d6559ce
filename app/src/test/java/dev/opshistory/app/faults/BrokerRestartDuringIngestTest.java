package dev.opshistory.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opshistory.app.Main;
import dev.opshistory.broker.EmbeddedKafkaBroker;
import dev.opshistory.ingest.FormatChooser;
import dev.opshistory.ingest.InputFiles;
import dev.opshistory.ingest.KafkaIngestion;
import dev.opshistory.ingest.Progress;
import dev.opshistory.ingest.Reconciliation;
import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.ExportParser;
import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.ingest.parse.ParserChoice;
import dev.opshistory.ingest.parse.TeamDirectory;
import dev.opshistory.ingest.parse.ParserRegistry;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.Reject;
import dev.opshistory.model.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kafka broker goes down in the middle of an ingest and comes back on the same ports with the same log
 * directory: the producer's retries deliver every record exactly once, the ingest completes, and the report
 * equals that of an undisturbed run of the same input.
 *
 * <p>The ingest is the production {@link KafkaIngestion#run}; only the parser choice is wrapped, so that the
 * outage starts at a known record rather than at a lucky moment.
 */
class BrokerRestartDuringIngestTest {

    /** The broker stops when the parsers have produced this many records (sample-data has ~1,800). */
    private static final int STOP_AT_RECORD = 500;

    @TempDir
    Path tmp;

    @Test
    void aBrokerRestartMidIngestLosesAndDoublesNothingAndTheReportEqualsAnUndisturbedRun() throws Exception {
        Path out = tmp.resolve("out");
        Outage outage = new Outage(EmbeddedKafkaBroker.start(
                new EmbeddedKafkaBroker.Settings(tmp.resolve("kafka"), false, 0, 0)));
        try {
            List<Path> files;
            List<Path> skipped;
            try (InputFiles inputs = InputFiles.open(List.of(Repository.sampleData()))) {
                files = inputs.files(); // the sample data holds no archive: its files stay readable after close
                skipped = inputs.skipped();
            }
            Reconciliation reconciliation = KafkaIngestion.run(files, skipped, outage.chooser(), outage.bootstrap(), out,
                    Progress.silent(), dev.opshistory.ingest.privacy.PrivacyFilter.redactOnly());

            assertThat(outage.restarted()).as("the broker was stopped and restarted during the ingest").isTrue();
            assertThat(outage.recordsOnBrokerWhenStopped()).isPositive().isLessThan(reconciliation.total().read());
            assertThat(reconciliation.holds()).isTrue();
            // Exactly once in Kafka: every accepted and rejected record is on its topic, none twice.
            Map<String, Long> onTopics = recordsPerTopic(outage.bootstrap());
            long events = onTopics.get(Topics.ALERTS) + onTopics.get(Topics.INCIDENTS) + onTopics.get(Topics.POSTMORTEMS);
            assertThat(events).isEqualTo(reconciliation.total().accepted() - reconciliation.total().folded());
            assertThat(onTopics.get(Topics.ENRICHMENTS)).isEqualTo(reconciliation.total().folded());
            assertThat(onTopics.get(Topics.REJECTS)).isEqualTo(reconciliation.total().rejected());

            assertThat(Main.execute("classify", "--bootstrap-servers", outage.bootstrap(), "--out", out.toString()))
                    .isZero();
            assertThat(Main.execute("report", "--out", out.toString())).isZero();
        } finally {
            outage.close();
        }

        JsonNode disturbed = Summaries.read(out);
        JsonNode undisturbed = ReferenceRun.summary();
        assertThat(disturbed.get("totals")).isEqualTo(undisturbed.get("totals"));
        assertThat(disturbed.get("reconciliation")).isEqualTo(undisturbed.get("reconciliation"));
        assertThat(disturbed).isEqualTo(undisturbed);
    }

    private static Map<String, Long> recordsPerTopic(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<String, TopicDescription> topics = admin.describeTopics(List.of(Topics.ALERTS, Topics.INCIDENTS,
                    Topics.POSTMORTEMS, Topics.ENRICHMENTS, Topics.REJECTS)).allTopicNames().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = topics.values().stream()
                    .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            // Offsets start at 0 and the producer writes no transaction markers: the end offset is the count.
            return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet().stream()
                    .collect(Collectors.groupingBy(e -> e.getKey().topic(),
                            Collectors.summingLong(e -> e.getValue().offset())));
        }
    }

    /**
     * Stops the broker when the parsers reach {@link #STOP_AT_RECORD} (once some records are surely on it),
     * and starts it again on the same ports and log directory a moment later, on another thread, while the
     * ingest goes on sending into the producer's buffer.
     */
    private static final class Outage implements AutoCloseable {
        private final EmbeddedKafkaBroker.Settings settings;
        private final String bootstrap;
        private final AtomicReference<EmbeddedKafkaBroker> broker = new AtomicReference<>();
        private final FormatChooser detecting = FormatChooser.detecting(ParserRegistry.defaults());
        private Thread restart;
        private long records;
        private long onBrokerWhenStopped;
        private volatile boolean restarted;
        private volatile RuntimeException restartFailure;

        Outage(EmbeddedKafkaBroker started) {
            broker.set(started);
            settings = started.settings();
            bootstrap = started.bootstrapServers();
        }

        String bootstrap() {
            return bootstrap;
        }

        long recordsOnBrokerWhenStopped() {
            return onBrokerWhenStopped;
        }

        boolean restarted() throws InterruptedException {
            if (restart != null) {
                restart.join();
            }
            if (restartFailure != null) {
                throw restartFailure;
            }
            return restarted;
        }

        FormatChooser chooser() {
            return (fileName, head) -> {
                ParserChoice choice = detecting.choose(fileName, head);
                return choice.parser() == null ? choice
                        : new ParserChoice(new Counted(choice.parser()), choice.detection(), choice.reason());
            };
        }

        private void counted() {
            if (++records == STOP_AT_RECORD) {
                onBrokerWhenStopped = awaitRecordsOnBroker();
                broker.getAndSet(null).close();
                restart = new Thread(() -> {
                    try {
                        Thread.sleep(1_000); // the producer meets a dead broker for a while
                        broker.set(EmbeddedKafkaBroker.start(settings));
                        restarted = true;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        restartFailure = e;
                    }
                }, "broker-restart");
                restart.start();
            }
        }

        private long awaitRecordsOnBroker() {
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (System.nanoTime() < deadline) {
                    long sum = recordsPerTopic(bootstrap).values().stream().mapToLong(Long::longValue).sum();
                    if (sum > 0) {
                        return sum;
                    }
                    Thread.sleep(20);
                }
                throw new IllegalStateException("no record reached the broker within 30 s");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws InterruptedException {
            if (restart != null) {
                restart.join();
            }
            EmbeddedKafkaBroker running = broker.getAndSet(null);
            if (running != null) {
                running.close();
            }
        }

        /** The production parser, with every record it emits counted on the way to the real sink. */
        private final class Counted implements ExportParser {
            private final ExportParser parser;

            Counted(ExportParser parser) {
                this.parser = parser;
            }

            @Override
            public String format() {
                return parser.format();
            }

            @Override
            public Detection detect(String fileName, String head) {
                return parser.detect(fileName, head);
            }

            @Override
            public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
                parse(in, fileName, sink, TeamDirectory.empty());
            }

            @Override
            public void parse(InputStream in, String fileName, ParseSink sink, TeamDirectory teams) throws IOException {
                parser.parse(in, fileName, new ParseSink() {
                    @Override
                    public void accept(CanonicalEvent event) {
                        sink.accept(event);
                        counted();
                    }

                    @Override
                    public void reject(Reject reject) {
                        sink.reject(reject);
                        counted();
                    }

                    @Override
                    public void fold(Enrichment enrichment) {
                        sink.fold(enrichment);
                        counted();
                    }
                }, teams);
            }
        }
    }
}
