package dev.opshistory.ingest.parse.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns one vendor record, already read as a JSON object, into an event or an enrichment. The general form
 * of {@link RecordMapper}, for records that fold into another event and may need the wrapping object or the
 * file name to find it.
 */
@FunctionalInterface
public interface RecordHandler {

    /**
     * @param record  one record of the export
     * @param context where the record was found: envelope key, file name, the wrapping object's other fields
     * @return the event or enrichment; {@link MappedRecord#deferred()} only while the wrapper is incomplete
     * @throws RecordProblem when the record is not usable; the reader turns it into a reject
     */
    MappedRecord map(ObjectNode record, RecordContext context) throws RecordProblem;
}
