package dev.opshistory.analytics.rootcause;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.PostmortemDetails;
import dev.opshistory.model.Source;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PostmortemIndexTest {

    private static final CanonicalEvent PD_INCIDENT = CanonicalEvent.builder()
            .kind(EventKind.ALERT).source(Source.PAGERDUTY).sourceId("Q2X7KLM9PZT")
            .sourceNumber("465").dedupKey("checkout/5xx-rate")
            .title("Checkout API 5xx rate above 2%")
            .htmlUrl("https://example.pagerduty.com/incidents/Q2X7KLM9PZT").build();

    private final PostmortemLinker linker = new PostmortemLinker();

    /** Every reference form the linker knows, linked or not: the index must give the linker's answer. */
    @ParameterizedTest
    @ValueSource(strings = {"#465", "INC-465", "incident 465", "Incident #465", "incident_number: 465", "465", "0465",
            "#4650", "INC-46", "version 465", "465ms", "https://EXAMPLE.pagerduty.com/incidents/Q2X7KLM9PZT/",
            "https://example.pagerduty.com/incidents/Q2X7KLM9PZT/log_entries", "Q2X7KLM9PZT", "checkout/5xx-rate",
            "Checkout API 5xx rate above 2%", "Postmortem: Checkout API 5xx rate above 2%", "unrelated words"})
    void findsExactlyWhatTheLinkerLinks(String ref) {
        CanonicalEvent postmortem = pm("pm-1", "Checkout outage", ref);
        PostmortemIndex index = new PostmortemIndex();
        index.add(postmortem);

        Optional<PostmortemLinker.Link> expected = linker.link(postmortem, PD_INCIDENT);
        Optional<PostmortemIndex.Match> found = index.find(PD_INCIDENT);

        assertThat(found.isPresent()).isEqualTo(expected.isPresent());
        found.ifPresent(m -> assertThat(m.link().by()).isEqualTo(expected.get().by()));
    }

    @Test
    void aStrongerReferenceWinsOverATitleMatchWhateverTheOrder() {
        PostmortemIndex index = new PostmortemIndex();
        index.add(pm("pm-a", "Checkout API 5xx rate above 2%"));
        index.add(pm("pm-b", "Payments outage", "INC-465"));

        assertThat(index.find(PD_INCIDENT)).hasValueSatisfying(m -> {
            assertThat(m.postmortemId()).isEqualTo("postmortem:postmortem:pm-b");
            assertThat(m.link().by()).isEqualTo(PostmortemLinker.By.SOURCE_NUMBER);
        });
    }

    @Test
    void twoPostmortemsNamingTheSameIncidentResolveToTheSmallestIdWhateverTheOrder() {
        PostmortemIndex forward = new PostmortemIndex();
        forward.add(pm("pm-1", "First", "#465"));
        forward.add(pm("pm-2", "Second", "#465"));
        PostmortemIndex backward = new PostmortemIndex();
        backward.add(pm("pm-2", "Second", "#465"));
        backward.add(pm("pm-1", "First", "#465"));

        assertThat(forward.find(PD_INCIDENT)).get().extracting(PostmortemIndex.Match::postmortemId)
                .isEqualTo("postmortem:postmortem:pm-1");
        assertThat(backward.find(PD_INCIDENT)).isEqualTo(forward.find(PD_INCIDENT));
    }

    private static CanonicalEvent pm(String id, String title, String... refs) {
        return CanonicalEvent.builder().kind(EventKind.POSTMORTEM).source(Source.POSTMORTEM).sourceId(id)
                .title(title)
                .postmortem(new PostmortemDetails(null, List.of(refs), null, null, null, null, null, null, null,
                        List.of(), null, false))
                .build();
    }
}
