package dev.opshistory.ingest.parse.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.TeamDirectory;
import java.util.Objects;

/**
 * Where a record was found.
 *
 * @param container       the envelope key the record was found under ({@code log_entries}, {@code data},
 *                        {@code values}…), or null for a bare record, a bare array or an NDJSON line
 * @param sourceFile      the file name, for {@code source_file} and for parents named by the file
 * @param wrapper         the other top-level fields of the object that wraps the records ({@code paging},
 *                        {@code links}, {@code limit}…); empty when there is no wrapper. While the records are
 *                        streamed it holds only the fields written before them
 * @param wrapperComplete whether {@code wrapper} is final: true for everything but the records of a streamed
 *                        envelope, which are offered again with the whole wrapper if they ask to wait
 * @param teams           the run's Opsgenie team names by id, for records that name teams by id only
 */
public record RecordContext(String container, String sourceFile, ObjectNode wrapper, boolean wrapperComplete,
        TeamDirectory teams) {

    public RecordContext {
        Objects.requireNonNull(wrapper, "wrapper");
        Objects.requireNonNull(teams, "teams");
    }

    /**
     * The answer for a record that folds into a parent named nowhere yet: wait ({@link MappedRecord#deferred()})
     * while the rest of the wrapper may still name it, else the problem that rejects the record.
     *
     * @param field  the field the parent should have come from, or null for the record as a whole
     * @param reason the reject's reason, saying how to name the parent (usually by the file name)
     */
    public MappedRecord parentNotFound(String field, String reason) throws RecordProblem {
        if (!wrapperComplete) {
            return MappedRecord.deferred();
        }
        throw new RecordProblem(field, reason);
    }

    /** A wrapper field at a dotted path ({@code paging.next}) as text, or null when absent or not text. */
    public String wrapperText(String path) {
        JsonNode current = wrapper;
        for (String part : path.split("\\.")) {
            current = current.isObject() ? current.get(part) : null;
            if (current == null || current.isNull()) {
                return null;
            }
        }
        return current.isTextual() && !current.asText().isBlank() ? current.asText() : null;
    }
}
