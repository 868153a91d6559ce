package dev.opshistory.analytics.evaluate;

/**
 * The figures of one evaluation run, per classifier and split.
 *
 * @param actionabilityTune    ActionabilityClassifier on the tune alerts; macro-F1 over ACTIONABLE, NON_ACTIONABLE,
 *                             FALSE_POSITIVE
 * @param actionabilityHoldout the same on the holdout alerts
 * @param rootCauseTune        RootCauseClassifier on the tune texts; per-class over all 11 categories
 * @param rootCauseHoldout     the same on the holdout texts
 */
public record EvaluationResult(ClassReport actionabilityTune, ClassReport actionabilityHoldout,
                               ClassReport rootCauseTune, ClassReport rootCauseHoldout) {
}
