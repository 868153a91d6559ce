package dev.opshistory.analytics.rules;

import dev.opshistory.common.RecentResults;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The answers of a pure text search (a marker or a statement in a note, a tag, a resolve reason) for texts it read
 * recently, "nothing found" included. Responders and integrations write the same notes and tags again and again
 * ("Resolved automatically", "false-positive", "restarted the pod"), and each search runs dozens of regular
 * expressions over every clause. Texts longer than {@code maxChars} are searched every time: they are rarely
 * repeated, and keeping them would let one long export fill the memory.
 */
final class RecentFinds implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many texts a generation keeps by default, and the longest text whose answer is kept. */
    static final int TEXTS = 4096;
    static final int TEXT_CHARS = 512;

    private final int maxChars;
    private final RecentResults<String, Optional<String>> recent;

    /** Keeps the answers for {@value #TEXTS} texts a generation, of up to {@value #TEXT_CHARS} characters. */
    RecentFinds() {
        this(TEXTS, TEXT_CHARS);
    }

    /**
     * @param capacity how many texts a generation of {@link RecentResults} holds
     * @param maxChars the longest text whose answer is kept
     */
    RecentFinds(int capacity, int maxChars) {
        this.maxChars = maxChars;
        this.recent = new RecentResults<>(capacity);
    }

    /** {@code search}'s answer for the text (null when it finds nothing), read again only when not kept. */
    String find(String text, UnaryOperator<String> search) {
        if (text == null || text.length() > maxChars) {
            return search.apply(text);
        }
        return recent.get(text, t -> Optional.ofNullable(search.apply(t))).orElse(null);
    }
}
