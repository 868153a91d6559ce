package dev.opshistory.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.app.generate.OutputFormat.Vendor;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How {@code --alerts} is shared among the vendors written. */
class GeneratorSettingsTest {

    private static GeneratorSettings settings(long alerts, OutputFormat... formats) {
        return new GeneratorSettings(alerts, 30, 1, Instant.parse("2026-01-01T00:00:00Z"), Set.of(formats), 100);
    }

    private static long[] split(GeneratorSettings settings) {
        return Arrays.stream(Vendor.values()).mapToLong(settings::alertsOf).toArray();
    }

    @Test
    void theDefaultFormatsAreSplitSixtyFortyAsBefore() {
        GeneratorSettings settings = settings(2001, OutputFormat.PAGERDUTY_JSON, OutputFormat.PAGERDUTY_CSV,
                OutputFormat.OPSGENIE_JSON, OutputFormat.POSTMORTEMS);

        assertThat(split(settings)).containsExactly(Math.round(2001 * 0.6), 2001 - Math.round(2001 * 0.6), 0, 0);
    }

    @Test
    void everyVendorWrittenGetsItsSharesAndTheCountsAddUp() {
        GeneratorSettings all = new GeneratorSettings(1000, 30, 1, Instant.parse("2026-01-01T00:00:00Z"),
                EnumSet.allOf(OutputFormat.class), 100);

        assertThat(split(all)).containsExactly(333, 223, 222, 222);
        assertThat(split(settings(7, OutputFormat.ALERTMANAGER_JSON, OutputFormat.GRAFANA_ONCALL_JSON)))
                .containsExactly(0, 0, 4, 3);
    }

    @Test
    void aVendorWrittenAloneGetsEveryAlert() {
        assertThat(split(settings(500, OutputFormat.ALERTMANAGER_JSON))).containsExactly(0, 0, 500, 0);
        assertThat(split(settings(500, OutputFormat.GRAFANA_ONCALL_JSON))).containsExactly(0, 0, 0, 500);
        assertThat(split(settings(500, OutputFormat.POSTMORTEMS))).containsExactly(500, 0, 0, 0);
    }
}
