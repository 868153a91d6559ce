package dev.opshistory.ingest.parse.jira;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.ingest.parse.CollectingSink;
import dev.opshistory.ingest.parse.Parsing;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Reject;
import dev.opshistory.model.Source;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Jira issues beyond the contract: incidents in wiki markup (API v2), reviews, other issue types, detection. */
class JiraIssuesJsonParserTest {

    private final JiraIssuesJsonParser parser = new JiraIssuesJsonParser();

    private static final String V2_PAGE = """
            {"expand":"schema,names","startAt":0,"maxResults":50,"total":1,"issues":[
              {"expand":"operations,editmeta,changelog,transitions,renderedFields","id":"20001",
               "self":"https://jira.example.org/rest/api/2/issue/20001","key":"INC-88",
               "fields":{"summary":"Login page down","issuetype":{"name":"Incident","subtask":false},
                 "status":{"name":"Closed"},"priority":{"name":"P1"},
                 "created":"2024-11-02T03:14:00.000-0500","updated":"2024-11-02T05:00:00.000-0500",
                 "resolutiondate":"2024-11-02T04:20:00.000-0500",
                 "description":"h2. What we saw\\n* 100% of logins failed\\n* the status page said nothing\\n\\n||Metric||Value||\\n|errors|100%|",
                 "components":[{"name":"identity"}],"labels":["auth"],
                 "comment":{"comments":[{"body":"Restarted the IdP proxy; logins work again.","created":"2024-11-02T04:19:00.000-0500"}]}}}]}
            """;

    @Test
    void anIncidentInWikiMarkupIsReadWithItsTimesInUtcAndItsComponentAsService() {
        CollectingSink sink = Parsing.parse(parser, V2_PAGE, "jira-incidents.json");

        assertThat(sink.rejects).isEmpty();
        CanonicalEvent e = sink.events.get(0);
        assertThat(e.eventId()).isEqualTo("jsm:incident:20001");
        assertThat(e.kind()).isEqualTo(EventKind.INCIDENT);
        assertThat(e.source()).isEqualTo(Source.JSM);
        assertThat(e.sourceNumber()).isEqualTo("INC-88");
        assertThat(e.createdAt()).isEqualTo(Instant.parse("2024-11-02T08:14:00Z"));
        assertThat(e.resolvedAt()).isEqualTo(Instant.parse("2024-11-02T09:20:00Z"));
        assertThat(e.priority()).isEqualTo("P1");
        assertThat(e.service()).isEqualTo("identity");
        assertThat(e.major()).isFalse();
        assertThat(e.description()).isEqualTo(
                "## What we saw\n- 100% of logins failed\n- the status page said nothing\n\n|Metric|Value|\n|---|---|\n|errors|100%|");
        assertThat(e.notes()).containsExactly("Restarted the IdP proxy; logins work again.");
        assertThat(e.htmlUrl()).isEqualTo("https://jira.example.org/browse/INC-88");
    }

    @Test
    void aPostIncidentReviewIsAPostmortemThatNamesTheIssuesItLinks() {
        CollectingSink sink = Parsing.parse(parser, java.nio.file.Path.of("src/test/resources/parse/jira-search-page-v3.json"));

        CanonicalEvent review = sink.events.stream().filter(e -> e.kind() == EventKind.POSTMORTEM).findFirst().orElseThrow();
        assertThat(review.sourceId()).isEqualTo("OPS-240");
        assertThat(review.title()).isEqualTo("PIR: Checkout API returning 503 for EU customers");
        assertThat(review.postmortem().incidentRefs()).contains("OPS-231");
        assertThat(review.postmortem().rootCause()).startsWith("Release 2025.03.04-1 changed the default connection pool");
        assertThat(review.postmortem().actionItems()).hasSize(2);
        assertThat(review.createdAt()).as("no date in its text: the issue's").isEqualTo(Instant.parse("2025-03-07T09:00:00Z"));
    }

    @Test
    void customFieldsAreFoundByTheNamesThatFollowTheIssues() {
        CollectingSink sink = Parsing.parse(parser, java.nio.file.Path.of("src/test/resources/parse/jira-search-page-v3.json"));

        CanonicalEvent first = sink.events.get(0);
        assertThat(first.service()).as("Affected services, not the component").isEqualTo("checkout-api");
        assertThat(first.major()).isTrue();
        assertThat(sink.events.get(1).major()).isFalse();
    }

    @Test
    void anIssueOfAnotherTypeIsARejectNamingTheType() {
        CollectingSink sink = Parsing.parse(parser, java.nio.file.Path.of("src/test/resources/parse/jira-search-page-v3.json"));

        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo("record 4");
            assertThat(r.field()).isEqualTo("fields.issuetype.name");
            assertThat(r.reason()).contains("'Task'");
        });
        assertThat(sink.events).hasSize(3);
    }

    @Test
    void otherVendorsRecordsAreNotJiraIssues() {
        assertThat(parser.detect("incidents.json", "{\"incidents\":[{\"id\":\"P1\",\"incident_number\":1,\"created_at\":\"x\"}]}")
                .matches()).isFalse();
        assertThat(parser.detect("alerts.json", "{\"data\":[{\"id\":\"a\",\"alias\":\"k\",\"createdAt\":\"x\"}]}").matches())
                .isFalse();
        assertThat(parser.detect("issue.json", "{\"id\":\"1\",\"key\":\"OPS-1\",\"fields\":{\"summary\":\"x\"}}").matches())
                .isTrue();
    }

    @Test
    void aRejectKeepsItsPosition() {
        CollectingSink sink = Parsing.parse(parser,
                "{\"issues\":[{\"id\":\"1\",\"key\":\"OPS-1\",\"fields\":{\"summary\":\"x\",\"issuetype\":{\"name\":\"Incident\"}}}]}",
                "x.json");

        assertThat(sink.rejects).extracting(Reject::position, Reject::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("record 1", "fields.created"));
    }
}
