package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProseImpactTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "On March 3 an expired certificate broke sign-in. Platform users were unable to sign into the web console."
                    + " We rotated it. | Platform users were unable to sign into the web console.",
            "All pods were terminated, and the hub rendered entirely inaccessible for ~1hr. | All pods were terminated,"
                    + " and the hub rendered entirely inaccessible for ~1hr.",
            "Our monitoring showed that during this period, about 4% of download requests were failing. | Our"
                    + " monitoring showed that during this period, about 4% of download requests were failing.",
            "The database stopped accepting requests. A little over 1000 requests were affected! | A little over 1000"
                    + " requests were affected!",
            "The web interface and API were intermittently down for several hours. | The web interface and API were"
                    + " intermittently down for several hours.",
            "A bad rule sent traffic to the wrong pods, which caused 404 errors for most sites. | A bad rule sent traffic"
                    + " to the wrong pods, which caused 404 errors for most sites.",
            "Customers could not check out for 20 minutes. | Customers could not check out for 20 minutes.",
            "A storage node failed, a failure that impacts the operation of multiple websites. | A storage node failed,"
                    + " a failure that impacts the operation of multiple websites.",
            "Today at 22:45 I deleted the production database. Over 300 scoreboards created today were vaporised."
                    + " | Over 300 scoreboards created today were vaporised.",
            "An attacker drained $14 million worth of funds from the contract. | An attacker drained $14 million worth of"
                    + " funds from the contract.",
            "During the deploy a migration failed. There was downtime of about 10 minutes while we fixed it. | There was"
                    + " downtime of about 10 minutes while we fixed it."})
    void theFirstSentenceThatTellsWhatUsersSufferedIsTheImpact(String prose, String expected) {
        assertThat(ProseImpact.find(null, prose)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A bug in the timelord code caused a chain stall. We released a fix.",
            "The config was broken by a typo in the values file.", "We restarted the workers at 10:40.",
            "This post explains what happened and what we are changing.",
            "If you have no email set on your account or an email set that you cannot access, we cannot send password"
                    + " resets to you.",
            "Despite our best efforts, we were unable to resolve this issue before the validator was jailed.",
            "This shouldn't have resulted in any data loss, since the proxy kept every request.",
            "No customer data was lost.", "The change affected the staging cluster only.", "There was no downtime.",
            "slug: downtime-post-mortem\npublished: Mon, 17 Feb 2025\nsummary: the site was down for a day", ""})
    void aSentenceThatOnlyNamesACauseOrAFixIsNoImpact(String prose) {
        assertThat(ProseImpact.find(prose)).isNull();
    }
}
