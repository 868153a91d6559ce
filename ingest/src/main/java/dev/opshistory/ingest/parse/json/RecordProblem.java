package dev.opshistory.ingest.parse.json;

/**
 * Why one record cannot become an event: the offending field (dotted path such as {@code service.summary},
 * or null for the record as a whole) and a sentence for the reject. Checked, so mappers must say what they
 * reject instead of letting content errors escape as runtime exceptions.
 */
public final class RecordProblem extends Exception {

    private final String field;

    public RecordProblem(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    /** The offending field as a dotted path, or null when the record as a whole is bad. */
    public String field() {
        return field;
    }
}
