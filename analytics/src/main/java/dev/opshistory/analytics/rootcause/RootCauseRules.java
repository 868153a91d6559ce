package dev.opshistory.analytics.rootcause;

import dev.opshistory.model.RootCause;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The root-cause rules, read once from the documented YAML shipped at {@code rootcause/root-cause-rules.yaml}
 * (how the rules work is written there), or from a user's file of the same shape. Immutable and serializable.
 *
 * @param minScore        below this winning score the verdict is UNKNOWN
 * @param confidenceScale score at which the evidence-strength part of the confidence reaches 1 − 1/e
 * @param fieldWeights    weight of each field; fields absent here are not read
 * @param negations       words or phrases that negate a term shortly after them in the same clause
 * @param ruledOutAfter   phrases that, right after a term in the same clause, rule it out
 * @param negationExceptions words that, right after a negation, make it deny that something was done well rather
 *                        than that it was done ("without properly configuring"): the term after them is affirmed
 * @param terms           per category, term → weight (&gt; 0)
 * @param context         how a term's sentence changes its weight: stated causes count more, hypotheses and
 *                        suspicions less, and near ties are UNKNOWN ({@link SentenceContext.Rules})
 */
public record RootCauseRules(
        double minScore,
        double confidenceScale,
        Map<TextField, Double> fieldWeights,
        List<String> negations,
        List<String> ruledOutAfter,
        List<String> negationExceptions,
        Map<RootCause, Map<String, Double>> terms,
        SentenceContext.Rules context) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Classpath location of the documented defaults. */
    public static final String DEFAULTS_RESOURCE = "/rootcause/root-cause-rules.yaml";

    public RootCauseRules {
        fieldWeights = Map.copyOf(fieldWeights);
        negations = List.copyOf(negations);
        ruledOutAfter = List.copyOf(ruledOutAfter);
        negationExceptions = List.copyOf(negationExceptions);
        terms = Map.copyOf(terms);
        context = context == null ? SentenceContext.Rules.NONE : context;
    }

    /** Rules without sentence context: every match counts at its term and field weight. */
    public RootCauseRules(double minScore, double confidenceScale, Map<TextField, Double> fieldWeights,
                          List<String> negations, List<String> ruledOutAfter, Map<RootCause, Map<String, Double>> terms) {
        this(minScore, confidenceScale, fieldWeights, negations, ruledOutAfter, List.of(), terms,
                SentenceContext.Rules.NONE);
    }

    /** The shipped defaults. */
    public static RootCauseRules defaults() {
        return RootCauseRulesReader.defaults();
    }

    /**
     * A complete rules file of the defaults' shape.
     *
     * @throws IllegalArgumentException naming the file and the bad key when the file cannot be read, is not
     *                                  YAML, has an unknown key or category, or a value of the wrong kind
     */
    public static RootCauseRules load(Path file) {
        return RootCauseRulesReader.load(file);
    }
}
