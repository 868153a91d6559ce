/**
 * The verdicts on an alert that depend on other alerts (DESIGN.md §4): {@code repeated}, {@code flapping} and
 * {@code duplicate_of}. Pure rule classes decide over the alerts of one key ({@link
 * dev.opshistory.analytics.stateful.RepeatDetector}, {@link dev.opshistory.analytics.stateful.FlappingDetector},
 * {@link dev.opshistory.analytics.stateful.CrossSourceDuplicates}); one keyed function, keyed by title template,
 * holds the alerts in event-time state, runs the rules as steps (duplicates, then repeats and flapping per
 * fingerprint) and emits each alert once; {@link dev.opshistory.analytics.stateful.StatefulVerdicts} wires it.
 */
package dev.opshistory.analytics.stateful;
