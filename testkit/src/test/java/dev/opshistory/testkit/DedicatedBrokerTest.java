package dev.opshistory.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A class marked {@link DedicatedBroker} gets a broker of its own, the same for all its tests. */
@DedicatedBroker
@ExtendWith(KafkaBrokerExtension.class)
class DedicatedBrokerTest {

    private static final AtomicReference<String> SHARED = new AtomicReference<>();
    private static final AtomicReference<String> FIRST_SEEN = new AtomicReference<>();

    /** The run's shared broker, as an unmarked class gets it. */
    @RegisterExtension
    static final BeforeAllCallback SHARED_BROKER =
            context -> SHARED.set(KafkaBrokerExtension.sharedBroker(context).bootstrapServers());

    @Test
    void theClassBrokerIsNotTheSharedOne(KafkaBroker broker) {
        assertThat(SHARED.get()).isNotNull();
        assertThat(broker.bootstrapServers()).isNotEqualTo(SHARED.get());
        FIRST_SEEN.compareAndSet(null, broker.bootstrapServers());
        assertThat(broker.bootstrapServers()).isEqualTo(FIRST_SEEN.get());
    }

    @Test
    void everyTestOfTheClassGetsTheSameBroker(KafkaBroker broker) {
        FIRST_SEEN.compareAndSet(null, broker.bootstrapServers());
        assertThat(broker.bootstrapServers()).isEqualTo(FIRST_SEEN.get());
    }
}
