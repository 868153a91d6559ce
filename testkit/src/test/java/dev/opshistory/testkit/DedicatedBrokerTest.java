package dev.opshistory.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A class marked {@link DedicatedBroker} gets a broker of its own, the same for all its tests, also when the run's
 * shared broker was started before it (by an earlier class; here by an extension registered first).
 */
@DedicatedBroker
class DedicatedBrokerTest {

    private static String shared;
    private static String classBroker;

    /** The run's shared broker, as an unmarked class gets it: started before the class broker is asked for. */
    @RegisterExtension
    @Order(1)
    static final BeforeAllCallback SHARED_BROKER =
            context -> shared = KafkaBrokerExtension.sharedBroker(context).bootstrapServers();

    @RegisterExtension
    @Order(2)
    static final KafkaBrokerExtension BROKERS = new KafkaBrokerExtension();

    @BeforeAll
    static void classBroker(KafkaBroker broker) {
        classBroker = broker.bootstrapServers();
    }

    @Test
    void theClassBrokerIsNotTheSharedOne() {
        assertThat(shared).isNotNull();
        assertThat(classBroker).isNotEqualTo(shared);
    }

    @Test
    void aTestOfTheClassGetsTheClassBroker(KafkaBroker broker) {
        assertThat(broker.bootstrapServers()).isEqualTo(classBroker);
    }
}
