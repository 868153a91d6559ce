package dev.opshistory.analytics.rules;

import java.io.Serializable;

/**
 * Finds a note in which a person says that nothing was done because nothing needed doing: "no action taken",
 * "recovered on its own before I got to it", "cleared by itself, nothing to do"
 * ({@link RuleSettings#noActionStatements()}, regular expressions over one clause, see {@link StatementPatterns}).
 * Such a note is a record of watching, not of work, so it does not make an alert ACTIONABLE. Negated or
 * hedged statements do not count ("it did not recover on its own, restarted the pod"; "nothing to do with
 * the deploy" is not the anchored "nothing to do"). A note that also says what a person did
 * ({@link RuleSettings#workStatements()}: "upstream provider issue, so we failed over to the backup") is work.
 */
public final class NoActionStatements implements Serializable {

    private static final long serialVersionUID = 1L;

    private final StatementPatterns statements;
    private final WorkStatements work;
    private final RecentFinds recent = new RecentFinds();

    /**
     * @throws IllegalArgumentException when a statement is not a valid regular expression
     */
    NoActionStatements(RuleSettings settings, WorkStatements work) {
        this.statements = new StatementPatterns(settings.noActionStatements(), "actionability.no_action_statements");
        this.work = work;
    }

    /** The statements of the rule settings. */
    public NoActionStatements(RuleSettings settings) {
        this(settings, new WorkStatements(settings));
    }

    /** The evidence of a no-action statement in a note that tells of no work, or null. */
    public String find(String note) {
        return recent.find(note, this::noActionOnly);
    }

    private String noActionOnly(String note) {
        String said = statements.find(note);
        return said == null || work.find(note) != null ? null : said;
    }
}
