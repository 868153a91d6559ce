package dev.opshistory.app.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Export files in the vendors' real shapes with secrets, people and hostile names planted in them: a PagerDuty
 * incident whose {@code first_trigger_log_entry.channel.service_key} and {@code body.details} hold integration
 * keys, its log entries (an acknowledgement and a note naming people and a key), an Opsgenie alert whose
 * {@code details} and description hold {@code password=hunter2} and a Bearer JWT, a note on it, malformed
 * PagerDuty and Opsgenie records carrying a key and a token (they land in the rejects), a postmortem whose action items have owners and
 * a password, and a PagerDuty incident on a service named {@code ../../etc/evil} with slashes in its title.
 */
final class PlantedExports {

    static final String PD_TRIGGER_KEY = "c0ffee00c0ffee00c0ffee00c0ffee01";
    static final String PD_DETAILS_KEY = "c0ffee00c0ffee00c0ffee00c0ffee02";
    static final String PD_DESCRIPTION_KEY = "c0ffee00c0ffee00c0ffee00c0ffee03";
    static final String PD_NOTE_KEY = "c0ffee00c0ffee00c0ffee00c0ffee04";
    static final String PD_REJECT_KEY = "c0ffee00c0ffee00c0ffee00c0ffee05";
    static final String PASSWORD = "hunter2";
    static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwbGFudGVkLXByaXZhY3kifQ.cGxhbnRlZFNpZ25hdHVyZTEyMw";
    static final String URL_TOKEN = "plantedUrlToken9876";
    static final String REJECT_TOKEN = "plantedRejectToken4321";
    static final String NOTE_GITHUB_TOKEN = "ghp_PlantedGithubToken0123456789abcdefABCD";
    static final String POSTMORTEM_PASSWORD = "plantedPmPassw0rd";

    static final String ALICE = "Alice Plantedname";
    static final String BOB = "Bob Plantedname";
    static final String CAROL_EMAIL = "carol.planted@example.com";
    static final String DANA = "Dana Plantedname";
    static final String DANA_EMAIL = "dana.planted@example.com";
    static final String ERIN = "Erin Plantedname";
    static final String ERIN_EMAIL = "erin.planted@example.com";
    static final String FRANK_EMAIL = "frank.planted@example.com";
    static final String GRACE = "Grace Plantedname";

    static final String EVIL_SERVICE = "../../etc/evil";

    /** The ids of the planted records: every message of this run on a topic names one of them. */
    static final List<String> IDS = List.of("PPRIVA1", "PPRIVA2", "PPRIVBAD", "og-priv-0001", "og-priv-bad",
            "privacy-planted");

    private PlantedExports() {
    }

    static List<String> secrets() {
        return List.of(PD_TRIGGER_KEY, PD_DETAILS_KEY, PD_DESCRIPTION_KEY, PD_NOTE_KEY, PD_REJECT_KEY, PASSWORD, JWT,
                URL_TOKEN, REJECT_TOKEN, NOTE_GITHUB_TOKEN, POSTMORTEM_PASSWORD);
    }

    static List<String> people() {
        return List.of(ALICE, BOB, CAROL_EMAIL, DANA, DANA_EMAIL, ERIN, ERIN_EMAIL, FRANK_EMAIL, GRACE);
    }

    static List<String> secretsAndPeople() {
        List<String> all = new ArrayList<>(secrets());
        all.addAll(people());
        return all;
    }

