/**
 * The verdicts on an alert that depend on other alerts (DESIGN.md §4): {@code repeated}, {@code flapping} and
 * {@code duplicate_of}. Pure rule classes decide over the alerts of one key ({@link
 * dev.opshistory.analytics.stateful.RepeatDetector}, {@link dev.opshistory.analytics.stateful.FlappingDetector},
 * {@link dev.opshistory.analytics.stateful.CrossSourceDuplicates}); thin keyed functions hold the alerts in
 * event-time state and emit each one once; {@link dev.opshistory.analytics.stateful.StatefulVerdicts} wires them.
 */
package dev.opshistory.analytics.stateful;
