package dev.opshistory.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentResultsTest {

    private final List<String> computed = new ArrayList<>();

    private String upper(String key) {
        computed.add(key);
        return key.toUpperCase();
    }

    @Test
    void aKeyAskedAboutAgainIsNotComputedAgain() {
        RecentResults<String, String> recent = new RecentResults<>(10);

        assertThat(recent.get("disk full", this::upper)).isEqualTo("DISK FULL");
        assertThat(recent.get("disk full", this::upper)).isEqualTo("DISK FULL");

        assertThat(computed).containsExactly("disk full");
    }

    @Test
    void aKeyInSteadyUseStaysWhileManyOthersComeAndGo() {
        RecentResults<String, String> recent = new RecentResults<>(3);

        recent.get("hot", this::upper);
        for (int i = 0; i < 20; i++) {
            recent.get("cold " + i, this::upper);
            if (i % 2 == 1) {
                assertThat(recent.get("hot", this::upper)).isEqualTo("HOT"); // every other key: never dropped
            }
        }

        assertThat(computed).filteredOn("hot"::equals).hasSize(1);
        assertThat(computed).hasSize(21);
    }

    @Test
    void aKeyNotAskedAboutForTwoGenerationsIsComputedAgain() {
        RecentResults<String, String> recent = new RecentResults<>(2);

        recent.get("a", this::upper);
        recent.get("b", this::upper); // recent: a, b
        recent.get("c", this::upper); // full: a, b become the older generation; recent: c
        recent.get("d", this::upper); // recent: c, d
        recent.get("e", this::upper); // full: a and b are dropped; older: c, d; recent: e
        recent.get("c", this::upper); // from the older generation, recent again
        recent.get("a", this::upper);

        assertThat(computed).containsExactly("a", "b", "c", "d", "e", "a");
    }
}