    /** Writes the exports below {@code dir}. */
    static void write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("pagerduty"));
        Files.createDirectories(dir.resolve("opsgenie"));
        Files.createDirectories(dir.resolve("postmortems"));
        Files.writeString(dir.resolve("pagerduty/incidents-privacy.json"), """
                {"incidents":[
                 {"id":"PPRIVA1","type":"incident","incident_number":9101,"title":"Checkout 500s after deploy",
                  "description":"%s rolled back; integration key service_key=%s",
                  "created_at":"2024-03-01T10:00:00Z","updated_at":"2024-03-01T11:00:00Z","status":"resolved",
                  "urgency":"high","incident_key":"privacy-planted-1",
                  "service":{"id":"PSPRIV1","type":"service_reference","summary":"checkout-privacy"},
                  "escalation_policy":{"id":"PEPRIV1","type":"escalation_policy_reference","summary":"checkout-oncall"},
                  "acknowledgements":[{"at":"2024-03-01T10:04:00Z",
                    "acknowledger":{"id":"PUPRIV1","type":"user_reference","summary":"%s"}}],
                  "last_status_change_by":{"id":"PUPRIV2","type":"user_reference","summary":"%s"},
                  "first_trigger_log_entry":{"id":"RPRIV1","type":"trigger_log_entry","created_at":"2024-03-01T10:00:00Z",
                    "channel":{"type":"api","service_key":"%s","summary":"Checkout 500s after deploy",
                      "details":{"service_key":"%s"}}},
                  "body":{"type":"incident_body",
                    "details":"runbook https://wiki.example.com/runbooks/checkout?token=%s integration_key=%s"}},
                 {"id":"PPRIVA2","type":"incident","incident_number":9102,
                  "title":"disk /var/lib/../../etc/passwd full / retry on ../../tmp/x",
                  "created_at":"2024-03-02T03:00:00Z","updated_at":"2024-03-02T03:20:00Z","status":"resolved",
                  "urgency":"high",
                  "service":{"id":"PSPRIV2","type":"service_reference","summary":"%s"},
                  "teams":[{"id":"PTPRIV2","type":"team_reference","summary":"../evil-team/"}],
                  "escalation_policy":{"id":"PEPRIV2","type":"escalation_policy_reference","summary":"../../../tmp/evil-queue"}},
                 {"id":"PPRIVBAD","first_trigger_log_entry":{"id":"RPRIVBAD","type":"trigger_log_entry",
                    "channel":{"type":"api","service_key":"%s"}},"title":"no created_at: rejected"}
                ],"limit":25,"offset":0,"more":false,"total":null}
                """.formatted(BOB, PD_DESCRIPTION_KEY, ALICE, BOB, PD_TRIGGER_KEY, PD_TRIGGER_KEY, URL_TOKEN,
                PD_DETAILS_KEY, EVIL_SERVICE, PD_REJECT_KEY));
        Files.writeString(dir.resolve("pagerduty/PPRIVA1.log_entries.json"), """
                {"log_entries":[
                 {"id":"RPRIVACK","type":"acknowledge_log_entry","created_at":"2024-03-01T10:04:00Z",
                  "summary":"Acknowledged by %s.",
                  "agent":{"id":"PUPRIV1","type":"user_reference","summary":"%s"},
                  "channel":{"type":"website"},"incident":{"id":"PPRIVA1","type":"incident_reference"}},
                 {"id":"RPRIVNOTE","type":"annotate_log_entry","created_at":"2024-03-01T10:30:00Z",
                  "agent":{"id":"PUPRIV3","type":"user_reference","summary":"%s"},
                  "channel":{"type":"note","summary":"%s rotated the key, old one routing_key=%s; ask %s"},
                  "incident":{"id":"PPRIVA1","type":"incident_reference"}}
                ],"limit":25,"offset":0,"more":false}
                """.formatted(ALICE, ALICE, DANA, DANA, PD_NOTE_KEY, DANA_EMAIL));
        Files.writeString(dir.resolve("opsgenie/alerts-privacy.json"), """
                {"data":[
                 {"id":"og-priv-0001","tinyId":"9201","alias":"privacy-planted-2","message":"Login errors for %s",
                  "description":"auth failed with password=%s and header Authorization: Bearer %s",
                  "status":"closed","acknowledged":true,"count":1,"priority":"P2",
                  "createdAt":"2024-03-03T12:00:00Z","updatedAt":"2024-03-03T12:30:00Z",
                  "tags":["auth"],"details":{"service":"auth-privacy","password":"%s","Authorization":"Bearer %s"},
                  "integration":{"id":"int-1","name":"Grafana","type":"Grafana"},
                  "report":{"ackTime":120000,"closeTime":900000,"acknowledgedBy":"%s","closedBy":"%s"}},
                 {"id":"og-priv-bad","message":"token=%s seen by %s","report":{"acknowledgedBy":"%s"}}
                ],"took":0.01,"requestId":"privacy-planted"}
                """.formatted(CAROL_EMAIL, PASSWORD, JWT, PASSWORD, JWT, CAROL_EMAIL, ALICE, REJECT_TOKEN,
                ERIN_EMAIL, ERIN));
        Files.writeString(dir.resolve("opsgenie/og-priv-0001.notes.json"), """
                {"data":[
                 {"note":"%s and %s checked it; CI used %s","owner":"%s",
                  "createdAt":"2024-03-03T12:10:00Z","offset":"1709467800000_1"}
                ],"took":0.01,"requestId":"privacy-planted"}
                """.formatted(FRANK_EMAIL, ALICE, NOTE_GITHUB_TOKEN, FRANK_EMAIL));
        Files.writeString(dir.resolve("postmortems/2024-03-01-privacy-planted.md"), """
                # Checkout outage Postmortem (incident #9101)

                ## Date

                2024-03-01

                ## Summary

                Checkout returned 500s for 60 minutes after a deploy. %s paged %s.

                ## Impact

                1,200 failed checkouts.

                ## Root Causes

                A deployed defect: the new release read the database password from the wrong key
                (password: %s was logged in clear).

                ## Trigger

                Deploy of release 42.

                ## Resolution

                %s rolled the release back.

                ## Detection

                The checkout error-rate alert paged the on-call.

                ## Action Items

                | Action Item | Type | Owner | Bug |
                | ----------- | ---- | ----- | --- |
                | Rotate the leaked secret=%s | mitigate | %s | PRIV-1 **TODO** |
                | Add a canary stage | prevent | %s | PRIV-2 **DONE** |
                """.formatted(ALICE, GRACE, POSTMORTEM_PASSWORD, BOB, POSTMORTEM_PASSWORD, GRACE, BOB));
    }
}
