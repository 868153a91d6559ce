package dev.opshistory.analytics.link;

import dev.opshistory.analytics.rootcause.PostmortemIndex;
import dev.opshistory.analytics.rootcause.PostmortemLinker;
import dev.opshistory.analytics.rules.ActionabilityClassifier;
import dev.opshistory.analytics.rules.ActionabilityVerdict;
import dev.opshistory.analytics.rules.RuleSettings;
import dev.opshistory.analytics.warehouse.ClassifiedPostmortem;
import dev.opshistory.model.Actionability;
import dev.opshistory.model.ClassifiedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Lets the cause a person wrote down win: every postmortem is broadcast to all instances; each event (keyed
 * by id) waits for an event-time timer and is then matched against the postmortems ({@link PostmortemLinker}:
 * by URL, id, key, number or title, looked up in a {@link PostmortemIndex}). A referenced event takes the postmortem's root cause as
 * {@code human}, becomes significant, links to the postmortem, and its actionability is decided again knowing
 * the link.
 *
 * <p>In a bounded run the timers fire on the final watermark, which this operator only sees once both inputs
 * have ended, so every postmortem is known before any event is decided, whatever the order. In a continuous
 * run a postmortem written after its incident has settled is not applied to it (a known limit of
 * {@code --follow}). State is cleared as each event is emitted; the broadcast state holds the postmortems,
 * which are few.
 */
public class PostmortemLinkFunction
        extends KeyedBroadcastProcessFunction<String, ClassifiedEvent, ClassifiedPostmortem, ClassifiedEvent> {

    /** Postmortems by event id, in every instance. */
    public static final MapStateDescriptor<String, ClassifiedPostmortem> POSTMORTEMS = new MapStateDescriptor<>(
            "postmortems", Types.STRING, TypeInformation.of(ClassifiedPostmortem.class));

    private final long settleMillis;
    private final ActionabilityClassifier actionability;
    private transient ValueState<ClassifiedEvent> pending;
    /** Lookup over the broadcast postmortems; rebuilt from the broadcast state after a restore. */
    private transient PostmortemIndex index;

    public PostmortemLinkFunction(RuleSettings rules, Duration settleTime) {
        this.actionability = new ActionabilityClassifier(rules);
        this.settleMillis = settleTime.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        pending = getRuntimeContext().getState(new ValueStateDescriptor<>("pending-event", ClassifiedEvent.class));
    }

    @Override
    public void processElement(ClassifiedEvent event, ReadOnlyContext ctx, Collector<ClassifiedEvent> out)
            throws Exception {
        pending.update(event);
        Instant created = event.event().createdAt() == null ? Instant.EPOCH : event.event().createdAt();
        long at = created.toEpochMilli() + settleMillis;
        ctx.timerService().registerEventTimeTimer(at < 0 ? Long.MAX_VALUE - 1 : at);
    }

    @Override
    public void processBroadcastElement(ClassifiedPostmortem postmortem, Context ctx, Collector<ClassifiedEvent> out)
            throws Exception {
        BroadcastState<String, ClassifiedPostmortem> state = ctx.getBroadcastState(POSTMORTEMS);
        state.put(postmortem.event().eventId(), postmortem);
        if (index != null) {
            index.add(postmortem.event());
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ClassifiedEvent> out) throws Exception {
        ClassifiedEvent event = pending.value();
        if (event == null) {
            return;
        }
        pending.clear();
        ReadOnlyBroadcastState<String, ClassifiedPostmortem> postmortems = ctx.getBroadcastState(POSTMORTEMS);
        if (index == null) {
            index = new PostmortemIndex();
            for (Map.Entry<String, ClassifiedPostmortem> entry : postmortems.immutableEntries()) {
                index.add(entry.getValue().event());
            }
        }
        Optional<PostmortemIndex.Match> match = index.find(event.event());
        if (match.isPresent()) {
            out.collect(linked(event, postmortems.get(match.get().postmortemId()), match.get().link()));
        } else {
            out.collect(event);
        }
    }

    private ClassifiedEvent linked(ClassifiedEvent e, ClassifiedPostmortem postmortem, PostmortemLinker.Link link) {
        String postmortemId = postmortem.event().eventId();
        ActionabilityVerdict verdict = e.actionability() == Actionability.FALSE_POSITIVE
                ? null : actionability.classify(e.event(), postmortemId);
        String evidence = "postmortem \"" + postmortem.event().title() + "\" (linked by " + link.by().name()
                .toLowerCase(java.util.Locale.ROOT) + " " + link.ref() + ")"
                + (postmortem.rootCauseEvidence() == null ? "" : ": " + postmortem.rootCauseEvidence());
        boolean known = postmortem.rootCause() != dev.opshistory.model.RootCause.UNKNOWN;
        return new ClassifiedEvent(e.event(), e.fingerprint(), e.severity(), e.sourceSeverity(),
                verdict == null ? e.actionability() : verdict.actionability(),
                verdict == null ? e.actionabilityReason() : verdict.reason(),
                e.repeated(), e.flapping(), e.duplicateOf(),
                known ? postmortem.rootCause() : e.rootCause(),
                known ? "human" : e.rootCauseSource(),
                known ? evidence : e.rootCauseEvidence(),
                known ? 1.0 : e.rootCauseConfidence(),
                postmortemId, e.secondsToAck(), e.secondsToResolve(), e.hourBand(), true, e.overridden());
    }
}
