package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProseResolutionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A routing rule sent traffic to the wrong pods. Once identified the issue was resolved by rolling back the"
                    + " change. | Once identified the issue was resolved by rolling back the change.",
            "The hub returned 404s. I reverted the version bump, which restored the hub. | I reverted the version bump,"
                    + " which restored the hub.",
            // a "but" that says what else went wrong, not that the step failed
            "Prod was down, so I reverted the bump, which restored prod but overall failed to deploy to other hubs."
                    + " | Prod was down, so I reverted the bump, which restored prod but overall failed to deploy to other hubs.",
            "A hardware interruption stopped one database server. Our backup server has taken over. | Our backup server"
                    + " has taken over.",
            "The disks failed. The site was put back online today using that backup. | The site was put back online"
                    + " today using that backup.",
            "Downloads failed for an hour until we rolled back the CDN config. | Downloads failed for an hour until we"
                    + " rolled back the CDN config.",
            "Validators lost peers. The incident resolved automatically once upstream connectivity stabilized. | The"
                    + " incident resolved automatically once upstream connectivity stabilized.",
            "Logins failed. When the empty authentication flow was removed, login behaved normally. | When the empty"
                    + " authentication flow was removed, login behaved normally.",
            "Attacks hit the API gateway. The actions to address these attacks have been successful. | The actions to"
                    + " address these attacks have been successful."})
    void theFirstSentenceThatTellsHowTheIncidentWasEndedIsTheResolution(String prose, String expected) {
        assertThat(ProseResolution.find(null, prose)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We could not roll back because the migration had run.",
            "The issue was not resolved by the first restart.", "We were unable to confirm that the team restored the service.",
            "A bug in the timelord code caused a chain stall.",
            "Unclear if this instability was fixed by deleting the pods.",
            "Our process captures what went wrong, how we fixed it, and how to learn from it.",
            "I tried to keep the site up while I fixed the issue.",
            "We restarted some of the affected systems, but this did not resolve the errors.",
            "When the old flow was removed, login failed for everyone.", "Our efforts were not successful.", ""})
    void aSentenceThatDoesNotTellTheFixIsNoResolution(String prose) {
        assertThat(ProseResolution.find(prose)).isNull();
    }
}
