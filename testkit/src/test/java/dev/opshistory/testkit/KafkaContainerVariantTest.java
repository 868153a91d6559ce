package dev.opshistory.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The container variant of the broker; skipped cleanly where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class KafkaContainerVariantTest {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer(KafkaBrokerExtension.KAFKA_IMAGE);

    @Test
    void containerBrokerAnswers() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA.getBootstrapServers()))) {
            assertThat(admin.describeCluster().nodes().get()).hasSize(1);
        }
    }
}
