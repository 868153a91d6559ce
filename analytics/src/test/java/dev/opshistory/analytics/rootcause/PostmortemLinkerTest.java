package dev.opshistory.analytics.rootcause;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.analytics.rootcause.PostmortemLinker.By;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.PostmortemDetails;
import dev.opshistory.model.Source;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostmortemLinkerTest {

    private static final CanonicalEvent PD_INCIDENT = CanonicalEvent.builder()
            .kind(EventKind.ALERT).source(Source.PAGERDUTY).sourceId("Q2X7KLM9PZT")
            .sourceNumber("465").dedupKey("checkout/5xx-rate")
            .title("Checkout API 5xx rate above 2%")
            .htmlUrl("https://example.pagerduty.com/incidents/Q2X7KLM9PZT").build();
    private static final CanonicalEvent OG_ALERT = CanonicalEvent.builder()
            .kind(EventKind.ALERT).source(Source.OPSGENIE).sourceId("70413a06-38d6-4c85-92b8-5ebc900d42e2")
            .sourceNumber("1791").dedupKey("orders-db-cpu").title("RDS orders CPU > 85").build();

    private final PostmortemLinker linker = new PostmortemLinker();

    @ParameterizedTest
    @ValueSource(strings = {"#465", "INC-465", "inc465", "INC 465", "incident 465", "Incident #465", "incident: 465",
            "incident_number: 465", "PD-465", "465", "0465", "see incident #465 and #470"})
    void linksByTheIncidentNumberWrittenInManyWays(String ref) {
        assertThat(linker.link(pm("Checkout outage", ref), PD_INCIDENT))
                .hasValueSatisfying(link -> assertThat(link.by()).isEqualTo(By.SOURCE_NUMBER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"#4650", "INC-46", "incident 466", "version 465", "465ms", "HTTP 465"})
    void doesNotLinkOtherNumbers(String ref) {
        assertThat(linker.references(pm("Unrelated", ref), PD_INCIDENT)).isFalse();
    }

    @Test
    void linksByTheNumberInThePostmortemTitle() {
        assertThat(linker.link(pm("Checkout release postmortem (incident #465)"), PD_INCIDENT))
                .hasValueSatisfying(link -> assertThat(link.by()).isEqualTo(By.SOURCE_NUMBER));
    }

    @Test
    void aBareNumberInTheTitleIsNotAReference() {
        assertThat(linker.references(pm("465 orders lost in checkout"), PD_INCIDENT)).isFalse();
    }

    @Test
    void linksByTheVendorUrl() {
        assertThat(linker.link(pm("x", "https://EXAMPLE.pagerduty.com/incidents/Q2X7KLM9PZT/"), PD_INCIDENT))
                .hasValueSatisfying(link -> assertThat(link.by()).isEqualTo(By.HTML_URL));
    }

    @Test
    void linksByTheIdInAnotherUrlOfTheSameIncident() {
        assertThat(linker.link(pm("x", "https://example.pagerduty.com/incidents/Q2X7KLM9PZT/log_entries?x=1"), PD_INCIDENT))
                .hasValueSatisfying(link -> assertThat(link.by()).isEqualTo(By.SOURCE_ID));
    }

    @Test
    void linksAnOpsgenieAlertByItsDetailUrl() {
        String url = "https://acme.app.opsgenie.com/alert/detail/70413a06-38d6-4c85-92b8-5ebc900d42e2/details";
        assertThat(linker.link(pm("x", url), OG_ALERT))
                .hasValueSatisfying(link -> assertThat(link.by()).isEqualTo(By.SOURCE_ID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q2X7KLM9PZT", "q2x7klm9pzt", "pagerduty_id: Q2X7KLM9PZT"})
    void linksByTheVendorId(String ref) {
        assertThat(linker.link(pm("x", ref), PD_INCIDENT))
                .hasValueSatisfying(link -> assertThat(link.by()).isEqualTo(By.SOURCE_ID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"checkout/5xx-rate", "incident_key: checkout/5xx-rate"})
    void linksByTheIncidentKey(String ref) {
        assertThat(linker.link(pm("x", ref), PD_INCIDENT))
                .hasValueSatisfying(link -> assertThat(link.by()).isEqualTo(By.DEDUP_KEY));
    }

    @Test
    void linksAnOpsgenieAlertByItsTinyIdAndAlias() {
        assertThat(linker.references(pm("x", "alert 1791"), OG_ALERT)).isTrue();
        assertThat(linker.references(pm("x", "alias: orders-db-cpu"), OG_ALERT)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Checkout API 5xx rate above 2%", "checkout api 5xx rate above 2",
            "Postmortem: Checkout API 5xx rate above 2%", "[#465] Checkout API 5xx rate above 2%",
            "Checkout API 5xx rate above 2% - postmortem", "Incident review: checkout API  5xx rate above 2%"})
    void linksByTheNormalisedTitle(String title) {
        CanonicalEvent other = PD_INCIDENT.toBuilder().sourceNumber("9").dedupKey(null).htmlUrl(null).build();
        assertThat(linker.link(pm(title), other))
                .hasValueSatisfying(link -> assertThat(link.by()).isEqualTo(By.TITLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Checkout API 5xx rate above 2%", "Postmortem: Checkout API (incident 465)",
            "Checkout API down -- POSTMORTEM  ", "Checkout API down (INC-465)\t", "Latency (p99) high",
            "Disk full (ask #ops)", "Post-mortem", "  ", "Ünïcödé Straße — Störung №5", "Pod ² restart Ⅻ times",
            "Lag ٣ minutes", "Deploy ✅ failed 🔥 twice", "e\u0301clair outage", "[#12] RCA - mail relay down"})
    void normalisesATitleAsItsPatternsDo(String title) {
        // the title's words as the prefix and suffix patterns, tried everywhere, and a letters-and-digits
        // pattern leave them
        String t = PostmortemLinker.TITLE_SUFFIX.matcher(
                PostmortemLinker.TITLE_PREFIX.matcher(title.strip()).replaceFirst("")).replaceFirst("");
        String expected = t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();

        assertThat(PostmortemLinker.normalizeTitle(title)).isEqualTo(expected);
    }

    @Test
    void aSimilarButDifferentTitleDoesNotLink() {
        CanonicalEvent other = PD_INCIDENT.toBuilder().sourceNumber("9").build();
        assertThat(linker.references(pm("Checkout API 5xx rate above 5%"), other)).isFalse();
    }

    @Test
    void aPostmortemWithoutRefsOrMatchingTitleLinksNothing() {
        assertThat(linker.link(pm("Disk full on the reporting DB"), PD_INCIDENT)).isEmpty();
        assertThat(linker.link(pm(null), OG_ALERT)).isEmpty();
    }

    private static CanonicalEvent pm(String title, String... refs) {
        return CanonicalEvent.builder().kind(EventKind.POSTMORTEM).source(Source.POSTMORTEM).sourceId("pm-1")
                .title(title)
                .postmortem(new PostmortemDetails(null, List.of(refs), null, null, null, null, null, null, null,
                        List.of(), null, false))
                .build();
    }
}
