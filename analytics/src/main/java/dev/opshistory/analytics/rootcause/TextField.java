package dev.opshistory.analytics.rootcause;

import java.util.Locale;

/**
 * The fields of an event that the root-cause rules read; the name in the rules file and in evidence is
 * {@link #key()} ({@code root_cause}, {@code title}, ...).
 */
public enum TextField {
    TITLE, DESCRIPTION, NOTES, TAGS, RESOLVE_REASON,
    /** Postmortem summary. */
    SUMMARY,
    /** Postmortem root-cause section: what the authors concluded. */
    ROOT_CAUSE,
    /** Postmortem trigger section. */
    TRIGGER,
    /** Postmortem resolution section. */
    RESOLUTION;

    /** The snake_case name used in the rules file and in evidence. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field of a rules-file key, or null when there is none. */
    static TextField ofKey(String key) {
        for (TextField f : values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }
}
