package dev.opshistory.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opshistory.ingest.EventProducer;
import dev.opshistory.ingest.KafkaTopics;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.PostmortemDetails;
import dev.opshistory.model.Source;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.client.program.rest.RestClusterClient;
import org.apache.flink.runtime.client.JobStatusMessage;
import org.apache.flink.runtime.rest.messages.job.JobDetailsInfo;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.InjectClusterClient;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The job jar's main class, as {@code flink run} calls it, on a MiniCluster shaped like the compose file's
 * cluster (2 TaskManagers, 2 slots each, parallelism 4) against a real Kafka broker.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ClassifyJobMainTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(2).setNumberSlotsPerTaskManager(2).build());

    private static final Instant JUNE = Instant.parse("2026-06-01T09:00:00Z");
    private static final Instant JULY = Instant.parse("2026-07-01T09:00:00Z");

    @Test
    void mainClassClassifiesTheTopicsIntoTheWarehouseOnFourSlots(KafkaBroker kafka, @TempDir Path tmp,
            @InjectClusterClient RestClusterClient<?> flink) throws Exception {
        List<CanonicalEvent> alertsAndIncidents = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            alertsAndIncidents.add(alert("PA" + i, i % 2 == 0 ? JUNE : JULY, i == 0 ? "P1" : "P3"));
        }
        CanonicalEvent incident = CanonicalEvent.builder().source(Source.OPSGENIE).kind(EventKind.INCIDENT)
                .sourceId("inc-7").title("Checkout degraded").service("checkout-api").priority("P2")
                .status("closed").createdAt(JUNE).updatedAt(JUNE.plus(Duration.ofHours(2))).build();
        alertsAndIncidents.add(incident);
        CanonicalEvent postmortem = CanonicalEvent.builder().source(Source.POSTMORTEM).kind(EventKind.POSTMORTEM)
                .sourceId("2026-06-01-checkout").title("Checkout outage").createdAt(JUNE)
                .postmortem(new PostmortemDetails("2026-06-01", List.of("inc-7"), "Checkout failed for 2 h",
                        null, "2h", "a bad config push", null, "rolled back", null, List.of(), null, false))
                .build();

        KafkaTopics.ensure(kafka.bootstrapServers());
        try (EventProducer producer = new EventProducer(kafka.bootstrapServers())) {
            alertsAndIncidents.forEach(producer::send);
            producer.send(postmortem);
        }

        Path warehouse = tmp.resolve("warehouse");
        ClassifyJobMain.main(new String[] {
                "--bootstrap-servers", kafka.bootstrapServers(),
                "--warehouse", warehouse.toString(),
                "--parallelism", "4",
                "--checkpoint-interval", "500ms"});

        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            Map<String, String> severityById = new HashMap<>();
            query(duck, "SELECT event_id, severity FROM read_parquet('" + warehouse.resolve("events") + "/**/*.parquet')",
                    rs -> assertThat(severityById.put(rs.getString(1), rs.getString(2)))
                            .as("%s written once", rs.getString(1)).isNull());
            assertThat(severityById.keySet()).containsExactlyInAnyOrderElementsOf(
                    alertsAndIncidents.stream().map(CanonicalEvent::eventId).toList());
            assertThat(severityById).containsEntry("pagerduty:alert:PA0", "SEV1")
                    .containsEntry("pagerduty:alert:PA1", "SEV3")
                    .containsEntry(incident.eventId(), "SEV2");

            List<String> postmortems = new ArrayList<>();
            query(duck, "SELECT title FROM read_parquet('" + warehouse.resolve("postmortems") + "/**/*.parquet')",
                    rs -> postmortems.add(rs.getString(1)));
            assertThat(postmortems).containsExactly("Checkout outage");
        }

        Collection<JobStatusMessage> jobs = flink.listJobs().get();
        assertThat(jobs).hasSize(1);
        JobStatusMessage job = jobs.iterator().next();
        assertThat(job.getJobName()).isEqualTo("opshistory-classify");
        assertThat(job.getJobState()).isEqualTo(JobStatus.FINISHED);
        assertThat(flink.getJobDetails(job.getJobId()).get().getJobVertexInfos())
                .as("every operator ran on the four slots of the two TaskManagers")
                .extracting(JobDetailsInfo.JobVertexDetailsInfo::getParallelism).containsOnly(4);
    }

    @Test
    void anUnknownFlagFailsBeforeAnyJobIsSubmitted() {
        assertThatThrownBy(() -> ClassifyJobMain.main(new String[] {"--bootstrap", "kafka:9092"}))
                .isInstanceOf(CommandLine.UnmatchedArgumentException.class)
                .hasMessageContaining("--bootstrap");
    }

    private static CanonicalEvent alert(String id, Instant created, String priority) {
        return CanonicalEvent.builder().source(Source.PAGERDUTY).kind(EventKind.ALERT).sourceId(id)
                .title("Disk usage above 90% on db-" + id).service("checkout-api").priority(priority)
                .urgency("high").status("resolved").createdAt(created)
                .updatedAt(created.plus(Duration.ofMinutes(30))).resolvedAt(created.plus(Duration.ofMinutes(30)))
                .resolvedBy("Ana").autoResolved(false).build();
    }

    private interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void query(Connection connection, String sql, RowConsumer rows) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.accept(rs);
            }
        }
    }
}
