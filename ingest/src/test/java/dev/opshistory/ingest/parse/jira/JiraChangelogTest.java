package dev.opshistory.ingest.parse.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opshistory.ingest.parse.json.RecordView;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Acknowledgement and resolution from a Jira incident's status changes. */
class JiraChangelogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant RESOLVED = Instant.parse("2025-03-04T10:40:00Z");

    private static RecordView issue(String histories) throws Exception {
        return RecordView.of(JSON.readTree("{\"id\":\"1\",\"changelog\":{\"histories\":[" + histories + "]}}"));
    }

    private static String change(String at, String name, String accountType, String field) {
        return "{\"created\":\"" + at + "\",\"author\":{\"displayName\":\"" + name + "\",\"accountType\":\"" + accountType
                + "\"},\"items\":[{\"field\":\"" + field + "\",\"fromString\":\"a\",\"toString\":\"b\"}]}";
    }

    @Test
    void theFirstStatusChangeBeforeTheResolutionIsTheAcknowledgementWhateverTheOrderGiven() throws Exception {
        JiraChangelog log = JiraChangelog.of(issue(String.join(",",
                change("2025-03-04T10:40:00.000+0000", "Automation for Jira", "app", "status"),
                change("2025-03-04T09:30:00.000+0000", "Leo Park", "atlassian", "status"),
                change("2025-03-04T09:20:00.000+0100", "Dana Iyer", "atlassian", "status"),
                change("2025-03-04T08:10:00.000+0000", "Dana Iyer", "atlassian", "assignee"))), RESOLVED);

        assertThat(log.acknowledgedAt()).isEqualTo(Instant.parse("2025-03-04T08:20:00Z"));
        assertThat(log.acknowledgedBy()).isEqualTo("Dana Iyer");
        assertThat(log.humanAcknowledged()).isTrue();
        assertThat(log.resolvedBy()).isEqualTo("Automation for Jira");
        assertThat(log.autoResolved()).isTrue();
    }

    @Test
    void anIncidentResolvedStraightFromItsOpeningStatusWasNotAcknowledged() throws Exception {
        JiraChangelog log = JiraChangelog.of(issue(change("2025-03-04T10:40:20.000+0000", "Leo Park", "atlassian", "status")),
                RESOLVED);

        assertThat(log.acknowledgedAt()).isNull();
        assertThat(log.resolvedBy()).isEqualTo("Leo Park");
        assertThat(log.autoResolved()).isFalse();
    }

    @Test
    void anOpenIncidentHasItsAcknowledgementAndNoResolver() throws Exception {
        JiraChangelog log = JiraChangelog.of(issue(change("2025-03-04T09:00:00.000+0000", "Bot", "unknown", "status")), null);

        assertThat(log.acknowledgedAt()).isEqualTo(Instant.parse("2025-03-04T09:00:00Z"));
        assertThat(log.humanAcknowledged()).as("an account type it does not know").isNull();
        assertThat(log.resolvedBy()).isNull();
        assertThat(log.autoResolved()).isNull();
    }

    @Test
    void withoutAChangelogNothingIsKnown() throws Exception {
        JiraChangelog log = JiraChangelog.of(RecordView.of(JSON.readTree("{\"id\":\"1\"}")), RESOLVED);

        assertThat(log).isEqualTo(new JiraChangelog(null, null, null, null, null));
    }
}
