package dev.opshistory.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A class marked {@link DedicatedBroker} gets a broker of its own, the same for all its tests. */
@DedicatedBroker
@ExtendWith(KafkaBrokerExtension.class)
class DedicatedBrokerTest {

    private static String shared;
    private static String classBroker;

    /** The run's shared broker, as an unmarked class gets it. */
    @RegisterExtension
    static final BeforeAllCallback SHARED_BROKER =
            context -> shared = KafkaBrokerExtension.sharedBroker(context).bootstrapServers();

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
