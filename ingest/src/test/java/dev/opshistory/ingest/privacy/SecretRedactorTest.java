package dev.opshistory.ingest.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretRedactorTest {

    private static final String HEX_KEY = "9f3c2b1a0d4e5f60718293a4b5c6d7e8";
    private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
            + "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    private static final String GITHUB = "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";

    private final SecretRedactor redactor = new SecretRedactor();

    /** A text holding a secret, and the secret that must be gone afterwards. */
    static Stream<Arguments> secrets() {
        return Stream.of(
                Arguments.of("{\"type\":\"api\",\"service_key\":\"" + HEX_KEY + "\"}", HEX_KEY),
                Arguments.of("channel.service_key=" + HEX_KEY, HEX_KEY),
                Arguments.of("{\\\"integration_key\\\":\\\"" + HEX_KEY + "\\\"}", HEX_KEY),
                Arguments.of("\"routing_key\": \"R0ABCDEF1234567890ABCDEF12345678\"", "R0ABCDEF1234567890ABCDEF12345678"),
                Arguments.of("key: " + HEX_KEY, HEX_KEY),
                Arguments.of("login failed: password=hunter2 for db", "hunter2"),
                Arguments.of("{\"password\": \"correct horse battery staple\"}", "correct horse battery"),
                Arguments.of("DB_PASSWORD=s3cr3t!x", "s3cr3t!x"),
                Arguments.of("passwd: swordfish", "swordfish"),
                Arguments.of("pwd='Tr0ub4dor&3'", "Tr0ub4dor&3"),
                Arguments.of("{\"dbPassword\":\"pa55word\"}", "pa55word"),
                Arguments.of("api_key=abcdef123456", "abcdef123456"),
                Arguments.of("X-Api-Key: 5f4dcc3b-aa76-4d61-b2f3", "5f4dcc3b-aa76-4d61-b2f3"),
                Arguments.of("{\"apiKey\":\"k-778899aabb\"}", "k-778899aabb"),
                Arguments.of("client_secret: Zm9vYmFyYmF6cXV4", "Zm9vYmFyYmF6cXV4"),
                Arguments.of("secret = 'letmein42'", "letmein42"),
                Arguments.of("access_token=ya29.A0ARrdaM-longtoken", "ya29.A0ARrdaM-longtoken"),
                Arguments.of("{\"accessToken\":\"tok_998877\"}", "tok_998877"),
                Arguments.of("Authorization: Bearer " + JWT, JWT),
                Arguments.of("{\"Authorization\": \"Bearer abc.def-ghi_jkl123\"}", "abc.def-ghi_jkl123"),
                Arguments.of("Authorization: Token token=y_NbAkKc66ryYTWUXYEu", "y_NbAkKc66ryYTWUXYEu"),
                Arguments.of("curl -H 'Authorization: GenieKey 0a1b2c3d-4e5f-6789-abcd-ef0123456789'",
                        "0a1b2c3d-4e5f-6789-abcd-ef0123456789"),
                Arguments.of("Authorization: Basic dXNlcjpwYXNzd29yZA==", "dXNlcjpwYXNzd29yZA=="),
                Arguments.of("Cookie: session=abc123; csrftoken=def456", "abc123"),
                Arguments.of("called the API with Bearer " + JWT, JWT),
                Arguments.of("sent Bearer 0123456789abcdefXYZ to the proxy", "0123456789abcdefXYZ"),
                // the scheme starts the text, or follows punctuation, and white space of any kind follows it
                Arguments.of("bearer\t0123456789abcdefXYZ", "0123456789abcdefXYZ"),
                Arguments.of("headers={'x':'SSWS\n00aBcDeFgHiJkLmNoPqRsTuV'}", "00aBcDeFgHiJkLmNoPqRsTuV"),
                Arguments.of("auth=(BASIC\r\nZm9vOmJhcjEyMzQ1Njc4OQ==)", "Zm9vOmJhcjEyMzQ1Njc4OQ=="),
                Arguments.of("key:\"geniekey 0a1b2c3d-4e5f-6789\"", "0a1b2c3d-4e5f-6789"),
                Arguments.of("token in the log: " + JWT, JWT),
                Arguments.of("AWS key AKIAIOSFODNN7EXAMPLE leaked", "AKIAIOSFODNN7EXAMPLE"),
                Arguments.of("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
                Arguments.of("{\"SecretAccessKey\":\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"}",
                        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
                Arguments.of("push with " + GITHUB + " failed", GITHUB),
                Arguments.of("github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
                        "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz"),
                Arguments.of("slack xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
                        "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"),
                Arguments.of("hook https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                        "XXXXXXXXXXXXXXXXXXXXXXXX"),
                Arguments.of("https://events.pagerduty.com/integration/" + HEX_KEY + "/enqueue", HEX_KEY),
                Arguments.of("stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
                Arguments.of("maps AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe", "AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe"),
                Arguments.of("glpat-abcdefghij0123456789 in CI", "glpat-abcdefghij0123456789"),
                Arguments.of("db at postgres://admin:Sup3rS3cret@db.internal:5432/app", "Sup3rS3cret"),
                Arguments.of("https://alice:pw12345@git.example.com/repo.git", "pw12345"),
                Arguments.of("dsn https://0123456789abcdef0123@o1.ingest.sentry.io/42", "0123456789abcdef0123"),
                Arguments.of("runbook https://wiki.example.com/rb?token=abc123XYZ&page=2", "abc123XYZ"),
                Arguments.of("https://s3.amazonaws.com/b/k?X-Amz-Signature=deadbeefcafe&X-Amz-Credential=AK/x",
                        "deadbeefcafe"),
                Arguments.of("https://maps.example.com/api?key=QWERTY0987", "QWERTY0987"),
                Arguments.of("key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7zZ\n-----END RSA PRIVATE KEY-----\n",
                        "MIIEowIBAAKCAQEA7zZ"),
                Arguments.of("-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAA…", "b3BlbnNzaC1rZXktdjEAAAA"),
                Arguments.of("{\"details\":{\"password\":\"hunter2\",\"service\":\"payments\"}}", "hunter2"),
                Arguments.of("\"credentials\": \"user:Pa$$w0rd\"", "Pa$$w0rd"),
                Arguments.of(":password => 'rubyHash99'", "rubyHash99"),
                Arguments.of("token := \"goAssign77\"", "goAssign77"),
                Arguments.of("db:\n  user: app\n  password: yamlS3cret\n", "yamlS3cret"),
                Arguments.of("{\"headers\":\"{\\\"Authorization\\\":\\\"Bearer escapedTok3n\\\"}\"}", "escapedTok3n"),
                Arguments.of("git clone https://ghp-user:glpat-xyz0123456789abcdefg@gitlab.example.com/r.git",
                        "glpat-xyz0123456789abcdefg"));
    }

    @ParameterizedTest
    @MethodSource("secrets")
    void redactsTheSecret(String text, String secret) {
        String redacted = redactor.redact(text);
        assertThat(redacted).doesNotContain(secret).contains(SecretRedactor.REDACTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "password reset page returns 500",
        "token bucket rate limiter rejecting 30% of requests",
        "api_key rotation failed on host-12",
        "Secret Manager latency above 2s",
        "The bearer of bad news: disk full on db-3",
        "Basic authentication disabled for /admin",
        "incident_key: " + HEX_KEY,
        "{\"incident_key\":\"" + HEX_KEY + "\",\"alert_key\":\"" + HEX_KEY + "\"}",
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 deployed",
        "request_id=" + HEX_KEY,
        "CPU at 95% on web-1: threshold=90 for 5m",
        "https://status.example.com/incidents/123?page=2",
        "Alert acknowledged via web by someone",
        "max_tokens=4096 exceeded by prompt",
        "{\"token_type\":\"bearer\",\"expires_in\":3600}",
        "webbasic 0123456789abcdef inside a word",
        "sub_bearer 0123456789abcdefXYZ",
        "password: null",
        "Short"
    })
    void leavesOrdinaryTextAlone(String text) {
        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @Test
    void keepsTheKeyNameAndTheJsonShape() {
        assertThat(redactor.redact("{\"password\":\"hunter2\",\"service\":\"payments\"}"))
                .isEqualTo("{\"password\":\"[REDACTED]\",\"service\":\"payments\"}");
        assertThat(redactor.redact("Authorization: Bearer " + JWT))
                .isEqualTo("Authorization: Bearer [REDACTED]");
        assertThat(redactor.redact("retry with password=hunter2, then page"))
                .isEqualTo("retry with password=[REDACTED], then page");
    }

    @Test
    void redactsEveryOccurrenceInALongText() {
        String text = ("user=app password=hunter2 ").repeat(50);
        assertThat(redactor.redact(text)).doesNotContain("hunter2");
    }

    @Test
    void redactingTwiceChangesNothingMore() {
        String once = redactor.redact("api_key=abc123def456 and Bearer " + JWT + " and " + GITHUB);
        assertThat(redactor.redact(once)).isEqualTo(once);
    }

    @Test
    void nullStaysNull() {
        assertThat(redactor.redact(null)).isNull();
    }
}
