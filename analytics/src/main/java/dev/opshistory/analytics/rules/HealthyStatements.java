package dev.opshistory.analytics.rules;

import java.io.Serializable;
import java.util.List;

/**
 * Finds notes in which a person says that what the alert watched was fine at the time, and that tell of no work:
 * "Disks are fine", "Replication itself is current", "Customers log in fine", "No customer requests failed",
 * "Actual usage is 40%" ({@link RuleSettings#healthyStatements()}, regular expressions over one clause, see
 * {@link StatementPatterns}). A note that explains why the signal was wrong ends this way far more often than it
 * uses a false-positive word ("the agent reads the virtual size, not the used blocks. Actual usage is 40%").
 *
 * <p>Weaker than a false-positive marker: any note that says what a person did ({@link
 * RuleSettings#workStatements()}: "restarted the consumer, orders are flowing") makes the alert's notes work, any
 * that says the alert was right ({@link RuleSettings#realProblemStatements()}: "the check counts 5xx, and the spike
 * was real") keeps them from counting, and a statement that it recovered is none ("fine again", "back to normal":
 * the patterns exclude them).
 */
public final class HealthyStatements implements Serializable {

    private static final long serialVersionUID = 1L;

    private final StatementPatterns statements;
    private final WorkStatements work;
    private final StatementPatterns realProblem;
    /** The answers for recent notes: notes are written again and again, and each search runs many patterns. */
    private final RecentFinds recentRealProblems = new RecentFinds();
    private final RecentFinds recentHealthy = new RecentFinds();

    /** The statements of the rule settings, work found by {@code work}. */
    HealthyStatements(RuleSettings settings, WorkStatements work) {
        this.statements = new StatementPatterns(settings.healthyStatements(), "actionability.healthy_statements");
        this.work = work;
        this.realProblem = new StatementPatterns(settings.realProblemStatements(),
                "actionability.real_problem_statements");
    }

    /** The statements of the rule settings. */
    public HealthyStatements(RuleSettings settings) {
        this(settings, new WorkStatements(settings));
    }

    /**
     * The evidence of the first healthy statement among the notes when none of them tells of work or says the alert
     * was right, or null.
     */
    public String find(List<String> notes) {
        String said = null;
        for (String note : notes) {
            if (note == null || note.isBlank()) {
                continue;
            }
            if (work.find(note) != null || recentRealProblems.find(note, realProblem::find) != null) {
                return null;
            }
            if (said == null) {
                said = recentHealthy.find(note, statements::find);
            }
        }
        return said;
    }
}
