package dev.opshistory.ingest.parse.jira;

import dev.opshistory.ingest.parse.json.JsonExportParser;
import dev.opshistory.ingest.parse.json.JsonShape;
import java.util.Set;

/**
 * Jira issues as the Jira REST API returns them: a search page ({@code /rest/api/3/search},
 * {@code /rest/api/3/search/jql}, {@code /rest/api/2/search}: {@code {"expand","startAt","maxResults","total",
 * "issues":[…],"names"}}), a bare issue ({@code GET /rest/api/3/issue/{key}}), a bare array and NDJSON. Jira Service
 * Management keeps its incidents and post-incident reviews as such issues (DESIGN.md §3): each becomes an INCIDENT
 * or a POSTMORTEM event, see {@link JiraIssueMapper}.
 *
 * <p>Detection: an issue has {@code key} and a {@code fields} object, with {@code id} or {@code self}; no other
 * vendor's record has both {@code key} and {@code fields}.
 */
public final class JiraIssuesJsonParser extends JsonExportParser {

    public static final String FORMAT = "jira-issues-json";

    private static final JsonShape SHAPE = JsonShape.ofKeys("Jira issues", "bare Jira issue object",
                    JiraIssuesJsonParser::looksLikeIssue)
            .list("issues", "Jira issue search page (REST /search)");

    public JiraIssuesJsonParser() {
        super(FORMAT, SHAPE, new JiraIssueMapper());
    }

    static boolean looksLikeIssue(Set<String> keys) {
        return keys.contains("key") && keys.contains("fields") && (keys.contains("id") || keys.contains("self"));
    }
}
