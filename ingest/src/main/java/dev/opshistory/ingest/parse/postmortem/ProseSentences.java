package dev.opshistory.ingest.parse.postmortem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first sentence of a write-up's prose that says a thing, for a field the write-up gives no section of its own
 * (how the incident was noticed, what it did to users, how it was fixed). Paragraphs are read one by one, their lines
 * joined; a sentence ends at ". ", "! " or "? ".
 */
final class ProseSentences {

    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Abbreviations whose full stop ends no sentence (the word before the stop, in lower case). */
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "vs", "approx", "cf", "incl", "esp", "mr",
            "mrs", "ms", "dr");
    /** Where a list item starts: a line's bullet, as Markdown or a page pasted as text writes it, or number ("- ", "• ", "2. "). */
    private static final Pattern LIST_ITEM = Pattern.compile("(?m)^\\s*(?:[-*+•●▪◦]|\\d{1,3}[.)])\\s+");
    private static final Pattern QUESTION_WORD = Pattern.compile("(?i)(?:was|were|is|are|did|do|does|what|why|how|who|when"
            + "|where|which|could|can|should|has|have|had|will|would)\\b");
    private static final Pattern FIELD_LINE = Pattern.compile("(?m)^\\s*[\\w -]{1,30}:\\s+\\S");
    /** Longer than a sentence: a paragraph that was never split (a table or a list read as text). */
    private static final int LONGEST_SENTENCE = 400;

    private ProseSentences() {
    }

    /**
     * The first sentence of the texts, in order, in which {@code says} matches without {@code denied} matching the
     * text just before the match ("not noticed"); null when none does. Null texts are skipped.
     */
    static String first(Pattern says, Pattern denied, String... texts) {
        return firstTaken(says, denied, texts, ProseSentences::toldSentence);
    }

    /** The sentence that holds a match, unless it is longer than a sentence or asks rather than tells. */
    private static String toldSentence(String paragraph, MatchResult said) {
        String sentence = around(paragraph, said.start(), said.end());
        int at = said.start() - sentenceStart(paragraph, said.start(), 0); // the match's place in it
        return sentence.length() <= LONGEST_SENTENCE && !isQuestion(sentence, at) ? sentence : null;
    }

    /**
     * As {@link #first}, for a sentence that points back at the one before it ("This caused our database to fail"):
     * that sentence and the one before, or null when the first such sentence opens its paragraph.
     */
    static String firstWithPrevious(Pattern says, Pattern denied, String... texts) {
        return firstTaken(says, denied, texts, (paragraph, said) -> {
            // no sentence is taken that is longer than the longest: look no further back than that
            int farthest = said.start() - LONGEST_SENTENCE - 1;
            int start = sentenceStart(paragraph, said.start(), farthest);
            if (start < 2 || start <= farthest) {
                return null;
            }
            String both = around(paragraph, start - 2, said.end());
            return both.length() <= LONGEST_SENTENCE ? both : null;
        });
    }

    /**
     * Every sentence of the texts, in order and each once, in which {@code says} matches undenied, as {@link #first}
     * finds one; at most {@code most}.
     */
    static List<String> all(Pattern says, Pattern denied, int most, String... texts) {
        Set<String> found = new LinkedHashSet<>();
        firstTaken(says, denied, texts, (paragraph, said) -> {
            String sentence = toldSentence(paragraph, said);
            if (sentence != null) {
                found.add(sentence);
            }
            return found.size() >= most ? sentence : null; // a text ends the scan once enough are found
        });
        return List.copyOf(found);
    }

    /** The first text that {@code take} makes of an undenied match in the paragraphs of the texts, in order. */
    private static String firstTaken(Pattern says, Pattern denied, String[] texts,
            BiFunction<String, MatchResult, String> take) {
        for (String text : texts) {
            for (String lines : text == null ? List.<String>of() : blocks(text)) {
                String paragraph = SPACES.matcher(lines).replaceAll(" ").strip();
                Matcher said = says.matcher(paragraph);
                while (said.find()) {
                    String taken = isDenied(denied, paragraph, said.start()) ? null : take.apply(paragraph, said);
                    if (taken != null) {
                        return taken;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The paragraphs of a text that are not blocks of fields, each item of a list on its own: items are rarely written
     * as sentences, and joined they would read as one ("- ci is back online - ldap is back online Due to …").
     */
    private static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        for (String paragraph : PARAGRAPHS.split(text)) {
            if (isFieldBlock(paragraph)) {
                continue; // "slug: …", "published: …": a page's metadata, not its prose
            }
            for (String item : LIST_ITEM.split(paragraph)) {
                if (!item.isBlank()) {
                    blocks.add(item);
                }
            }
        }
        return blocks;
    }

    /**
     * Whether the part of a sentence that holds {@code at} asks rather than tells ("Was it caused by human error, …?", a
     * template's prompt left in): between bullets, it opens with a question word and ends with "?". "The outage was
     * caused by a full disk, so why did nobody get paged?" tells its cause.
     */
    private static boolean isQuestion(String sentence, int at) {
        int from = Math.max(0, sentence.lastIndexOf('•', Math.max(0, at)) + 1);
        int bullet = sentence.indexOf('•', Math.max(0, at));
        String part = sentence.substring(from, bullet < 0 ? sentence.length() : bullet).strip();
        return part.endsWith("?") && QUESTION_WORD.matcher(part).lookingAt();
    }

    /** Whether {@code says} matches {@code text} somewhere without {@code denied} matching the text just before. */
    static boolean saysUndenied(Pattern says, Pattern denied, String text) {
        Matcher said = says.matcher(text);
        while (said.find()) {
            if (!isDenied(denied, text, said.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code denied} matches the text of the sentence just before {@code start}: the patterns look back within
     * the sentence, and reading only it keeps a long paragraph of many matches from being read again for each.
     */
    private static boolean isDenied(Pattern denied, String text, int start) {
        // a sentence longer than the longest taken is none anyway: look no further back than that
        return denied != null
                && denied.matcher(text.substring(sentenceStart(text, start, start - LONGEST_SENTENCE - 1), start)).find();
    }

    /**
     * Whether the mark at {@code at} ends a sentence: ".", "!" or "?" before a space, not the full stop of an
     * abbreviation that sentences run on after ("e.g. due to a network partition", "vs. last week").
     */
    private static boolean endsASentence(String text, int at) {
        if (at < 0 || at + 1 >= text.length() || text.charAt(at + 1) != ' ') {
            return false;
        }
        char mark = text.charAt(at);
        return mark == '!' || mark == '?' || mark == '.' && !isAbbreviation(text, at);
    }

    /** Whether the word that the full stop at {@code dot} ends is an abbreviation. */
    private static boolean isAbbreviation(String text, int dot) {
        int from = dot;
        while (from > 0 && dot - from < 8 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        return ABBREVIATIONS.contains(text.substring(from, dot).toLowerCase(Locale.ROOT));
    }

    /**
     * Where the sentence that holds {@code at} starts: after the last end of a sentence before it, looking back no
     * further than {@code farthest}.
     */
    private static int sentenceStart(String text, int at, int farthest) {
        int from = Math.min(at, text.length());
        while (from > Math.max(0, farthest) && !endsASentence(text, from - 2)) {
            from--;
        }
        return from;
    }

    private static boolean isFieldBlock(String lines) {
        Matcher fields = FIELD_LINE.matcher(lines);
        int count = 0;
        while (fields.find()) {
            count++;
        }
        return count >= 2;
    }

    /** The sentence of {@code text} that holds the characters from {@code start} to {@code end}. */
    static String around(String text, int start, int end) {
        int to = end;
        while (to < text.length() && !endsASentence(text, to)) {
            to++;
        }
        return text.substring(sentenceStart(text, start, 0), Math.min(text.length(), to + 1)).strip();
    }
}
