package dev.opshistory.analytics.classify;

import dev.opshistory.analytics.assemble.AssemblyState;
import dev.opshistory.analytics.assemble.EventAssemblyFunction;
import dev.opshistory.analytics.assemble.IngestRecord;
import dev.opshistory.analytics.link.KnownPostmortems;
import dev.opshistory.analytics.link.PostmortemLinks;
import dev.opshistory.analytics.rules.RuleSettings;
import dev.opshistory.analytics.warehouse.ClassifiedPostmortem;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.ClassifiedEvent;
import java.time.Duration;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by event id, with every postmortem broadcast to all instances: assembles each alert or incident from
 * its versions and enrichments ({@link AssemblyState}, as {@link EventAssemblyFunction} does), classifies it
 * ({@link EventClassifier}) and links it to the postmortem that names it ({@link PostmortemLinks}), all at the
 * key's settle timer. One keyed step instead of an assembly and a separate link step keyed the same way, which
 * shuffled and sorted every classified event a second time (docs/decisions/0005).
 *
 * <p>In a bounded (BATCH) run Flink reads the broadcast input before the keyed one and fires a key's timers once
 * all its records are in, so every postmortem is known before any event is decided, whatever the order
 * (docs/decisions/0005). In a continuous run an event is decided when the watermark passes its settle time; a
 * postmortem that arrives after that is not applied to it (a known limit of {@code --follow}). Enrichments whose
 * event never arrived go to {@link EventAssemblyFunction#ORPHANS}. Keyed state is cleared as each event is
 * emitted; the broadcast state holds the postmortems, which are few.
 */
public class AssembleClassifyLinkFunction
        extends KeyedBroadcastProcessFunction<String, IngestRecord, ClassifiedPostmortem, ClassifiedEvent> {

    /** Postmortems by event id, in every instance. */
    public static final MapStateDescriptor<String, ClassifiedPostmortem> POSTMORTEMS = new MapStateDescriptor<>(
            "postmortems", Types.STRING, TypeInformation.of(ClassifiedPostmortem.class));

    private final Duration settleTime;
    private final EventClassifier classifier;
    private final PostmortemLinks links;
    private transient AssemblyState assembly;
    /** Built from the broadcast state on first use, so it is complete after a restore too. */
    private transient KnownPostmortems known;

    /** @param settleTime how long after an event's time (event time) later versions are still awaited */
    public AssembleClassifyLinkFunction(RuleSettings rules, Duration settleTime) {
        this.settleTime = settleTime;
        this.classifier = new EventClassifier(rules);
        this.links = new PostmortemLinks(rules);
    }

    @Override
    public void open(OpenContext openContext) {
        assembly = AssemblyState.open(getRuntimeContext(), settleTime);
    }

    @Override
    public void processElement(IngestRecord record, ReadOnlyContext ctx, Collector<ClassifiedEvent> out)
            throws Exception {
        ctx.timerService().registerEventTimeTimer(assembly.add(record));
    }

    @Override
    public void processBroadcastElement(ClassifiedPostmortem postmortem, Context ctx, Collector<ClassifiedEvent> out)
            throws Exception {
        ctx.getBroadcastState(POSTMORTEMS).put(postmortem.event().eventId(), postmortem);
        if (known != null) {
            known.add(postmortem);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ClassifiedEvent> out) throws Exception {
        CanonicalEvent event = assembly.take(orphan -> ctx.output(EventAssemblyFunction.ORPHANS, orphan));
        if (event == null) {
            return;
        }
        if (known == null) {
            known = new KnownPostmortems();
            for (Map.Entry<String, ClassifiedPostmortem> entry : ctx.getBroadcastState(POSTMORTEMS).immutableEntries()) {
                known.add(entry.getValue());
            }
        }
        out.collect(known.link(classifier.classify(event), links));
    }
}
