package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.ActionItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProseActionItemsTest {

    @Test
    void eachSentenceThatPromisesAChangeIsAnItem() {
        assertThat(ProseActionItems.find("The monitoring system did not detect this condition. We will amend our test"
                + " suite to cover this as an additional case. In response, we will thoroughly review and retest our"
                + " alerting configuration.", "A proper fix will be deployed on 12/11/2025."))
                .extracting(ActionItem::text)
                .containsExactly("We will amend our test suite to cover this as an additional case.",
                        "In response, we will thoroughly review and retest our alerting configuration.",
                        "A proper fix will be deployed on 12/11/2025.");
    }

    @Test
    void theSameSentenceInTwoTextsIsOneItem() {
        assertThat(ProseActionItems.find("We plan to add a disk alert.", "Disks filled up. We plan to add a disk alert."))
                .hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We will provide an update within the hour.",
            "We'll continue to monitor the situation.",
            "We will keep you posted as we learn more.",
            "We will explain below what went wrong.",
            "On this page, we will report any outages of our cloud edition.",
            "If we will need more capacity, we add nodes.",
            "Will we add more capacity?",
            "We added a disk alert and rotated the logs.",
            ""})
    void aPromiseToReadersAConditionOrAnAccountOfWorkDoneIsNoItem(String text) {
        assertThat(ProseActionItems.find(text)).isEmpty();
    }
}
