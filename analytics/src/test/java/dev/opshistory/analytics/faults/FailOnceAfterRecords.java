package dev.opshistory.analytics.faults;

import dev.opshistory.analytics.assemble.IngestRecord;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * A pass-through operator for fault injection in a bounded (BATCH) run, which takes no checkpoints: the first
 * subtask to pass {@code failAt} records throws, once per JVM; the re-run tasks pass everything.
 *
 * <p>The MiniCluster runs in the test's JVM, so the static {@link Observations} are what the test reads.
 */
final class FailOnceAfterRecords extends RichMapFunction<IngestRecord, IngestRecord> {

    /** What every instance saw, across attempts. */
    static final class Observations {
        static final AtomicBoolean FAILED = new AtomicBoolean();
        static final AtomicLong SEEN_AFTER_RESTART = new AtomicLong();

        private Observations() {
        }

        static void reset() {
            FAILED.set(false);
            SEEN_AFTER_RESTART.set(0);
        }
    }

    private final long failAt;
    private transient long count;
    private transient boolean restarted;

    FailOnceAfterRecords(long failAt) {
        this.failAt = failAt;
    }

    @Override
    public void open(OpenContext context) {
        restarted = getRuntimeContext().getTaskInfo().getAttemptNumber() > 0;
    }

    @Override
    public IngestRecord map(IngestRecord record) {
        count++;
        if (restarted) {
            Observations.SEEN_AFTER_RESTART.incrementAndGet();
        }
        if (count >= failAt && Observations.FAILED.compareAndSet(false, true)) {
            throw new IllegalStateException("injected task failure after " + count + " records");
        }
        return record;
    }
}
