package dev.opshistory.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.broker.EmbeddedKafkaBroker;
import org.junit.jupiter.api.Test;

/**
 * The embedded broker's two listeners get two different free ports. Chosen one after the other, with the first socket
 * closed before the second was opened, the system could hand out the same port twice, and Kafka then refused to start
 * ("If you have two listeners on the same port …", seen once in CI).
 */
class EmbeddedKafkaBrokerPortsTest {

    @Test
    void brokerAndControllerListenOnDifferentPorts() {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            EmbeddedKafkaBroker.Settings settings = broker.settings();
            assertThat(settings.brokerPort()).isPositive().isNotEqualTo(settings.controllerPort());
            assertThat(settings.controllerPort()).isPositive();
            assertThat(broker.bootstrapServers()).endsWith(":" + settings.brokerPort());
        }
    }
}
