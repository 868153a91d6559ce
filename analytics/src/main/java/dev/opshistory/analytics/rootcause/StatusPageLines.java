package dev.opshistory.analytics.rootcause;

import java.util.regex.Pattern;

/**
 * The lines of a status-page update as incident write-ups paste them: a state at the start of a line, in markup
 * or not, then a dash, a colon or a time ("Identified — 14:51 …", "[Monitoring] - …", "**Resolved**: …").
 * {@link RootCauseClassifier} does not count the state as a term; {@link SentenceContext} reads an "Identified"
 * update as a stated cause.
 */
final class StatusPageLines {

    /** Markup that may open a status-page line before its state: spaces, emphasis, a bracket, a list mark. */
    static final String LEAD = "[\\s*_>#\\[\\-]*";
    /** What follows a status-page state: markup, then a dash, a colon or a time ("Monitoring — 15:20 …"). */
    static final String TAIL = "[\\]*_]*\\s*(?:[:\\-–—]|\\d{1,2}[:.]\\d{2})";

    /**
     * An update that says the cause has been identified, from its state to the end of its line: "Identified -
     * 10:05 Last night we …", "**Identified** — …", "[Identified] …".
     */
    static final Pattern IDENTIFIED_UPDATE = Pattern.compile(
            "^" + LEAD + "identified(?![\\p{L}\\p{N}])" + TAIL + "[^\\n\\r]*",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    private StatusPageLines() {
    }
}
