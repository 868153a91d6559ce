package dev.opshistory.reports.inputs;

/**
 * {@code <run>/classify/run.json}, written by the classify stage: what the verdicts in the warehouse were
 * computed with. Unknown keys are ignored so that the stage can add to it without breaking reports.
 *
 * @param version          the classifier's version
 * @param timeZone         the zone of the warehouse's {@code hour_band} column
 * @param parallelism      the job's parallelism
 * @param rulesFile        the rules file as given, or null for the built-in {@code default-rules.yaml}
 * @param rulesSha256      hex SHA-256 of the rules file's bytes (of the built-in rules when no file was given)
 * @param overridesFile    the reviewers' overrides file, or null when none was given
 * @param overridesSha256  hex SHA-256 of the overrides file's bytes, or null without one
 * @param overridesApplied overrides that matched an event and were applied
 */
public record ClassifyRun(String version, String timeZone, Integer parallelism, String rulesFile,
                          String rulesSha256, String overridesFile, String overridesSha256,
                          Long overridesApplied) {

    /** What the built-in rules are called when no rules file was given. */
    public static final String BUILT_IN_RULES = "built-in default-rules.yaml";

    /** The rules file, or {@link #BUILT_IN_RULES}. */
    public String rulesName() {
        return rulesFile == null || rulesFile.isBlank() ? BUILT_IN_RULES : rulesFile;
    }
}
