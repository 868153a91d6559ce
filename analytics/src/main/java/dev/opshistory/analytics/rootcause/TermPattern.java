package dev.opshistory.analytics.rootcause;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compiles a rules-file term into a pattern: whole words, case-insensitive, light inflections of each word, a
 * trailing {@code *} for any continuation, and {@code ' ' - _ /} interchangeable inside phrases.
 */
final class TermPattern implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Light inflections: plural, past, gerund, and the -ment/-ure nouns (deployment, failure). */
    private static final String INFLECTIONS = "(?:s|es|d|ed|ing|ment|ments|ure|ures)?";
    private static final String SEPARATOR = "[\\s\\-_/]+";

    private final String term;
    private final Pattern pattern;
    private final String anchor;

    TermPattern(String term) {
        this.term = term;
        List<String> parts = new ArrayList<>();
        String[] words = term.trim().toLowerCase(Locale.ROOT).split("[\\s_]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean last = i == words.length - 1;
            if (w.endsWith("*")) {
                parts.add(quoteWord(w.substring(0, w.length() - 1)) + "[\\p{L}\\p{N}\\-]*");
            } else if (last && Character.isLetter(w.charAt(w.length() - 1)) && w.length() > 2) {
                // Inflect only the last word: "rolled back" stays as written, "disk failure" becomes "disk failures".
                parts.add(quoteWord(stem(w)) + INFLECTIONS);
            } else {
                parts.add(quoteWord(w));
            }
        }
        this.anchor = anchor(words);
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + String.join(SEPARATOR, parts) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    String term() {
        return term;
    }

    Pattern pattern() {
        return pattern;
    }

    /**
     * A lower-case piece of text that every match contains, or "" when there is none to rely on: the longest
     * literal piece of the term's words (without a trailing {@code *}, a dropped silent e or a hyphen). Checking
     * {@code text.contains(anchor)} first skips the regular expression for the many terms a text cannot match,
     * which was most of the job's time.
     */
    String anchor() {
        return anchor;
    }

    /** The anchor of a phrase's lower-case words (see {@link #anchor()}); cues use it too. */
    static String anchor(String[] words) {
        String best = "";
        for (String w : words) {
            String literal = w.endsWith("*") ? w.substring(0, w.length() - 1) : w;
            if (literal.endsWith("e") && literal.length() > 4) {
                literal = literal.substring(0, literal.length() - 1); // stem(): the e is optional
            }
            for (String piece : literal.split("-")) {
                if (piece.length() > best.length() && lowersAlike(piece)) {
                    best = piece;
                }
            }
        }
        return best;
    }

    /**
     * Whether every spelling of a piece that the case-insensitive pattern matches lowers to the piece itself, so
     * that the lowered text holds it wherever the pattern can match: ASCII, and the letters of other scripts whose
     * case round-trips ("réseau", "переполн"); not "ß" or the dotless "ı", whose upper case lowers to other letters.
     */
    private static boolean lowersAlike(String piece) {
        return piece.equals(piece.toLowerCase(Locale.ROOT))
                && piece.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).equals(piece);
    }

    /** Drops a final silent e so that "release" also matches "released" and "releasing". */
    private static String stem(String word) {
        return word.endsWith("e") && word.length() > 4 ? word.substring(0, word.length() - 1) + "e?" : word;
    }

    /** Quotes a word, keeping hyphens free to be any separator. */
    private static String quoteWord(String word) {
        if (word.endsWith("e?")) {
            return quoteWord(word.substring(0, word.length() - 2)) + "(?:e)?";
        }
        String[] pieces = word.split("-", -1);
        List<String> quoted = new ArrayList<>();
        for (String p : pieces) {
            quoted.add(Pattern.quote(p));
        }
        return String.join(SEPARATOR.replace("+", "*"), quoted);
    }
}
