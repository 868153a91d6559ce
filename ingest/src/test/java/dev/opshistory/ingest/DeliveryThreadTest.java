package dev.opshistory.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeliveryThreadTest {

    @Test
    void tasksRunInTheOrderTheyWereHandedOverAndCloseWaitsForTheLast() {
        List<Integer> seen = new ArrayList<>();
        try (DeliveryThread thread = new DeliveryThread("test-delivery", 7, 2)) {
            for (int i = 0; i < 1000; i++) {
                int n = i;
                thread.submit(() -> seen.add(n));
            }
        }
        assertThat(seen).hasSize(1000).isSorted();
    }

    @Test
    void theFirstFailureReachesTheReaderAndStopsTheTasksAfterIt() {
        AtomicInteger ran = new AtomicInteger();
        DeliveryThread thread = new DeliveryThread("test-delivery", 4, 1);
        IllegalStateException failure = new IllegalStateException("sending to Kafka failed: broker gone");
        assertThatThrownBy(() -> {
            for (int i = 0; i < 100_000; i++) { // the reader is never blocked by a failed consumer
                int n = i;
                thread.submit(() -> {
                    if (n == 10) {
                        throw failure;
                    }
                    ran.incrementAndGet();
                });
            }
            thread.close();
        }).isSameAs(failure);
        assertThat(ran.get()).isEqualTo(10);
    }

    @Test
    void aFailureInTheLastBatchIsThrownByClose() {
        DeliveryThread thread = new DeliveryThread("test-delivery", 64, 2);
        thread.submit(() -> {
            throw new IllegalStateException("cannot write rejects.ndjson");
        });
        assertThatThrownBy(thread::close).hasMessage("cannot write rejects.ndjson");
    }

    @Test
    void aFailureThrownAtAHandOverIsNotThrownAgainWhenTheThreadIsClosed() {
        IllegalStateException failure = new IllegalStateException("sending to Kafka failed: broker gone");
        assertThatThrownBy(() -> {
            try (DeliveryThread thread = new DeliveryThread("test-delivery", 4, 1)) {
                for (int i = 0; i < 100_000; i++) {
                    thread.submit(() -> {
                        throw failure;
                    });
                }
            }
        }).isSameAs(failure).hasNoSuppressedExceptions();
    }
}
