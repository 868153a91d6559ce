package dev.opshistory.analytics.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the note readers ({@link FalsePositiveMarkers}, {@link NoActionStatements}) cut a person's text into
 * clauses and decide whether a match in a clause is asserted: not a question, and no negation or hedge among
 * the few words before it ("not a false positive", "maybe the probe is misconfigured", "checked whether the
 * alert was wrong").
 */
final class Clauses {

    private static final Set<String> NEGATIONS_AND_HEDGES = Set.of(
            "not", "no", "never", "nor", "hardly", "without",
            "maybe", "possibly", "possible", "perhaps", "might", "could", "potential", "potentially",
            "suspected", "if", "whether", "unless",
            // a first guess the note goes on to reject: "thought it was another flaky probe, but users confirm it"
            "thought", "assumed", "initially");
    /** Words before a match that are checked for a negation or hedge. */
    private static final int GUARD_WORDS = 4;
    /**
     * After {@code . ! ? ; ,} before a space or the end (not in a link or a file's name: "status.example.com",
     * "graph.png"), a line break, a colon before a space ("Closed: not an issue") or a spaced dash.
     */
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[.!?;,])(?=\\s|$)|(?<=[\\n\\r])|(?<=:\\s)|(?<=\\s[-–—]\\s)");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}?]+$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("[,;]$");
    private static final int EVIDENCE_CHARS = 100;

    private Clauses() {
    }

    /** The raw clauses of a text, in order. */
    static String[] split(String text) {
        return CLAUSE_END.split(text);
    }

    /** Lower case, typographic apostrophes straightened, spaces collapsed, edge punctuation dropped (a final ? kept). */
    static String normalize(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        s = SPACES.matcher(s).replaceAll(" ");
        return EDGE_PUNCTUATION.matcher(s).replaceAll("").trim();
    }

    /** True when one of the last few words before a match negates or hedges it. */
    static boolean guarded(String before) {
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

    /** The evidence shown for a match: the whole text when short, else the clause, at most 100 characters. */
    static String evidence(String text, String rawClause) {
        return shorten(text.strip().length() <= EVIDENCE_CHARS ? text : TRAILING_SEPARATOR.matcher(rawClause.strip()).replaceAll(""));
    }

    static String shorten(String raw) {
        String s = SPACES.matcher(raw.strip()).replaceAll(" ");
        return s.length() <= EVIDENCE_CHARS ? s : s.substring(0, EVIDENCE_CHARS - 1) + "…";
    }
}
