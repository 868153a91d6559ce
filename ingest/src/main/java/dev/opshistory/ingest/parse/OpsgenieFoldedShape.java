package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.JsonShape;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The shape shared by the Opsgenie/JSM alert log and note exports: both come in Opsgenie's {@code data}
 * envelope or JSM's {@code values} envelope (which also hold alerts, incidents and recipients), as a bare
 * array or as NDJSON, so the first record's keys decide. An empty envelope is claimed, weakly, only when the file
 * name says what it holds ({@code <alert-id>.logs.json}).
 */
final class OpsgenieFoldedShape {

    private OpsgenieFoldedShape() {
    }

    /**
     * @param what       "alert logs" or "alert notes", for the reasons
     * @param endpoint   {@code logs} or {@code notes}, the word in per-alert file names
     * @param recordKeys whether a record's keys are those of one log or note
     */
    static JsonShape of(String what, String endpoint, Predicate<Set<String>> recordKeys) {
        return JsonShape.ofKeys("Opsgenie/JSM " + what, "bare Opsgenie/JSM " + what.replaceFirst("s$", "") + " object", recordKeys)
                .list("data", "Opsgenie " + what + " envelope (GET /v2/alerts/{id}/" + endpoint + ")")
                .list("values", "Jira Service Management " + what + " envelope (GET /v1/alerts/{id}/" + endpoint + ")")
                .empty(30, "empty Opsgenie/JSM list envelope in a file named <alert-id>." + endpoint + ".json",
                        (fileName, head) -> FileNameParent.find(fileName, List.of(endpoint), OpsgenieParent.ID) != null
                                && (head.isEmptyArray("data") || head.isEmptyArray("values")));
    }
}
