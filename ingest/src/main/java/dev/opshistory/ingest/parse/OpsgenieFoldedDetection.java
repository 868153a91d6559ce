package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.JsonHead;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Detection shared by the Opsgenie/JSM alert log and note parsers: both come in Opsgenie's {@code data}
 * envelope or JSM's {@code values} envelope (which also hold alerts, incidents and recipients), as a bare
 * array or as NDJSON, so the first record's keys decide. An empty envelope is claimed, weakly, only when the file
 * name says what it holds ({@code <alert-id>.logs.json}).
 */
final class OpsgenieFoldedDetection {

    private OpsgenieFoldedDetection() {
    }

    /**
     * @param what       "alert logs" or "alert notes", for the reasons
     * @param endpoint   {@code logs} or {@code notes}, the word in per-alert file names
     * @param recordKeys whether a record's keys are those of one log or note
     */
    static Detection detect(String fileName, String head, String what, String endpoint, Predicate<Set<String>> recordKeys) {
        JsonHead shape = JsonHead.of(head);
        if (shape.root() == JsonHead.Root.ARRAY) {
            return recordKeys.test(shape.recordKeys(JsonHead.ROOT_ARRAY))
                    ? Detection.yes(90, "JSON array of Opsgenie/JSM " + what) : none(shape, what);
        }
        if (shape.root() != JsonHead.Root.OBJECT) {
            return none(shape, what);
        }
        if (shape.rootKeys().contains("data") && recordKeys.test(shape.recordKeys("data"))) {
            return Detection.yes(100, "Opsgenie " + what + " envelope (GET /v2/alerts/{id}/" + endpoint + ")");
        }
        if (shape.rootKeys().contains("values") && recordKeys.test(shape.recordKeys("values"))) {
            return Detection.yes(100, "Jira Service Management " + what + " envelope (GET /v1/alerts/{id}/" + endpoint + ")");
        }
        boolean namedSo = FileNameParent.find(fileName, List.of(endpoint), OpsgenieParent.ID) != null;
        if (namedSo && (shape.isEmptyArray("data") || shape.isEmptyArray("values"))) {
            return Detection.yes(30, "empty Opsgenie/JSM list envelope in a file named <alert-id>." + endpoint + ".json");
        }
        if (recordKeys.test(shape.rootKeys())) {
            return shape.hasSeveralValues()
                    ? Detection.yes(90, "NDJSON of Opsgenie/JSM " + what)
                    : Detection.yes(80, "bare Opsgenie/JSM " + what.replaceFirst("s$", "") + " object");
        }
        return none(shape, what);
    }

    private static Detection none(JsonHead shape, String what) {
        return new Detection(0, "no Opsgenie/JSM " + what + " in it (" + shape.describe() + ")");
    }
}
