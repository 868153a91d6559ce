package dev.opshistory.ingest.parse.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.model.CanonicalEvent;

/** Turns one vendor record, already read as a JSON object, into a canonical event. */
@FunctionalInterface
public interface RecordMapper {

    /**
     * @param record     one record of the export
     * @param container  the envelope key the record was found under ({@code incidents}, {@code data},
     *                   {@code values}, …), or null for a bare record, a bare array or an NDJSON line
     * @param sourceFile the file name to put into {@code source_file}
     * @throws RecordProblem when the record is not usable; the reader turns it into a reject
     */
    CanonicalEvent map(ObjectNode record, String container, String sourceFile) throws RecordProblem;
}
