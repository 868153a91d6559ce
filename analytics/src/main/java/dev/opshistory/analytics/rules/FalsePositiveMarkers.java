package dev.opshistory.analytics.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an explicit "this was a false positive" verdict in text a person wrote about an alert: a tag, a note,
 * a resolve reason (never the alert's own title or description).
 *
 * <p>Three kinds of markers ({@link RuleSettings#falsePositivePhrases()}, {@link RuleSettings#falsePositiveVerdicts()},
 * {@link RuleSettings#falsePositiveStatements()}):
 * <ul>
 *   <li>a <em>phrase</em> ("false positive", "false alarm") counts anywhere as whole words, in any case, with
 *       any separator or none ("False-Positive", "false_alarm", "#falsepositive", "false positives"), unless
 *       a negation or a hedge comes shortly before it in the same clause ("not a false positive", "maybe a
 *       false alarm") or the clause is a question ("false positive?");</li>
 *   <li>a <em>verdict</em> word ("test", "noise", "not an issue") counts only when a clause says it is the
 *       verdict: the clause is the word itself ("Test", "noise", "Not an issue, closing", "test alert - please
 *       ignore"), ends by saying so ("this was just a test", "it's noise"), or says it is <em>just</em> that
 *       ("just a test of the new schedule", "only noise from the batch host"). So "testing", "noisey", "added
 *       a test for this", "env:test" or "this is not an issue with the DB" are not markers;</li>
 *   <li>a <em>statement</em> is a sentence people write when the alert, not the system, was wrong, in their
 *       own words: "the alert was wrong", "probe misconfigured", "nothing was broken", "not a real problem",
 *       "threshold too tight", "expected during the maintenance window", "duplicate of #123", "fired in
 *       error", "should not page" (regular expressions, see {@link StatementPatterns}; asserted only, never
 *       negated, hedged or asked: "checked whether it was a false alarm - it was not" is no marker).</li>
 * </ul>
 * Clauses are split at {@code . ! ? ; ,}, line breaks, {@code ": "} and {@code " - "}. Tags are read with their separators
 * ({@code - _ : = /}) as spaces, so the tag {@code false-positive} or {@code test-alert} matches.
 */
public final class FalsePositiveMarkers implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern TAG_SEPARATORS = Pattern.compile("[\\s\\-_:=/#.]+");

    private final List<Pattern> phrases = new ArrayList<>();
    private final List<Pattern> verdicts = new ArrayList<>();
    private final StatementPatterns statements;
    /** The answers for recent notes and resolve reasons, and for recent tags. */
    private final RecentFinds recentTexts = new RecentFinds();
    private final RecentFinds recentTags = new RecentFinds();

    /** Phrases and verdict words only, no statements. */
    public FalsePositiveMarkers(List<String> phrases, List<String> verdicts) {
        this(phrases, verdicts, List.of());
    }

    /**
     * @throws IllegalArgumentException when a statement is not a valid regular expression
     */
    public FalsePositiveMarkers(List<String> phrases, List<String> verdicts, List<String> statements) {
        for (String phrase : phrases) {
            this.phrases.add(Pattern.compile(
                    "(?<![\\p{L}\\p{N}])" + words(phrase, "[\\s\\-_]*") + "s?(?![\\p{L}\\p{N}])"));
        }
        for (String verdict : verdicts) {
            String word = words(verdict, "[\\s\\-_]+");
            // The clause is the verdict, or ends by saying so: "noise", "this was just a test - please ignore".
            this.verdicts.add(Pattern.compile(
                    "(?:^|\\b(?:(?:this|it|that)(?:'s|\\s+is|\\s+was|\\s+were)|just|only|merely|simply)\\s+)"
                            + "(?:(?:just|only|merely|simply)\\s+)?(?:(?:a|an)\\s+)?"
                            + word
                            + "(?:\\s+(?:alerts?|page|incident|notification|event|message|run))?"
                            + "(?:[\\s\\-–—:]+(?:please\\s+)?(?:ignore|ignored|closing|close|closed|resolved|resolving))?$"));
            // "just" makes a verdict of what follows, whatever it is about: "just a test of the new schedule".
            this.verdicts.add(Pattern.compile(
                    "\\b(?:just|only|merely|simply)\\s+(?:(?:a|an)\\s+)?" + word
                            + "(?:\\s+(?:alerts?|page|notification|event|message|run))?\\s+(?:of|for|from)\\s.*$"));
        }
        this.statements = new StatementPatterns(statements, "actionability.false_positive_statements");
    }

    /** Markers of the rule settings. */
    public FalsePositiveMarkers(RuleSettings settings) {
        this(settings.falsePositivePhrases(), settings.falsePositiveVerdicts(), settings.falsePositiveStatements());
    }

    /**
     * The evidence of a marker in free text (a note, a resolve reason): the whole text when short, else the clause
     * holding the marker, at most 100 characters; null when there is no marker.
     */
    public String findInText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return recentTexts.find(text, this::searchText);
    }

    private String searchText(String text) {
        for (String raw : Clauses.split(text)) {
            String clause = Clauses.normalize(raw);
            if (!clause.isEmpty() && (isMarker(clause) || statements.matches(clause))) {
                return Clauses.evidence(text, raw);
            }
        }
        return null;
    }

    /** The tag itself when it is a marker ({@code false-positive}, {@code noise}, {@code test}); null if not. */
    public String findInTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        return recentTags.find(tag, this::searchTag);
    }

    private String searchTag(String tag) {
        String clause = Clauses.normalize(TAG_SEPARATORS.matcher(tag).replaceAll(" "));
        return !clause.isEmpty() && isMarker(clause) ? Clauses.shorten(tag) : null;
    }

    private boolean isMarker(String clause) {
        boolean question = clause.endsWith("?");
        String body = question ? clause.substring(0, clause.length() - 1).trim() : clause;
        if (!question) {
            for (Pattern verdict : verdicts) {
                Matcher m = verdict.matcher(body);
                if (m.find() && !Clauses.guarded(body.substring(0, m.start()))) {
                    return true;
                }
            }
        }
        for (Pattern phrase : phrases) {
            Matcher m = phrase.matcher(body);
            while (m.find()) {
                if (!question && !Clauses.guarded(body.substring(0, m.start()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String words(String phrase, String separator) {
        List<String> parts = new ArrayList<>();
        for (String w : phrase.trim().toLowerCase(Locale.ROOT).split("[\\s\\-_]+")) {
            parts.add(Pattern.quote(w));
        }
        return String.join(separator, parts);
    }
}
