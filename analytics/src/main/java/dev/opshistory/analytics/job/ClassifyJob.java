package dev.opshistory.analytics.job;

import dev.opshistory.analytics.assemble.EventAssemblyFunction;
import dev.opshistory.analytics.assemble.IngestRecord;
import dev.opshistory.analytics.classify.AssembleClassifyLinkFunction;
import dev.opshistory.analytics.classify.EventClassifier;
import dev.opshistory.analytics.overrides.Overrides;
import dev.opshistory.analytics.rules.RuleSettings;
import dev.opshistory.analytics.stateful.SpreadKeys;
import dev.opshistory.analytics.stateful.StatefulVerdicts;
import dev.opshistory.analytics.types.EventTypes;
import dev.opshistory.analytics.warehouse.ClassifiedPostmortem;
import dev.opshistory.analytics.warehouse.WarehouseSinks;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.ClassifiedEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.Topics;
import java.time.Duration;
import java.util.UUID;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.BatchExecutionOptions;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The analytics job: canonical events and their enrichments from Kafka → the latest version of each event
 * id with its log entries and notes folded in → verdicts → the Parquet
 * warehouse and the {@code opshistory.classified} topic. {@link #build} holds every transformation and is
 * what {@code main}, the command line and the tests all run.
 */
public final class ClassifyJob {

    /** How long after its creation later versions of an event are awaited in continuous mode. */
    static final Duration SETTLE_TIME = Duration.ofDays(1);

    /** The job's name, in Flink's logs and web UI. */
    private static final String JOB_NAME = "opshistory-classify";

    /** Classified events as they cross the job's exchanges and sorts. */
    private static final TypeInformation<ClassifiedEvent> CLASSIFIED = EventTypes.of(ClassifiedEvent.class);

    private ClassifyJob() {
    }

    /**
     * The classified events and postmortems of a stream of canonical events, and the enrichments whose event never
     * arrived (a log entry of an incident the input did not hold), which the warehouse keeps for the report to count.
     */
    public record Outputs(DataStream<ClassifiedEvent> events, DataStream<ClassifiedPostmortem> postmortems,
            DataStream<Enrichment> orphans) {
    }

    /**
     * Every transformation of the job, between its source and its sinks. Postmortems are assembled and
     * classified on a branch of their own and broadcast; alerts and incidents are assembled, classified and
     * linked to them in one keyed step, then judged against each other ({@link StatefulVerdicts}).
     */
    public static Outputs build(DataStream<IngestRecord> input, RuleSettings rules, Overrides overrides) {
        EventClassifier classifier = new EventClassifier(rules);
        SingleOutputStreamOperator<CanonicalEvent> assembledPostmortems = input
                .filter(IngestRecord::isPostmortem)
                .name("postmortem-records").uid("postmortem-records")
                .keyBy(record -> SpreadKeys.spread(record.eventId()))
                .process(new EventAssemblyFunction(SETTLE_TIME), EventTypes.of(CanonicalEvent.class))
                .name("assemble-postmortems").uid("assemble-postmortems");
        DataStream<ClassifiedPostmortem> postmortems = assembledPostmortems
                .map(classifier::classifyPostmortem).returns(EventTypes.of(ClassifiedPostmortem.class))
                .name("classify-postmortem").uid("classify-postmortem");
        SingleOutputStreamOperator<ClassifiedEvent> classified = input
                .filter(record -> !record.isPostmortem())
                .name("alert-and-incident-records").uid("alert-and-incident-records")
                .keyBy(record -> SpreadKeys.spread(record.eventId()))
                .connect(postmortems.broadcast(AssembleClassifyLinkFunction.POSTMORTEMS))
                .process(new AssembleClassifyLinkFunction(rules, SETTLE_TIME)).returns(CLASSIFIED)
                .name("assemble-classify-link").uid("assemble-classify-link");
        DataStream<ClassifiedEvent> events = StatefulVerdicts.apply(classified, rules, SETTLE_TIME)
                .map(overrides::apply).returns(CLASSIFIED)
                .name("apply-overrides").uid("apply-overrides");
        DataStream<Enrichment> orphans = classified.getSideOutput(EventAssemblyFunction.ORPHANS)
                .union(assembledPostmortems.getSideOutput(EventAssemblyFunction.ORPHANS));
        return new Outputs(events, postmortems, orphans);
    }

    /** Adds the Kafka source, {@link #build} and the sinks to an environment. */
    public static void define(StreamExecutionEnvironment env, ClassifySettings settings, RuleSettings rules,
            Overrides overrides) {
        sinks(build(source(env, settings), rules, overrides), settings);
    }

    /**
     * The job's input: every record of the event topics from the earliest offset, bounded at the offsets
     * current when the job starts unless it follows. When it follows, offsets are part of each checkpoint, so a
     * restarted job resumes where its last checkpoint was taken; a bounded (BATCH) run re-runs a failed task.
     */
    public static DataStream<IngestRecord> source(StreamExecutionEnvironment env, ClassifySettings settings) {
        KafkaSourceBuilder<IngestRecord> source = KafkaSource.<IngestRecord>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setTopics(Topics.INPUT_TOPICS)
                .setGroupId("opshistory-classify-" + UUID.randomUUID())
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setDeserializer(new IngestRecordDeserializer());
        if (!settings.follow()) {
            source.setBounded(OffsetsInitializer.latest());
        }
        return env.fromSource(source.build(), watermarks(settings.follow()), "kafka-events")
                .uid("kafka-events");
    }

    /**
     * The job's outputs: the Parquet warehouse and the classified topic, whose files and Kafka transactions are
     * committed on checkpoints when the job follows, and at the end of input in a bounded (BATCH) run.
     */
    public static void sinks(Outputs outputs, ClassifySettings settings) {
        Path warehouse = new Path(settings.warehouseDir());
        outputs.events().sinkTo(WarehouseSinks.events(warehouse)).name("warehouse-events").uid("warehouse-events");
        outputs.postmortems().sinkTo(WarehouseSinks.postmortems(warehouse))
                .name("warehouse-postmortems").uid("warehouse-postmortems");
        outputs.orphans().sinkTo(WarehouseSinks.orphans(warehouse)).name("warehouse-orphans").uid("warehouse-orphans");
        outputs.events().sinkTo(classifiedTopic(settings.bootstrapServers()))
                .name("kafka-classified").uid("kafka-classified");
    }

    /**
     * Event time. A bounded run runs in BATCH mode ({@link #mode}), where watermarks play no part: each key's
     * timers fire once all its records are in, whatever their order. A continuous run advances event time with
     * the records' own times, tolerating an hour of disorder; records behind the watermark are still processed
     * (keyed functions never drop late records), they only settle sooner.
     */
    static WatermarkStrategy<IngestRecord> watermarks(boolean follow) {
        if (!follow) {
            return WatermarkStrategy.noWatermarks();
        }
        return WatermarkStrategy.<IngestRecord>forBoundedOutOfOrderness(Duration.ofHours(1))
                .withTimestampAssigner((record, previous) -> eventTime(record))
                .withIdleness(Duration.ofMinutes(1));
    }

    private static long eventTime(IngestRecord record) {
        java.time.Instant time = record.event() != null ? record.event().createdAt() : record.enrichment().at();
        return time == null ? Long.MIN_VALUE : time.toEpochMilli();
    }

    /** The Flink configuration of the job: checkpoints, and a bounded restart strategy so a broken job fails. */
    public static Configuration configuration(ClassifySettings settings) {
        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(1));
        // --parallelism means what it says in BATCH mode too: Flink's adaptive scheduler would otherwise pick
        // each operator's parallelism from the data volume, ignoring the flag.
        conf.set(BatchExecutionOptions.ADAPTIVE_AUTO_PARALLELISM_ENABLED, false);
        if (settings.checkpointDir() != null) {
            conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, settings.checkpointDir());
        }
        return conf;
    }

    /**
     * Runs the job and blocks until it ends: on the cluster when submitted with {@code flink run}, else on a
     * MiniCluster in this JVM, as Flink's local environment runs it (the command line uses {@link #executeLocally}).
     */
    public static JobExecutionResult execute(ClassifySettings settings) throws Exception {
        return define(environment(settings), settings).execute(JOB_NAME);
    }

    /**
     * Runs the job on a MiniCluster in this JVM and blocks until it ends and the cluster has shut down, Flink's
     * temporary files deleted; a signal that stops the JVM meanwhile cancels the job and waits for the same
     * ({@link LocalCluster}). What the command line runs.
     */
    public static JobExecutionResult executeLocally(ClassifySettings settings) throws Exception {
        LocalCluster cluster = new LocalCluster();
        StreamExecutionEnvironment env = configure(cluster.environment(configuration(settings)), settings);
        return cluster.execute(define(env, settings), JOB_NAME);
    }

    /** Adds the job to an environment with the rules and overrides the settings name, read from their files. */
    private static StreamExecutionEnvironment define(StreamExecutionEnvironment env, ClassifySettings settings) {
        RuleSettings rules = settings.rulesFile() == null
                ? RuleSettings.defaults()
                : RuleSettings.load(settings.rulesFile());
        Overrides overrides = settings.overridesFile() == null ? Overrides.none() : Overrides.load(settings.overridesFile());
        define(env, settings, rules.withTimeZone(settings.timeZone()), overrides);
        return env;
    }

    /**
     * The environment the job runs in: {@link #configuration}, the settings' parallelism and {@link #mode}. A
     * continuous job checkpoints at the settings' interval (checkpoints commit the Parquet files and the Kafka
     * offsets together); a bounded one commits its files and transactions when its input ends.
     */
    public static StreamExecutionEnvironment environment(ClassifySettings settings) {
        return configure(StreamExecutionEnvironment.getExecutionEnvironment(configuration(settings)), settings);
    }

    private static StreamExecutionEnvironment configure(StreamExecutionEnvironment env, ClassifySettings settings) {
        env.setParallelism(settings.parallelism());
        env.setRuntimeMode(mode(settings));
        // Every record the job passes on is immutable (Java records, unmodifiable lists), so chained operators
        // may hand over the same object instead of a deep copy per operator (5 % of the job's CPU).
        env.getConfig().enableObjectReuse();
        if (mode(settings) == RuntimeExecutionMode.STREAMING) {
            env.enableCheckpointing(settings.checkpointInterval().toMillis());
        }
        return env;
    }

    /**
     * BATCH for a bounded run, STREAMING when following. A bounded run must see every version and enrichment of
     * an id before it emits the id; in BATCH mode Flink sorts each keyed input by key (spilling to disk), so only
     * one key's state is held at a time and memory stays flat whatever the export's size, where STREAMING held
     * every event in keyed state until the final watermark (and ran out of heap at a million alerts). The keyed
     * functions are the same in both: their timers fire at the end of each key, in timestamp order, and the
     * broadcast postmortems are read before the events (docs/decisions/0005).
     */
    public static RuntimeExecutionMode mode(ClassifySettings settings) {
        return settings.follow() ? RuntimeExecutionMode.STREAMING : RuntimeExecutionMode.BATCH;
    }

    private static KafkaSink<ClassifiedEvent> classifiedTopic(String bootstrapServers) {
        return KafkaSink.<ClassifiedEvent>builder()
                .setBootstrapServers(bootstrapServers)
                .setRecordSerializer(new ClassifiedRecordSerializer())
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix("opshistory-classified-" + UUID.randomUUID())
                .setProperty("transaction.timeout.ms", "600000")
                // batched and compressed as ingest produces its events: the sender's requests of a few records each
                // were 8 % of the job's CPU at a million alerts
                .setProperty("linger.ms", "20")
                .setProperty("batch.size", String.valueOf(256 * 1024))
                .setProperty("compression.type", "lz4")
                .build();
    }
}
