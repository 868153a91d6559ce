package dev.opshistory.analytics.rules;

import java.io.Serializable;

/**
 * Finds a clause in which a person says what they did ({@link RuleSettings#workStatements()}: "restarted the pod",
 * "we failed over to the backup"; regular expressions over one clause, see {@link StatementPatterns}). Work vetoes
 * both a note that says nothing was done ({@link NoActionStatements}) and one that says what the alert watched was
 * fine ({@link HealthyStatements}): one finder serves both, so the patterns are compiled and each note is read once.
 */
final class WorkStatements implements Serializable {

    private static final long serialVersionUID = 1L;

    private final StatementPatterns statements;
    private final RecentFinds recent = new RecentFinds();

    /**
     * @throws IllegalArgumentException when a statement is not a valid regular expression
     */
    WorkStatements(RuleSettings settings) {
        this.statements = new StatementPatterns(settings.workStatements(), "actionability.work_statements");
    }

    /** The evidence of work in the note, or null. */
    String find(String note) {
        return recent.find(note, statements::find);
    }
}
