package dev.opshistory.model;

/**
 * A record that could not become a canonical event, with enough context for a person to find and fix it.
 *
 * @param file     the input file, as given on the command line
 * @param position where in the file: "line 12" for line-based formats, "record 3" for JSON arrays, "file" for the whole file
 * @param field    the offending field, or null when the record as a whole is bad
 * @param reason   a sentence saying what is wrong
 * @param excerpt  the start of the raw record (at most a few hundred characters), or null
 */
public record Reject(String file, String position, String field, String reason, String excerpt) {

    private static final int EXCERPT_LIMIT = 300;

    /** Builds a reject, cutting the excerpt to a readable length. */
    public static Reject of(String file, String position, String field, String reason, String rawExcerpt) {
        String excerpt = rawExcerpt == null || rawExcerpt.length() <= EXCERPT_LIMIT
                ? rawExcerpt
                : rawExcerpt.substring(0, EXCERPT_LIMIT) + "…";
        return new Reject(file, position, field, reason, excerpt);
    }

    /** One line for a terminal: {@code file record 3 field created_at: reason}. */
    public String describe() {
        return file + " " + position + (field == null ? "" : " field " + field) + ": " + reason;
    }
}
