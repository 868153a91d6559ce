package dev.opshistory.analytics.stateful;

import dev.opshistory.model.ClassifiedEvent;
import java.io.Serializable;
import java.util.List;

/**
 * One verdict of {@link AlertHistoryFunction}: which alerts of a key take part, when each can be decided and
 * when it can be forgotten, and the decision itself, made by a pure rule class. The function runs its steps in
 * order; a step sees an alert only once every earlier step that takes it has decided it, so a later step can
 * rely on the earlier verdicts being final.
 */
interface AlertHistoryStep extends Serializable {

    /**
     * Whether this alert takes part. May look at verdicts of earlier steps (they are final when it matters),
     * never at this step's own.
     */
    boolean takesPart(ClassifiedEvent alert, String key);

    /**
     * Whether this step may still change the alert; when no step that takes it may, the alert is emitted at
     * once and kept only as context for others.
     */
    boolean mayChange(ClassifiedEvent alert);

    /** The watermark (epoch ms) from which no alert still to come can change this alert's verdict. */
    long decideAt(ClassifiedEvent alert);

    /** The watermark (epoch ms) from which no undecided alert can need this one; at least {@link #decideAt}. */
    long evictAt(ClassifiedEvent alert);

    /**
     * The verdicts on {@code due}. Every list is in {@link ClassifiedEvents#CREATION_ORDER} and holds only
     * alerts that take part.
     *
     * @param decided   kept alerts this step already decided, with their verdicts
     * @param due       alerts to decide now
     * @param undecided kept alerts this step decides later
     * @return {@code due} with verdicts, in the same order
     */
    List<ClassifiedEvent> decide(List<ClassifiedEvent> decided, List<ClassifiedEvent> due,
            List<ClassifiedEvent> undecided);

    /** {@code time + delay} in epoch ms, saturating at {@code Long.MAX_VALUE} for far-future dates. */
    static long plus(long time, long delayMillis) {
        long sum = time + delayMillis;
        return ((time ^ sum) & (delayMillis ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }
}
