package dev.opshistory.ingest.parse.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One row of a CSV that a script wrote from an API's JSON records, turned back into the record: one column per
 * field ({@code DataFrame.to_csv}), or per nested field with a dotted name ({@code pandas.json_normalize}:
 * {@code service.summary}, {@code report.ackTime}). A cell that holds a dict or a list holds it as JSON or as a
 * Python literal ({@link PythonLiteral}); an empty cell, {@code None} or {@code NaN} is a field the record did not
 * have; {@code True}/{@code False} are booleans; a whole number written as a float ({@code 1250.0}: pandas turns a
 * column of numbers with gaps into floats) is the whole number; everything else is text, as the vendors' mappings
 * read numbers and timestamps written as text.
 */
final class ApiRecordRow {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> ABSENT = Set.of("None", "nan", "NaN", "NaT", "null");
    private static final Pattern WHOLE_FLOAT = Pattern.compile("-?\\d{1,18}\\.0+");
    /** The index column pandas writes first unless told not to: no field of the record. */
    private static final Pattern INDEX_COLUMN = Pattern.compile("|Unnamed: \\d+");

    private ApiRecordRow() {
    }

    /** The record of one row; {@code names} are the header's cells as written. */
    static ObjectNode of(List<String> names, List<String> cells) {
        ObjectNode record = NODES.objectNode();
        for (int i = 0; i < names.size() && i < cells.size(); i++) {
            String name = names.get(i).strip();
            JsonNode value = value(cells.get(i));
            if (value != null && !INDEX_COLUMN.matcher(name).matches()) {
                put(record, name, value);
            }
        }
        return record;
    }

    /** A record with the header's fields and no values: what a header alone says of the records. */
    static ObjectNode fieldsOnly(List<String> names) {
        ObjectNode record = NODES.objectNode();
        for (String name : names) {
            if (!INDEX_COLUMN.matcher(name.strip()).matches()) {
                put(record, name.strip(), NODES.textNode(""));
            }
        }
        return record;
    }

    private static JsonNode value(String cell) {
        String text = cell.strip();
        if (text.isEmpty() || ABSENT.contains(text)) {
            return null;
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return PythonLiteral.parse(text).map(v -> v.isNull() ? null : v).orElse(NODES.textNode(cell));
        }
        if (text.equals("True") || text.equals("False")) {
            return NODES.booleanNode(text.equals("True"));
        }
        if (WHOLE_FLOAT.matcher(text).matches()) {
            return NODES.textNode(text.substring(0, text.indexOf('.')));
        }
        return NODES.textNode(cell);
    }

    /** Puts a value at a dotted path, making the objects on the way; a path through a value that is no object is kept flat. */
    private static void put(ObjectNode record, String name, JsonNode value) {
        String[] parts = name.split("\\.");
        ObjectNode parent = record;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            if (child == null) {
                child = parent.putObject(parts[i]);
            }
            if (!(child instanceof ObjectNode object) || parts[i].isEmpty()) {
                record.set(name, value);
                return;
            }
            parent = object;
        }
        parent.set(parts[parts.length - 1], value);
    }
}
