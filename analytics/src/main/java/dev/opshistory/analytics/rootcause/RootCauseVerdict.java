package dev.opshistory.analytics.rootcause;

import dev.opshistory.model.RootCause;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome of {@link RootCauseClassifier}.
 *
 * @param rootCause  the category; UNKNOWN when the evidence is too weak or the text says the cause was not found
 * @param confidence in [0,1], rounded to two decimals; 0 when UNKNOWN for lack of evidence
 * @param evidence   the matches for the chosen category, strongest first (empty when there were none)
 * @param scores     every category's score in the categories' order, for debugging a rule
 *                   ({@code inspect --classify} prints them the same way every time)
 */
public record RootCauseVerdict(RootCause rootCause, double confidence, List<RootCauseEvidence> evidence,
                               Map<RootCause, Double> scores) implements Serializable {

    public RootCauseVerdict {
        evidence = List.copyOf(evidence);
        Map<RootCause, Double> ordered = new EnumMap<>(RootCause.class);
        ordered.putAll(scores);
        scores = Collections.unmodifiableMap(ordered);
    }

    /** {@code title:"deploy" +2; root_cause:"rolled back" +9}, or null when there is no evidence (warehouse column). */
    public String evidenceText() {
        return evidence.isEmpty() ? null
                : evidence.stream().map(RootCauseEvidence::toString).collect(Collectors.joining("; "));
    }

    static String format(double points) {
        return new BigDecimal(points).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
