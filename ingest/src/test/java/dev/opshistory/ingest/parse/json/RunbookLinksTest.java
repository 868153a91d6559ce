package dev.opshistory.ingest.parse.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RunbookLinksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void aKeyNamingARunbookGivesItsLink() throws Exception {
        assertThat(RunbookLinks.find(json("{\"summary\": \"5xx\", \"runbook_url\": \"https://ops.example.org/rb/5xx\"}")))
                .isEqualTo("https://ops.example.org/rb/5xx");
    }

    @Test
    void aRunbookNamedInTheTextWinsOverAWikiPageAndAPostmortemIsNeverOne() throws Exception {
        String details = """
                ## Related
                - [Post-mortem: 2026-02-15 CPU incident](https://wiki.internal/postmortems/2026-02-15)
                - [Cert management wiki](https://wiki.internal/certs)
                ## Runbook
                - [Steps for the on-call](https://ops.example.org/runbooks/api-gateway-errors)
                """;

        assertThat(RunbookLinks.find(JSON.valueToTree(details))).isEqualTo("https://ops.example.org/runbooks/api-gateway-errors");
    }

    @Test
    void aLabelOrALinksTextNamesTheRunbookThoughItsAddressDoesNot() throws Exception {
        assertThat(RunbookLinks.find(JSON.valueToTree("Dashboard: https://grafana.example.org/d/1\nRunbook: https://docs.example.org/p/42")))
                .isEqualTo("https://docs.example.org/p/42");
        assertThat(RunbookLinks.find(JSON.valueToTree("see the [playbook](https://docs.example.org/p/7) first")))
                .isEqualTo("https://docs.example.org/p/7");
    }

    @Test
    void aWikiPageIsTakenOnlyWhenNothingNamesARunbookAndNeverAReviewOnTheWiki() throws Exception {
        assertThat(RunbookLinks.find(json("{\"notes\": \"https://acme.atlassian.net/wiki/spaces/OPS/pages/9/Disk+full\"}")))
                .isEqualTo("https://acme.atlassian.net/wiki/spaces/OPS/pages/9/Disk+full");
        assertThat(RunbookLinks.find(json("{\"notes\": \"Last time: https://acme.atlassian.net/wiki/spaces/ENG/pages/123/2026-02-01+Postmortem\"}")))
                .isNull();
        assertThat(RunbookLinks.find(json("{\"wiki\": \"https://wiki.example.org/db\", \"runbook\": \"https://rb.example.org/db\"}")))
                .isEqualTo("https://rb.example.org/db");
    }

    @Test
    void contextsGiveALinkNamedARunbookBeforeAWikiOneAndNeverAReview() throws Exception {
        JsonNode contexts = json("""
                [{"type": "link", "href": "https://wiki.example.org/x", "text": "Incident review of March"},
                 {"type": "link", "href": "https://wiki.example.org/y", "text": "Disk notes"},
                 {"type": "link", "href": "https://docs.example.org/z", "text": "Runbook"}]""");

        assertThat(RunbookLinks.fromContexts(contexts)).isEqualTo("https://docs.example.org/z");
        assertThat(RunbookLinks.fromContexts(json("[{\"type\": \"link\", \"href\": \"https://wiki.example.org/x\","
                + " \"text\": \"Postmortem\"}]"))).isNull();
    }
}
