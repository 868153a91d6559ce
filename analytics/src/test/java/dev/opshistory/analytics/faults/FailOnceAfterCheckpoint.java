package dev.opshistory.analytics.faults;

import dev.opshistory.analytics.assemble.IngestRecord;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;

/**
 * A pass-through operator for fault injection, chained to the Kafka source: it counts records, notes how many
 * it had passed when each checkpoint was taken, and once a checkpoint that covered at least
 * {@code minRecords} records has completed, throws on the next record, once per JVM. Until then it slows
 * each record down a little so that a checkpoint surely completes before the input ends.
 *
 * <p>The MiniCluster runs in the test's JVM, so the static {@link Observations} are what the test reads.
 */
final class FailOnceAfterCheckpoint extends RichMapFunction<IngestRecord, IngestRecord>
        implements CheckpointedFunction, CheckpointListener {

    /** What every instance saw, across attempts. */
    static final class Observations {
        static final AtomicBoolean FAILED = new AtomicBoolean();
        /** Records this subtask had passed at the checkpoint after which it failed. */
        static final AtomicLong COVERED_BY_CHECKPOINT = new AtomicLong();
        static final AtomicLong SEEN_BEFORE_FAILURE = new AtomicLong();
        static final AtomicLong SEEN_AFTER_RESTART = new AtomicLong();

        private Observations() {
        }

        static void reset() {
            FAILED.set(false);
            COVERED_BY_CHECKPOINT.set(0);
            SEEN_BEFORE_FAILURE.set(0);
            SEEN_AFTER_RESTART.set(0);
        }
    }

    private final long minRecords;
    private transient long count;
    private transient Map<Long, Long> countAtCheckpoint;
    private transient long armedAt;
    private transient boolean restarted;

    FailOnceAfterCheckpoint(long minRecords) {
        this.minRecords = minRecords;
    }

    @Override
    public void open(OpenContext context) {
        restarted = getRuntimeContext().getTaskInfo().getAttemptNumber() > 0;
    }

    @Override
    public void initializeState(FunctionInitializationContext context) {
        countAtCheckpoint = new HashMap<>();
        armedAt = -1;
    }

    @Override
    public IngestRecord map(IngestRecord record) throws Exception {
        count++;
        (restarted ? Observations.SEEN_AFTER_RESTART : Observations.SEEN_BEFORE_FAILURE).incrementAndGet();
        if (Observations.FAILED.get()) {
            return record;
        }
        if (armedAt >= 0 && Observations.FAILED.compareAndSet(false, true)) {
            Observations.COVERED_BY_CHECKPOINT.set(armedAt);
            throw new IllegalStateException("injected task failure after " + count + " records");
        }
        Thread.sleep(1); // keep the input flowing until a checkpoint has completed
        return record;
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) {
        countAtCheckpoint.put(context.getCheckpointId(), count);
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
        Long covered = countAtCheckpoint.get(checkpointId);
        if (covered != null && covered >= minRecords && armedAt < 0) {
            armedAt = covered;
        }
    }
}
