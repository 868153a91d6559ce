package dev.opshistory.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FingerprintTemplaterTest {

    private final FingerprintTemplater templater = new FingerprintTemplater();

    /** Titles of one alert as different firings phrase it; each group must give one template. */
    static Stream<Arguments> variantsOfOneAlert() {
        return Stream.of(
                group("Prometheus via Alertmanager",
                        "[FIRING:1] KubePodCrashLooping: Pod default/checkout-7d9f8b6c5-x2vqj is crash looping",
                        "[FIRING:3] KubePodCrashLooping: Pod default/checkout-5c8b7d9f6-qw2zp is crash looping"),
                group("Prometheus instance down",
                        "Instance 10.0.0.12:9100 down", "Instance 10.0.3.7:9100 down", "Instance [fd00::1:23]:9100 down"),
                group("Prometheus keyed label values",
                        "Disk full on mountpoint=\"/var/lib/docker\" instance=\"node-1:9100\"",
                        "Disk full on mountpoint=\"/data\" instance=\"10.2.0.4:9100\""),
                group("Datadog monitor notifications",
                        "[Triggered on {host:web-01}] p99 latency > 300ms on checkout",
                        "[Re-Triggered on {host:web-02}] p99 latency > 450ms on checkout",
                        "[Warn on {host:i-0abc1234def567890}] p99 latency > 1.5s on checkout"),
                group("Datadog host tag",
                        "High CPU on host:ip-10-0-1-23 (92.5%)", "High CPU on host:db-replica-3.prod.internal (88%)"),
                group("CloudWatch alarm",
                        "ALARM: \"HighCPU-i-0abc1234def567890\" in US East (N. Virginia)",
                        "ALARM: \"HighCPU-i-09f8e7d6c5b4a3210\" in US East (N. Virginia)"),
                group("Nagios service alert",
                        "** PROBLEM Service Alert: web01.example.com/HTTP is CRITICAL **",
                        "** PROBLEM Service Alert: web17.example.com/HTTP is CRITICAL **"),
                group("Nagios host alert",
                        "** PROBLEM Host Alert: db02 is DOWN **", "** PROBLEM Host Alert: db11 is DOWN **"),
                group("hosts and percentages",
                        "Disk usage on host-123 above 90% for 5m", "Disk usage on host-7 above 95% for 10m"),
                group("AWS private DNS names",
                        "High CPU on ip-10-0-1-23.ec2.internal at 93.5%",
                        "High CPU on ip-10-0-7-201.us-west-2.compute.internal at 88%"),
                group("UUIDs and timestamps",
                        "Job 8f14e45f-ceea-467f-a5c7-1e3b2d0c9a1b failed at 2024-03-01T10:00:00Z",
                        "Job 0b9e6f1a-2c3d-4e5f-8a9b-0c1d2e3f4a5b failed at 2024-03-02 11:15:42 UTC"),
                group("dates in other spellings",
                        "Backup finished late on Jan 5, 2024 at 04:10",
                        "Backup finished late on 2024/02/17 at 23:59:01",
                        "Backup finished late on 03/01/2024 at 4:10 am"),
                group("durations",
                        "Replication lag above 300ms for 2h", "Replication lag above 1.5s for 1h30m",
                        "Replication lag above 2 seconds for 45 minutes"),
                group("sizes and counts",
                        "Queue orders has 12,345 messages (512MB)", "Queue orders has 87 messages (2 GiB)"),
                group("hex ids and commits",
                        "Deploy of commit abc123f failed", "Deploy of commit 9f8e7d6c5b4a failed"),
                group("e-mail addresses and URLs",
                        "Login failures for bob@example.com at https://sso.example.com/login?x=1",
                        "Login failures for alice.smith@corp.example.org at https://sso.example.com/login?x=2"),
                group("IPv6",
                        "Connection refused to fe80::1ff:fe23:4567:890a%eth0",
                        "Connection refused to 2001:db8::ff00:42:8329"),
                group("ticket numbers and trailing punctuation",
                        "[#1234] The server is on fire.", "[#271] The server is on fire"),
                group("case and whitespace",
                        "High  Error Rate on   Checkout", "high error rate on checkout"),
                group("random ids in names",
                        "Payment webhook retries exceeded for merchant m_8H2kLq9Z",
                        "Payment webhook retries exceeded for merchant m_Q7pR2sT4x"),
                group("lists of one kind of value",
                        "Hosts 10.0.0.1, 10.0.0.2 and 10.0.0.3 unreachable", "Hosts 10.0.0.9 unreachable"));
    }

    private static Arguments group(String style, String... titles) {
        return Arguments.of(style, Arrays.asList(titles));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variantsOfOneAlert")
    void variantsOfOneAlertShareATemplate(String style, List<String> titles) {
        String first = templater.template(titles.get(0));

        for (String title : titles) {
            assertThat(templater.template(title)).as(title).isEqualTo(first);
        }
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "Error rate 5xx > 2% on api-gateway | Error rate 4xx > 2% on api-gateway",
            "p99 latency above 300ms on checkout | p50 latency above 300ms on checkout",
            "ALARM: \"checkout-5xx-high\" in EU (Ireland) | ALARM: \"payments-5xx-high\" in EU (Ireland)",
            "High CPU on web-01 | High memory on web-01",
            "Disk usage on host-123 above 90% | Inode usage on host-123 above 90%",
            "S3 bucket policy changed | EC2 security group changed",
            "[PROD-WEST] OpenSearch Cluster Yellow | [PROD-WEST] OpenSearch Cluster Red",
            "KubePodCrashLooping: Pod default/checkout-7d9f8b6c5-x2vqj | KubePodCrashLooping: Pod default/payments-7d9f8b6c5-x2vqj",
            "HTTP/2 errors on edge | HTTP/1.1 errors on edge",
            // alert names with a number inside (a real OpenShift capture's Error500Alert)
            "Error500Alert on 10.130.0.80:8080 | Error404Alert on 10.130.0.80:8080",
            "Route53HealthCheckFailed | Http5xxRateHigh",
    })
    void differentAlertsKeepDifferentTemplates(String one, String other) {
        assertThat(templater.template(one)).isNotEqualTo(templater.template(other));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "[FIRING:3] High CPU on ip-10-0-1-23.ec2.internal at 93.5% | high cpu on <host> at <pct>",
            "Disk usage on host-123 above 90% for 5m | disk usage on host-<n> above <pct> for <dur>",
            "[Triggered on {host:web-01}] p99 latency > 300ms on checkout | p99 latency > <dur> on checkout",
            "ALARM: \"checkout-5xx-high\" in EU (Ireland) | checkout-5xx-high in eu (ireland)",
            "Job 8f14e45f-ceea-467f-a5c7-1e3b2d0c9a1b failed at 2024-03-01T10:00:00Z | job <uuid> failed at <ts>",
            "Instance localhost:8081 down | instance localhost:<n> down",
            "Certificate for shop.example.co.uk expires in 7 days | certificate for <host> expires in <dur>",
            "Login failures for bob@example.com | login failures for <email>",
            "Disk full on mountpoint=\"/data\" | disk full on mountpoint=<q>",
            "Lag on consumer group orders-cg partition 7 is 15234 records | lag on consumer group orders-cg partition <n> is <n> records",
            "test suite latency high | test suite latency high",
            "Batch merchant_8h2klq9z failed for ord12345x | batch merchant_<id> failed for <id>",
            "Route53HealthCheckFailed for zone a1 | route53healthcheckfailed for zone a<n>",
    })
    void documentedExamplesGiveTheirTemplate(String title, String template) {
        assertThat(templater.template(title)).isEqualTo(template);
    }

    @Test
    void fingerprintIsTheServiceAndTheTemplate() {
        assertThat(templater.fingerprint("Checkout  API ", "Disk usage on host-7 above 95%"))
                .isEqualTo("checkout api | disk usage on host-<n> above <pct>");
    }

    @Test
    void sameTitleOnAnotherServiceIsAnotherFingerprint() {
        assertThat(templater.fingerprint("checkout", "High error rate"))
                .isNotEqualTo(templater.fingerprint("payments", "High error rate"));
    }

    @Test
    void missingServiceAndTitleStillGiveAFingerprint() {
        assertThat(templater.fingerprint(null, null)).isEqualTo("(no service) | ");
        assertThat(templater.fingerprint(Alerts.alert().service(" ").title("Queue backlog").build()))
                .isEqualTo("(no service) | queue backlog");
    }

    @Test
    void onlyTheHeadOfAnOversizedTitleCounts() {
        String head = "Disk usage on host-7 above 95% ";
        String huge = head + "a-b.c-d.e-f ".repeat(64 * 1024 / 12);

        assertThat(templater.template(huge))
                .isEqualTo(templater.template(huge.substring(0, FingerprintTemplater.MAX_TITLE_CHARS)))
                .startsWith("disk usage on host-<n> above <pct>");
    }

    @Test
    void templateIsDeterministicAndStableUnderReapplication() {
        String title = "[FIRING:2] Replication lag 12s on db-3.prod.example.com (host 10.1.2.3)";
        String template = templater.template(title);

        assertThat(new FingerprintTemplater().template(title)).isEqualTo(template);
        assertThat(templater.template(template)).isEqualTo(template);
    }

    @Test
    void titlesSeenBeforeAndAfterTheRecentTemplatesAreDroppedGetTheTemplatesOfAFreshTemplater() {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 2 * FingerprintTemplater.RECENT_TITLES + 100; i++) {
            titles.add("Disk " + (char) ('a' + i % 26) + " on host-" + i + " above " + (i % 100) + "% for 5m");
        }
        List<String> first = titles.stream().map(templater::template).toList();
        // backwards, so that the last titles of the first pass still come from the kept templates
        List<String> again = new ArrayList<>(titles.size());
        for (int i = titles.size() - 1; i >= 0; i--) {
            again.add(0, templater.template(titles.get(i)));
        }

        List<String> fresh = titles.stream().map(t -> new FingerprintTemplater().template(t)).toList();
        assertThat(first).isEqualTo(fresh);
        assertThat(again).isEqualTo(fresh);
        assertThat(first.get(0)).isEqualTo("disk a on host-<n> above <pct> for <dur>");
    }
}
