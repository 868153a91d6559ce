package dev.opshistory.ingest.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.ExportParser;
import java.util.List;
import java.util.Set;

/**
 * A JSON parser to fuzz: its real records, the name its inputs are parsed under, and the vendor envelope its
 * records come in.
 *
 * @param parser       the registered parser
 * @param fileName     the file name (logs and notes find their parent alert or incident in it)
 * @param seeds        real records to mutate
 * @param listKey      the envelope's records key, e.g. {@code incidents}
 * @param envelopeTail the envelope's other fields as JSON text after the records, e.g. {@code "more": false}
 * @param listKeys     every key the parser takes as a records list, to count records of NDJSON lines
 */
record JsonTarget(ExportParser parser, String fileName, List<ObjectNode> seeds, String listKey, String envelopeTail,
        Set<String> listKeys) {

    @Override
    public String toString() {
        return parser.format();
    }
}
