package dev.opshistory.ingest.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.ingest.FormatChooser;
import dev.opshistory.ingest.IngestRunner;
import dev.opshistory.ingest.Progress;
import dev.opshistory.ingest.parse.ParserRegistry;
import dev.opshistory.model.EventJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real export files with planted secrets and people, through the real parsers and {@link IngestRunner}: nothing
 * that a consumer receives holds a planted secret, with or without pseudonyms, and with pseudonyms no planted
 * name or address either.
 */
class IngestRunnerPrivacyTest {

    private static final String SERVICE_KEY = "c0ffee0123456789abcdef0123456789";
    private static final String PASSWORD = "hunter2";
    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvcHMifQ.c2lnbmF0dXJlMTIz";
    private static final String REJECT_TOKEN = "ghp_R3jectT0kenR3jectT0kenR3jectT0ken123";
    private static final List<String> SECRETS = List.of(SERVICE_KEY, PASSWORD, JWT, REJECT_TOKEN);
    private static final List<String> PEOPLE = List.of("Alice Example", "alice@example.com", "Bob Example",
            "carol@example.com", "Erin Example");

    @TempDir
    Path dir;

    @Test
    void noConsumerReceivesAPlantedSecret() throws Exception {
        String everything = ingest(PrivacyFilter.redactOnly());
        for (String secret : SECRETS) {
            assertThat(everything).as(secret).doesNotContain(secret);
        }
        assertThat(everything).contains("Alice Example"); // names stay without --pseudonymize
    }

    @Test
    void withPseudonymsNoConsumerReceivesAPlantedNameOrAddress() throws Exception {
        String everything = ingest(PrivacyFilter.pseudonymizing(
                new Pseudonymizer(PseudonymKey.of("k".getBytes(StandardCharsets.UTF_8)))));
        for (String value : concat(SECRETS, PEOPLE)) {
            assertThat(everything).as(value).doesNotContain(value);
        }
        assertThat(everything).containsPattern("person-[0-9a-f]{8}");
    }

    private String ingest(PrivacyFilter filter) throws Exception {
        Path incidents = Files.writeString(dir.resolve("incidents.json"), """
                {"incidents":[{"id":"PPRIV01","incident_number":7,"title":"Checkout errors","description":"paged Bob Example",
                 "created_at":"2024-03-01T10:00:00Z","updated_at":"2024-03-01T11:00:00Z","status":"resolved",
                 "urgency":"high","service":{"id":"PS1","type":"service_reference","summary":"checkout"},
                 "acknowledgements":[{"at":"2024-03-01T10:05:00Z","acknowledger":{"id":"PU1","type":"user_reference","summary":"Alice Example"}}],
                 "last_status_change_by":{"id":"PU2","type":"user_reference","summary":"Bob Example"},
                 "first_trigger_log_entry":{"id":"R1","type":"trigger_log_entry","created_at":"2024-03-01T10:00:00Z",
                   "channel":{"type":"api","service_key":"%s","summary":"Checkout errors"}},
                 "body":{"type":"incident_body","details":"service_key=%s"}}],"limit":25,"offset":0,"more":false}
                """.formatted(SERVICE_KEY, SERVICE_KEY));
        Path alerts = Files.writeString(dir.resolve("alerts.json"), """
                {"data":[{"id":"og-priv-1","tinyId":"9","message":"Login failing for carol@example.com",
                  "description":"db login with password=%s, header Authorization: Bearer %s","status":"closed",
                  "createdAt":"2024-03-01T12:00:00Z","priority":"P2","details":{"password":"%s","service":"auth"},
                  "report":{"ackTime":60000,"closeTime":120000,"acknowledgedBy":"carol@example.com","closedBy":"Alice Example"}},
                 {"id":"og-priv-2","message":"token %s","report":{"acknowledgedBy":"Erin Example"}}],
                 "took":0.1,"requestId":"r"}
                """.formatted(PASSWORD, JWT, PASSWORD, REJECT_TOKEN));
        List<String> out = new ArrayList<>();
        IngestRunner runner = new IngestRunner(FormatChooser.detecting(ParserRegistry.defaults()),
                e -> out.add(EventJson.toJson(e)), e -> out.add(EventJson.toJson(e)), r -> out.add(EventJson.toJson(r)),
                Progress.silent(), filter);
        var reconciliation = runner.ingest(List.of(incidents, alerts));
        assertThat(reconciliation.total().rejected()).isEqualTo(1);
        assertThat(reconciliation.total().accepted()).isEqualTo(2);
        return String.join("\n", out);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
