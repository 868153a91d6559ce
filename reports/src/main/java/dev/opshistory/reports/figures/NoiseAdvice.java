package dev.opshistory.reports.figures;

/**
 * What to do about a noisy fingerprint. The rules are tried in this order and the first that matches wins
 * (the report's Methodology section prints them):
 * <ol>
 *   <li><b>DELETE</b>: none of its alerts was ACTIONABLE and at least half were FALSE_POSITIVE: the alarm
 *       watches nothing that matters.</li>
 *   <li><b>ADD_FOR_DURATION</b>: at least half flapped, or at least half cleared by themselves with a median
 *       time to resolve of at most {@value #TRANSIENT_MINUTES} minutes: a {@code for:} duration lets
 *       transient breaches clear before anyone is paged.</li>
 *   <li><b>DEDUPLICATE</b>: at least half were flagged repeated: one incident paged many times; group by
 *       dedup key / alias.</li>
 *   <li><b>ROUTE_TO_TICKET</b>: at least half were SEV4/SEV5 or low urgency and at least one was ACTIONABLE:
 *       real work that can wait for business hours.</li>
 *   <li><b>RAISE_THRESHOLD</b>: at least half were NON_ACTIONABLE or FALSE_POSITIVE: it fires below the
 *       level where anyone acts.</li>
 *   <li><b>KEEP</b>: otherwise: mostly actionable; fix the cause rather than the alarm.</li>
 * </ol>
 */
public final class NoiseAdvice {

    /** The longest median time to resolve (minutes) of an alert that counts as transient. */
    public static final double TRANSIENT_MINUTES = 10;

    /** A rule's outcome, with the sentence the report prints. */
    public enum Suggestion {
        DELETE("Delete the alert: it never needed anyone."),
        ADD_FOR_DURATION("Add a `for:` duration (e.g. 10m) so transient breaches clear before paging."),
        DEDUPLICATE("Deduplicate: group repeats under one dedup key / alias."),
        ROUTE_TO_TICKET("Route to a ticket queue: real work, but not urgent enough to page."),
        RAISE_THRESHOLD("Raise the threshold: it fires below the level where anyone acts."),
        KEEP("Keep: mostly actionable; fix the underlying cause.");

        private final String text;

        Suggestion(String text) {
            this.text = text;
        }

        /** The advice as the report prints it. */
        public String text() {
            return text;
        }
    }

    private NoiseAdvice() {
    }

    /**
     * The suggestion for a fingerprint's counts.
     *
     * @param medianResolveMinutes null when none of its alerts was resolved
     */
    public static Suggestion suggest(long alerts, long actionable, long nonActionable, long falsePositive,
                                     long repeated, long flapping, long autoResolved, long lowPriority,
                                     Double medianResolveMinutes) {
        if (alerts == 0) {
            return Suggestion.KEEP;
        }
        if (actionable == 0 && atLeastHalf(falsePositive, alerts)) {
            return Suggestion.DELETE;
        }
        boolean transientFix = atLeastHalf(autoResolved, alerts) && medianResolveMinutes != null
                && medianResolveMinutes <= TRANSIENT_MINUTES;
        if (atLeastHalf(flapping, alerts) || transientFix) {
            return Suggestion.ADD_FOR_DURATION;
        }
        if (atLeastHalf(repeated, alerts)) {
            return Suggestion.DEDUPLICATE;
        }
        if (actionable > 0 && atLeastHalf(lowPriority, alerts)) {
            return Suggestion.ROUTE_TO_TICKET;
        }
        if (atLeastHalf(nonActionable + falsePositive, alerts)) {
            return Suggestion.RAISE_THRESHOLD;
        }
        return Suggestion.KEEP;
    }

    private static boolean atLeastHalf(long part, long whole) {
        return 2 * part >= whole;
    }
}
