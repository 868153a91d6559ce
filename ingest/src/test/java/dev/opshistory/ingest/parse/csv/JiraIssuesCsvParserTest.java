package dev.opshistory.ingest.parse.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.opshistory.ingest.parse.CollectingSink;
import dev.opshistory.ingest.parse.ParserRegistry;
import dev.opshistory.ingest.parse.Parsing;
import dev.opshistory.ingest.parse.PrefixedGoldenCases;
import dev.opshistory.ingest.parse.jira.JiraIssuesJsonParser;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Reject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Jira issue CSV exports of JSM incidents and reviews: columns as Jira writes them, rows as the JSON reader reads. */
class JiraIssuesCsvParserTest {

    private static final Path EXPORT = Path.of("src/test/resources/parse/jira-issues-export.csv");
    private static final String HEADER = "Summary,Issue key,Issue id,Issue Type,Status,Priority,Created,Resolved\r\n";

    private final JiraIssuesCsvParser parser = new JiraIssuesCsvParser();

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        return PrefixedGoldenCases.of("jira-", "csv", parser);
    }

    @Test
    void anIncidentRowGivesRepeatedColumnsCommentTextsCustomFieldsAndJirasDates() {
        CollectingSink sink = Parsing.parse(parser, EXPORT);

        CanonicalEvent e = sink.events.get(0);
        assertThat(e.eventId()).isEqualTo("jsm:incident:10231");
        assertThat(e.kind()).isEqualTo(EventKind.INCIDENT);
        assertThat(e.sourceNumber()).isEqualTo("OPS-231");
        assertThat(e.createdAt()).isEqualTo(Instant.parse("2025-03-04T09:12:00Z"));
        assertThat(e.resolvedAt()).isEqualTo(Instant.parse("2025-03-04T11:40:00Z"));
        assertThat(e.tags()).containsExactly("eu-west-1", "checkout");
        assertThat(e.service()).isEqualTo("checkout-api");
        assertThat(e.major()).isTrue();
        assertThat(e.notes()).containsExactly("Rolled back deploy 2025.03.04-1; error rate back to 0.2%.",
                "Root cause: a new connection pool setting halved the pool size.");
        assertThat(e.description()).startsWith("## What we see\n- EU customers get 503");
    }

    @Test
    void aReviewRowIsAPostmortemThatNamesTheIssueItLinks() {
        CanonicalEvent review = Parsing.parse(parser, EXPORT).events.stream()
                .filter(e -> e.kind() == EventKind.POSTMORTEM).findFirst().orElseThrow();

        assertThat(review.sourceId()).isEqualTo("OPS-240");
        assertThat(review.postmortem().incidentRefs()).containsExactly("OPS-231");
        assertThat(review.postmortem().actionItems()).hasSize(2);
    }

    @Test
    void theSameIssuesExportedAsJsonGiveTheSameEventIds() {
        CollectingSink csv = Parsing.parse(parser, EXPORT);
        CollectingSink json = Parsing.parse(new JiraIssuesJsonParser(), Path.of("src/test/resources/parse/jira-search-page-v3.json"));

        assertThat(csv.events).extracting(CanonicalEvent::eventId)
                .containsExactlyElementsOf(json.events.stream().map(CanonicalEvent::eventId).toList());
    }

    @Test
    void otherTypesAndUnreadableDatesAreRejectsAtTheirLines() {
        CollectingSink sink = Parsing.parse(parser, HEADER
                + "Rotate the phone,OPS-241,10241,Task,To Do,Low,08/Mar/25 9:00 AM,\r\n"
                + "Mail relay backlog,OPS-242,10242,Incident,Resolved,High,sometime in March,\r\n"
                + "Search down,OPS-243,10243,Incident,Resolved,High,2025-03-10T08:00:00+01:00,10/MAR/2025 9:30 am\r\n",
                "jira.csv");

        assertThat(sink.rejects).extracting(Reject::position, Reject::field)
                .containsExactly(tuple("line 2", "issue_type"), tuple("line 3", "created"));
        assertThat(sink.events).singleElement().satisfies(e -> {
            assertThat(e.createdAt()).isEqualTo(Instant.parse("2025-03-10T07:00:00Z"));
            assertThat(e.resolvedAt()).isEqualTo(Instant.parse("2025-03-10T09:30:00Z"));
        });
    }

    @Test
    void aHeaderWithoutTheIssueIdIsOneRejectForTheFile() {
        CollectingSink sink = Parsing.parse(parser, "Summary,Issue key,Issue Type,Created\r\nx,OPS-1,Incident,01/Jan/25 1:00 AM\r\n",
                "jira.csv");

        assertThat(sink.events).isEmpty();
        assertThat(sink.rejects).extracting(Reject::position, Reject::field).containsExactly(tuple("file", "issue_id"));
    }

    @Test
    void detectionTakesJiraExportsOnly() {
        assertThat(ParserRegistry.defaults().detect("export.csv", Parsing.head(EXPORT)).parser().format())
                .isEqualTo(JiraIssuesCsvParser.FORMAT);
        assertThat(parser.detect("incidents.csv", "id,incident_number,created_on,service_name\r\n").matches()).isFalse();
        assertThat(parser.detect("issues.json", "{\"issues\":[]}").matches()).isFalse();
    }
}
