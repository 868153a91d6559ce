package dev.opshistory.analytics.stateful;

import static dev.opshistory.analytics.stateful.Fixtures.BEGINNING;
import static dev.opshistory.analytics.stateful.Fixtures.FIVE_MINUTES_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.ONE_HOUR_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TEN_MINUTES_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TEN_SECONDS_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.THREE_DAYS_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TWENTY_MINUTES_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TWO_HOURS_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.alert;
import static dev.opshistory.analytics.stateful.Fixtures.opsgenieAlert;
import static dev.opshistory.analytics.stateful.Fixtures.opsgenieId;
import static dev.opshistory.analytics.stateful.Fixtures.pagerDutyId;
import static dev.opshistory.analytics.stateful.Fixtures.resolved;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.ClassifiedEvent;
import dev.opshistory.model.EventKind;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.flink.api.dag.Transformation;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.transformations.OneInputTransformation;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link StatefulVerdicts#apply} on a MiniCluster at parallelism 2, over classified PagerDuty and Opsgenie alerts. */
class StatefulVerdictsTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void everyAlertGetsItsRepeatFlappingAndDuplicateVerdictOnceWhateverTheInputOrder() throws Exception {
        List<CanonicalEvent.Builder> oldestFirst = new ArrayList<>();
        // Checkout: three PagerDuty alerts within a day (repeated), one of them forwarded to Opsgenie.
        oldestFirst.add(alert("R1", BEGINNING));
        oldestFirst.add(opsgenieAlert("R1-COPY", BEGINNING.plusSeconds(40)));
        oldestFirst.add(alert("R2", ONE_HOUR_LATER));
        oldestFirst.add(alert("R3", TWO_HOURS_LATER));
        oldestFirst.add(alert("R4", THREE_DAYS_LATER));
        // Payments: three short trigger-resolve cycles within an hour (flapping and, being three, repeated).
        oldestFirst.add(payments(resolved("F1", BEGINNING, FIVE_MINUTES_LATER)));
        oldestFirst.add(payments(resolved("F2", TEN_MINUTES_LATER, TEN_MINUTES_LATER.plusSeconds(90))));
        oldestFirst.add(payments(resolved("F3", TWENTY_MINUTES_LATER, TWENTY_MINUTES_LATER.plusSeconds(90))));
        // Search: an alert vendor-deduplicated five times (repeated by itself), and one in Opsgenie ten seconds
        // earlier: the PagerDuty one is the copy.
        oldestFirst.add(opsgenieAlert("S0", BEGINNING).title("Search index lag above 300s"));
        oldestFirst.add(alert("S1", TEN_SECONDS_LATER).service("search").title("Search index lag above 120s")
                .occurrences(5));
        // Many unrelated alerts, so both subtasks of each operator get keys.
        for (int i = 0; i < 30; i++) {
            oldestFirst.add(alert("N" + i, BEGINNING.plus(Duration.ofHours(i))).service("svc-" + (char) ('a' + i))
                    .title("Queue " + (char) ('a' + i) + " backed up"));
        }

        Map<String, ClassifiedEvent> fromNewest = run(Fixtures.reversed(oldestFirst));
        Map<String, ClassifiedEvent> fromOldest = run(oldestFirst);

        assertThat(fromNewest).hasSize(oldestFirst.size()).isEqualTo(fromOldest);
        assertVerdict(fromNewest, pagerDutyId("R1"), true, false, null);
        assertVerdict(fromNewest, opsgenieId("R1-COPY"), false, false, pagerDutyId("R1"));
        assertVerdict(fromNewest, pagerDutyId("R2"), true, false, null);
        assertVerdict(fromNewest, pagerDutyId("R3"), true, false, null);
        assertVerdict(fromNewest, pagerDutyId("R4"), false, false, null);
        for (String flap : List.of("F1", "F2", "F3")) {
            assertVerdict(fromNewest, pagerDutyId(flap), true, true, null);
        }
        assertVerdict(fromNewest, opsgenieId("S0"), false, false, null);
        assertVerdict(fromNewest, pagerDutyId("S1"), true, false, opsgenieId("S0"));
        for (int i = 0; i < 30; i++) {
            assertVerdict(fromNewest, pagerDutyId("N" + i), false, false, null);
        }
    }

    @Test
    void everyOperatorIsNamedAndHasAUid() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<ClassifiedEvent> input = env.fromData(Fixtures.classified(alert("P1", BEGINNING)));

        DataStream<ClassifiedEvent> output = StatefulVerdicts.apply(input, Fixtures.RULES, Duration.ZERO);

        List<String> operators = new ArrayList<>();
        Deque<Transformation<?>> toVisit = new ArrayDeque<>(List.of(output.getTransformation()));
        while (!toVisit.isEmpty()) {
            Transformation<?> t = toVisit.pop();
            if (t instanceof OneInputTransformation<?, ?>) {
                assertThat(t.getUid()).as("uid of %s", t.getName()).isEqualTo(t.getName());
                operators.add(t.getName());
            }
            toVisit.addAll(t.getInputs());
        }
        assertThat(operators).containsExactly(StatefulVerdicts.DUPLICATES_REPEATS_AND_FLAPPING);
    }

    private static Map<String, ClassifiedEvent> run(List<CanonicalEvent.Builder> alerts) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        DataStream<ClassifiedEvent> input = env.fromData(ClassifiedEvent.class,
                Fixtures.classified(alerts).toArray(ClassifiedEvent[]::new));
        List<ClassifiedEvent> out = new ArrayList<>();
        StatefulVerdicts.apply(input, Fixtures.RULES).executeAndCollect().forEachRemaining(out::add);
        assertThat(out).extracting(e -> e.event().kind()).containsOnly(EventKind.ALERT);
        return out.stream().collect(Collectors.toMap(e -> e.event().eventId(), Function.identity()));
    }

    private static CanonicalEvent.Builder payments(CanonicalEvent.Builder alert) {
        return alert.service("payments").title("Payment gateway timeouts above 5%");
    }

    private static void assertVerdict(Map<String, ClassifiedEvent> byId, String eventId, boolean repeated,
            boolean flapping, String duplicateOf) {
        assertThat(byId).containsKey(eventId);
        ClassifiedEvent e = byId.get(eventId);
        assertThat(e.repeated()).as("repeated of %s", eventId).isEqualTo(repeated);
        assertThat(e.flapping()).as("flapping of %s", eventId).isEqualTo(flapping);
        assertThat(e.duplicateOf()).as("duplicate_of of %s", eventId).isEqualTo(duplicateOf);
    }
}
