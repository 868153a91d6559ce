package dev.opshistory.reports.figures;

import dev.opshistory.model.Severity;
import java.util.LinkedHashMap;
import java.util.Map;

/** Alerts per normalised severity; values outside SEV1..SEV5 count as unknown. */
public record SeverityCounts(long sev1, long sev2, long sev3, long sev4, long sev5, long unknown) {

    public long total() {
        return sev1 + sev2 + sev3 + sev4 + sev5 + unknown;
    }

    /** The counts keyed by {@link Severity} name, SEV1 first and UNKNOWN last. */
    public Map<String, Long> byName() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(Severity.SEV1.name(), sev1);
        counts.put(Severity.SEV2.name(), sev2);
        counts.put(Severity.SEV3.name(), sev3);
        counts.put(Severity.SEV4.name(), sev4);
        counts.put(Severity.SEV5.name(), sev5);
        counts.put(Severity.UNKNOWN.name(), unknown);
        return counts;
    }
}
