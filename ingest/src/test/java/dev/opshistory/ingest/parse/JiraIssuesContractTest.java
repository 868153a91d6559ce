package dev.opshistory.ingest.parse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.jira.JiraIssuesJsonParser;
import java.nio.file.Path;
import java.util.List;

/**
 * The parser contract for Jira issues (JSM incidents), on the incidents of a search page written in the shape the
 * field reference documents ({@code formats/jsm/FIELD_REFERENCE.md}; no captured Jira payload is public).
 */
class JiraIssuesContractTest extends ExportParserContractTest {

    private static final Path PAGE = Path.of("src/test/resources/parse/jira-search-page-v3.json");

    JiraIssuesContractTest() {
        super(new JiraIssuesJsonParser(),
                new RecordFields("id", "fields.created", "fields.summary", true),
                new ListEnvelope("issues", List.of("\"startAt\": 0", "\"maxResults\": 50", "\"total\": 2"),
                        "{\"startAt\": 0, \"maxResults\": 50, \"total\": 0, \"issues\": []}"));
    }

    @Override
    protected List<ObjectNode> realRecords() {
        return List.of(record(PAGE, "issues", "0"), record(PAGE, "issues", "1"));
    }
}
