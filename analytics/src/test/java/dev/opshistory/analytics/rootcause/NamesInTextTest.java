package dev.opshistory.analytics.rootcause;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesInTextTest {

    @ParameterizedTest(name = "\"{0}\" (service {1}) → \"{2}\"")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // hosts, pods, regions, addresses and versions: joined tokens that hold a digit
            "Disk usage above 90% on inventory-data-03 | null | Disk usage above 90% on #",
            "Pod suppliers-gateway-h764kqb9bk-5t7j2 in CrashLoopBackOff | null | Pod # in CrashLoopBackOff",
            "p99 latency above 1500ms in us-east-1 | null | p99 latency above 1500ms in #",
            "unreachable from ip-10-0-3-7 and 10.0.3.8 | null | unreachable from # and #",
            "error rate above 25% after release 2026.01.01-4 | null | error rate above 25% after release #",
            // the event's own service when written as one joined token, in any case
            "Cluster health YELLOW (fraud-search) | fraud-search | Cluster health YELLOW (#)",
            "Fraud-Search cluster is red | fraud-search | # cluster is red",
            // words joined without a digit are words, and a service named in plain words may be the cause
            "third-party outage, off-by-one in the parser | null | third-party outage, off-by-one in the parser",
            "root-cause:network | null | root-cause:network",
            "DNS lookups failed | DNS | DNS lookups failed",
            "the fraud-search-2 replica and fraud-search | fraud-search | the # replica and #",
            "plain 42 and 3 numbers stay | null | plain 42 and 3 numbers stay",
    })
    void namesBecomeAMarkAndWordsStay(String text, String service, String masked) {
        assertThat(NamesInText.of(service).mask(text)).isEqualTo(masked);
    }
}
