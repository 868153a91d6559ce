package dev.opshistory.analytics.rules;

import dev.opshistory.model.Severity;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every threshold and default of the classification rules (DESIGN.md §4), read once from the YAML rules
 * file shipped at {@code rules/default-rules.yaml} (documented there) and optionally overlaid by a user's
 * file. Immutable and {@link Serializable}, so Flink functions can hold it.
 *
 * @param timeZone               zone of the hour bands
 * @param priorityNames          priority text without a level digit → severity; keys lower-case
 * @param alertSeverities        alert severity (critical, error, …) → severity; keys lower-case
 * @param urgencies              urgency (high, low) → severity; keys lower-case
 * @param transientWindow        auto-resolved within this time of creation with no person acknowledging: transient
 * @param staleAfter             closed by a person this long after creation with no acknowledgement or notes: not
 *                               evidence of work
 * @param falsePositivePhrases   phrases that mark a false positive anywhere in a tag, note or resolve reason
 * @param falsePositiveVerdicts  words that mark a false positive only as a verdict ("test", "this was noise")
 * @param falsePositiveStatements regular expressions of statements that the alert, not the system, was wrong
 *                               ("the alert was wrong", "probe misconfigured", "nothing was broken")
 * @param noActionStatements     regular expressions of statements that nothing was done because nothing
 *                               needed doing ("no action taken", "recovered on its own")
 * @param healthyStatements      regular expressions of statements that what the alert watched was fine at the time
 *                               ("the disks are fine", "customers log in fine", "no customer requests failed"): in
 *                               a note that tells of no work, the alert was wrong
 * @param realProblemStatements  regular expressions of statements that the alert was right ("the spike was real",
 *                               "it was right, 96%"): like work, they keep a note's healthy statements from counting
 * @param workStatements         regular expressions of statements that a person did something ("restarted the pod",
 *                               "we failed over"): a note with one is work, whatever else it says
 * @param systemActors           acknowledger/resolver names (whole words) that are not people
 * @param repeatMinAlerts        alerts of one fingerprint that make a repeat group
 * @param repeatWindow           span in which a repeat group must fall
 * @param flappingMinCycles      trigger+resolve cycles that make a flapping run
 * @param flappingWindow         span in which a flapping run must fall
 * @param duplicateWindow        cross-source copies are created within this time of each other
 * @param businessDays           days with business hours
 * @param dayStartHour           start of the day (end of sleep), local hour
 * @param businessEndHour        end of business hours on business days, local hour
 * @param sleepStartHour         start of sleep hours, local hour
 */
public record RuleSettings(
        ZoneId timeZone,
        Map<String, Severity> priorityNames,
        Map<String, Severity> alertSeverities,
        Map<String, Severity> urgencies,
        Duration transientWindow,
        Duration staleAfter,
        List<String> falsePositivePhrases,
        List<String> falsePositiveVerdicts,
        List<String> falsePositiveStatements,
        List<String> noActionStatements,
        List<String> healthyStatements,
        List<String> realProblemStatements,
        List<String> workStatements,
        List<String> systemActors,
        int repeatMinAlerts,
        Duration repeatWindow,
        int flappingMinCycles,
        Duration flappingWindow,
        Duration duplicateWindow,
        Set<DayOfWeek> businessDays,
        int dayStartHour,
        int businessEndHour,
        int sleepStartHour) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Classpath location of the documented defaults. */
    public static final String DEFAULTS_RESOURCE = "/rules/default-rules.yaml";

    public RuleSettings {
        priorityNames = Map.copyOf(priorityNames);
        alertSeverities = Map.copyOf(alertSeverities);
        urgencies = Map.copyOf(urgencies);
        falsePositivePhrases = List.copyOf(falsePositivePhrases);
        falsePositiveVerdicts = List.copyOf(falsePositiveVerdicts);
        falsePositiveStatements = List.copyOf(falsePositiveStatements);
        noActionStatements = List.copyOf(noActionStatements);
        healthyStatements = List.copyOf(healthyStatements);
        realProblemStatements = List.copyOf(realProblemStatements);
        workStatements = List.copyOf(workStatements);
        systemActors = List.copyOf(systemActors);
        businessDays = Set.copyOf(businessDays);
    }

    /** The shipped defaults ({@code rules/default-rules.yaml}). */
    public static RuleSettings defaults() {
        return RuleSettingsReader.defaults();
    }

    /**
     * The defaults overlaid with a user's rules file: values replace, lists replace, maps under
     * {@code severity:} add or replace entries.
     *
     * @throws IllegalArgumentException naming the file and the key when the file cannot be read, is not YAML,
     *                                  has a key the defaults do not have, or a value of the wrong kind
     */
    public static RuleSettings load(Path rulesFile) {
        return RuleSettingsReader.load(rulesFile);
    }

    /** A copy with another time zone for the hour bands; {@code null} keeps this one. */
    public RuleSettings withTimeZone(ZoneId zone) {
        if (zone == null || zone.equals(timeZone)) {
            return this;
        }
        return new RuleSettings(zone, priorityNames, alertSeverities, urgencies, transientWindow, staleAfter,
                falsePositivePhrases, falsePositiveVerdicts, falsePositiveStatements, noActionStatements,
                healthyStatements, realProblemStatements, workStatements, systemActors, repeatMinAlerts, repeatWindow,
                flappingMinCycles, flappingWindow, duplicateWindow, businessDays, dayStartHour, businessEndHour,
                sleepStartHour);
    }
}
