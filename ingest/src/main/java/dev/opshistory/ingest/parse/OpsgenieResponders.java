package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.RecordProblem;
import dev.opshistory.ingest.parse.json.RecordView;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads the {@code responders} of an Opsgenie/JSM alert or incident ({@code [{"type":"team","id":…,"name":…}, …]}),
 * which both resources write alike.
 */
final class OpsgenieResponders {

    private OpsgenieResponders() {
    }

    /**
     * The name (else the id) of the first responder whose {@code type} is one of {@code types} (lower case,
     * compared case-insensitively); null when there is none.
     */
    static String firstOfType(List<RecordView> responders, Set<String> types) throws RecordProblem {
        return firstOfType(responders, types, UnaryOperator.identity());
    }

    /**
     * Like {@link #firstOfType(List, Set)}, but a responder given by id only is named by {@code nameOfId} (real
     * Opsgenie responders are {@code {type, id}}; the team names come from the teams lookup).
     */
    static String firstOfType(List<RecordView> responders, Set<String> types, UnaryOperator<String> nameOfId)
            throws RecordProblem {
        for (RecordView responder : responders) {
            String type = responder.nonBlankText("type");
            if (type != null && types.contains(type.toLowerCase(Locale.ROOT))) {
                // both are read, so that either of the wrong type rejects the record
                String name = responder.nonBlankText("name");
                String id = responder.nonBlankText("id");
                if (name != null || id != null) {
                    return name != null ? name : nameOfId.apply(id);
                }
            }
        }
        return null;
    }
}
