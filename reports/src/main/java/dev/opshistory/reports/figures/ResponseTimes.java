package dev.opshistory.reports.figures;

/**
 * How fast alerts were acknowledged and resolved, over the period's alerts that were.
 *
 * @param timeToAcknowledge minutes from creation to acknowledgement (MTTA)
 * @param timeToResolve     minutes from creation to resolution (MTTR)
 */
public record ResponseTimes(Durations timeToAcknowledge, Durations timeToResolve) {

    public static final ResponseTimes NONE = new ResponseTimes(Durations.NONE, Durations.NONE);
}
