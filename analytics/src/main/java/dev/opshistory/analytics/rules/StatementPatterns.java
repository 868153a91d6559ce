package dev.opshistory.analytics.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A vocabulary of <em>statements</em>: regular expressions over one lower-cased clause of a note
 * (see {@link Clauses}), each matched as whole words. A statement counts only when it is asserted: the clause
 * is not a question and no negation or hedge comes shortly before the match ("the alert was wrong" counts,
 * "checked whether the alert was wrong" and "was the alert wrong?" do not). Patterns may anchor themselves
 * with {@code ^} and {@code $} to the clause when the words are only a verdict on their own ("nothing to do",
 * but not "nothing to do with the deploy").
 */
final class StatementPatterns implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Pattern> patterns = new ArrayList<>();

    /**
     * @throws IllegalArgumentException naming {@code key} when a pattern is not a valid regular expression
     */
    StatementPatterns(List<String> regexes, String key) {
        for (String regex : regexes) {
            try {
                patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])"));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("'" + key + "' holds an invalid pattern '" + regex + "': "
                        + e.getDescription(), e);
            }
        }
    }

    /** The evidence of the first asserted statement in the text, or null. */
    String find(String text) {
        if (text == null || text.isBlank() || patterns.isEmpty()) {
            return null;
        }
        for (String raw : Clauses.split(text)) {
            String clause = Clauses.normalize(raw);
            if (!clause.isEmpty() && matches(clause)) {
                return Clauses.evidence(text, raw);
            }
        }
        return null;
    }

    /** True when the normalised clause asserts one of the statements. */
    boolean matches(String clause) {
        if (clause.endsWith("?")) {
            return false;
        }
        for (Pattern p : patterns) {
            Matcher m = p.matcher(clause);
            while (m.find()) {
                if (!Clauses.guarded(clause.substring(0, m.start()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
