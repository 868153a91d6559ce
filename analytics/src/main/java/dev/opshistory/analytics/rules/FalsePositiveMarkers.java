package dev.opshistory.analytics.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an explicit "this was a false positive" marker in text a person wrote about an alert: a tag, a note,
 * a resolve reason (never the alert's own title or description).
 *
 * <p>Two kinds of markers ({@link RuleSettings#falsePositivePhrases()}, {@link RuleSettings#falsePositiveVerdicts()}):
 * <ul>
 *   <li>a <em>phrase</em> ("false positive", "false alarm") counts anywhere as whole words, in any case, with
 *       any separator or none ("False-Positive", "false_alarm", "#falsepositive", "false positives"), unless
 *       a negation or a hedge comes shortly before it in the same clause ("not a false positive", "maybe a
 *       false alarm") or the clause is a question ("false positive?");</li>
 *   <li>a <em>verdict</em> word ("test", "noise", "not an issue") counts only when a clause says it is the
 *       verdict: the clause is the word itself ("Test", "noise", "Not an issue, closing", "test alert - please
 *       ignore") or ends by saying so ("this was just a test", "it's noise", "only a test"). So "testing",
 *       "noisey", "added a test for this", "env:test" or "this is not an issue with the DB" are not markers.</li>
 * </ul>
 * Clauses are split at {@code . ! ? ; ,}, line breaks, {@code ": "} and {@code " - "}. Tags are read with their separators
 * ({@code - _ : = /}) as spaces, so the tag {@code false-positive} or {@code test-alert} matches.
 */
public final class FalsePositiveMarkers implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> NEGATIONS_AND_HEDGES = Set.of(
            "not", "no", "never", "nor", "hardly", "without",
            "maybe", "possibly", "possible", "perhaps", "might", "could", "potential", "potentially",
            "suspected", "if", "whether", "unless");
    /** Words before a phrase that are checked for a negation or hedge. */
    private static final int GUARD_WORDS = 4;
    /** After {@code . ! ? ; ,}, a line break, a colon before a space ("Closed: not an issue") or a spaced dash. */
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[.!?;,\\n\\r])|(?<=:\\s)|(?<=\\s[-–—]\\s)");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}?]+$");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[\\s\\-_:=/#.]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final int EVIDENCE_CHARS = 100;

    private final List<Pattern> phrases = new ArrayList<>();
    private final List<Pattern> verdicts = new ArrayList<>();

    public FalsePositiveMarkers(List<String> phrases, List<String> verdicts) {
        for (String phrase : phrases) {
            this.phrases.add(Pattern.compile(
                    "(?<![\\p{L}\\p{N}])" + words(phrase, "[\\s\\-_]*") + "s?(?![\\p{L}\\p{N}])"));
        }
        for (String verdict : verdicts) {
            this.verdicts.add(Pattern.compile(
                    "(?:^|\\b(?:(?:this|it|that)(?:'s|\\s+is|\\s+was|\\s+were)|just|only|merely|simply)\\s+)"
                            + "(?:(?:just|only|merely|simply)\\s+)?(?:(?:a|an)\\s+)?"
                            + words(verdict, "[\\s\\-_]+")
                            + "(?:\\s+(?:alerts?|page|incident|notification|event|message|run))?"
                            + "(?:[\\s\\-–—:]+(?:please\\s+)?(?:ignore|ignored|closing|close|closed|resolved|resolving))?$"));
        }
    }

    /** Markers of the rule settings. */
    public FalsePositiveMarkers(RuleSettings settings) {
        this(settings.falsePositivePhrases(), settings.falsePositiveVerdicts());
    }

    /**
     * The evidence of a marker in free text (a note, a resolve reason): the whole text when short, else the clause
     * holding the marker, at most 100 characters; null when there is no marker.
     */
    public String findInText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (String raw : CLAUSE_END.split(text)) {
            String clause = normalize(raw);
            if (!clause.isEmpty() && isMarker(clause)) {
                return evidence(text.strip().length() <= EVIDENCE_CHARS ? text : raw.strip().replaceAll("[,;]$", ""));
            }
        }
        return null;
    }

    /** The tag itself when it is a marker ({@code false-positive}, {@code noise}, {@code test}); null if not. */
    public String findInTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String clause = normalize(TAG_SEPARATORS.matcher(tag).replaceAll(" "));
        return !clause.isEmpty() && isMarker(clause) ? evidence(tag) : null;
    }

    private boolean isMarker(String clause) {
        boolean question = clause.endsWith("?");
        String body = question ? clause.substring(0, clause.length() - 1).trim() : clause;
        if (!question) {
            for (Pattern verdict : verdicts) {
                if (verdict.matcher(body).find()) {
                    return true;
                }
            }
        }
        for (Pattern phrase : phrases) {
            Matcher m = phrase.matcher(body);
            while (m.find()) {
                if (!question && !guarded(body.substring(0, m.start()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when one of the last few words before a phrase negates or hedges it. */
    private static boolean guarded(String before) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(before);
        while (m.find()) {
            words.add(m.group());
        }
        for (int i = Math.max(0, words.size() - GUARD_WORDS); i < words.size(); i++) {
            String w = words.get(i);
            if (NEGATIONS_AND_HEDGES.contains(w) || w.endsWith("n't") || w.endsWith("nt'")) {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
        return EDGE_PUNCTUATION.matcher(s).replaceAll("").trim();
    }

    private static String words(String phrase, String separator) {
        List<String> parts = new ArrayList<>();
        for (String w : phrase.trim().toLowerCase(Locale.ROOT).split("[\\s\\-_]+")) {
            parts.add(Pattern.quote(w));
        }
        return String.join(separator, parts);
    }

    private static String evidence(String raw) {
        String s = raw.strip().replaceAll("\\s+", " ");
        return s.length() <= EVIDENCE_CHARS ? s : s.substring(0, EVIDENCE_CHARS - 1) + "…";
    }
}
