package dev.opshistory.analytics.rootcause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceContextTest {

    private final SentenceContext context = new SentenceContext(new SentenceContext.Rules(
            List.of("caused by", "because", "root cause:"), List.of("led to"), List.of("suspect*", "looked like"),
            2, 0.25, 0.9));

    /** Rules with the cues the new behaviours need: a passive-able before-cue and a cue with a gap. */
    private final SentenceContext wider = new SentenceContext(new SentenceContext.Rules(
            List.of("caused by", "cause of ... was"), List.of("led to", "caused", "brought down"), List.of(),
            2, 0.25, 0.9));

    private double wider(String text, String word) {
        return wider.multiplier(text, text.indexOf(word));
    }

    @Test
    void aHypothesisCueAfterABeforeCueDoubtsOnlyTheConsequence() {
        String text = "A stale cache entry led to what looked like a network fault.";

        assertThat(context.multiplier(text, text.indexOf("stale"))).isEqualTo(2);
        assertThat(context.multiplier(text, text.indexOf("network"))).isEqualTo(0.25);
    }

    @Test
    void aHypothesisCueBeforeTheBeforeCueStillDoubtsTheWholeSegment() {
        String text = "We suspect a stale cache entry led to the errors.";

        assertThat(context.multiplier(text, text.indexOf("stale"))).isEqualTo(0.25);
    }

    @Test
    void aBeforeCueFollowedByByIsPassiveAndStatesNoCauseBeforeIt() {
        String text = "The checkout cluster was brought down by a retry storm.";

        assertThat(wider(text, "checkout")).isEqualTo(1);
    }

    @Test
    void aBeforeCueAfterAnAfterCueDoesNotMakeWhatSufferedTheCause() {
        String text = "The checkout outage was caused by a bad config, which led to timeouts.";

        assertThat(wider(text, "checkout")).isEqualTo(1);
        assertThat(wider(text, "config")).isEqualTo(2);
        assertThat(wider(text, "timeouts")).isEqualTo(1);
    }

    @Test
    void anActiveCausedStatesTheCauseBeforeIt() {
        String text = "A retry storm caused timeouts across the fleet.";

        assertThat(wider(text, "retry")).isEqualTo(2);
        assertThat(wider(text, "timeouts")).isEqualTo(1);
    }

    @Test
    void aBeforeCueAfterTheStatedCauseEndsItAndOpensTheConsequence() {
        String text = "The failure was caused by node labels that changed between versions, "
                + "which brought down the network.";

        assertThat(wider(text, "labels")).isEqualTo(2);
        assertThat(wider(text, "network")).isEqualTo(1);
    }

    @Test
    void aGapInACueStandsForTheWordsBetween() {
        String text = "The root cause of the checkout outage was a stale feature flag.";

        assertThat(wider(text, "flag")).isEqualTo(2);
        assertThat(wider(text, "outage")).isEqualTo(1);
    }

    @Test
    void aParagraphThatOpensWithTheRemediationCountsLikeAHypothesisToItsEnd() {
        String text = "The root cause: a stale feature flag.\n\nRemediation involved restarting the DNS resolvers. "
                + "The firewall was also reloaded.\n\nThe flag has since been removed.";

        assertThat(wider(text, "DNS")).isEqualTo(0.25);
        assertThat(wider(text, "firewall")).isEqualTo(0.25);
        assertThat(wider(text, "removed")).isEqualTo(1);
    }

    @Test
    void aRemediationWordInsideAParagraphDoesNotOpenARemediationParagraph() {
        String text = "The outage was long. In the end the DNS change was reverted, "
                + "and to prevent a repeat we added a check.";

        assertThat(wider(text, "DNS")).isEqualTo(1);
    }

    @Test
    void aGapDoesNotReachIntoTheNextSentence() {
        String text = "We traced the cause of the outage. It was a stale feature flag.";

        assertThat(wider(text, "flag")).isEqualTo(1);
    }

    private double at(String text, String word) {
        return context.multiplier(text, text.indexOf(word));
    }

    @Test
    void wordsAfterAnAfterCueAreTheStatedCause() {
        String text = "The outage was caused by a disk failure.";

        assertThat(at(text, "disk")).isEqualTo(2);
        assertThat(at(text, "outage")).isEqualTo(1);
    }

    @Test
    void wordsBeforeABeforeCueAreTheStatedCause() {
        String text = "A config change led to the outage.";

        assertThat(at(text, "config")).isEqualTo(2);
        assertThat(at(text, "outage")).isEqualTo(1);
    }

    @Test
    void aColonAfterTheCauseCueEndsTheStatedCause() {
        String text = "The error was caused by the new code: when the order was split the default currency was used.";

        assertThat(at(text, "code")).isEqualTo(2);
        assertThat(at(text, "default")).isEqualTo(1);
    }

    @Test
    void aLabelCueEndingInAColonStillStatesTheCauseAfterIt() {
        String text = "Root cause: the default pool size was copied from staging.";

        assertThat(at(text, "default")).isEqualTo(2);
    }

    @Test
    void aHypothesisCueDampsItsWholeSegmentWhateverItsInflection() {
        assertThat(at("We suspected the network at first.", "network")).isEqualTo(0.25);
        assertThat(at("The network was the first suspect.", "network")).isEqualTo(0.25);
    }

    @Test
    void aContrastWordOrASentenceEndClosesTheSegment() {
        String text = "It looked like the network, but it was caused by a bug. The deploy went out at ten.";

        assertThat(at(text, "network")).isEqualTo(0.25);
        assertThat(at(text, "bug")).isEqualTo(2);
        assertThat(at(text, "deploy")).isEqualTo(1);
    }

    @Test
    void aDotInsideAVersionDoesNotEndTheSentence() {
        String text = "Root cause: version 9.4 of the service had a bug.";

        assertThat(at(text, "bug")).isEqualTo(2);
    }

    @Test
    void aContrastWordInsideParenthesesDoesNotEndTheSegment() {
        String text = "We suspected a network blip (no loss recorded, but the switch counters are sampled) or a pause.";

        assertThat(at(text, "switch")).isEqualTo(0.25);
        assertThat(at(text, "pause")).isEqualTo(0.25);
    }

    @Test
    void aContrastWordOutsideParenthesesStillEndsTheSegment() {
        String text = "We suspected the network (briefly), but it was caused by a bug.";

        assertThat(at(text, "bug")).isEqualTo(2);
    }

    @Test
    void aTermInsideDoubleQuotesCountsTheQuoteFactor() {
        SentenceContext quoted = new SentenceContext(new SentenceContext.Rules(List.of("because"), List.of(),
                List.of("suspect*"), 2, 0.25, 0.9, 0.5, List.of(), 1));
        String straight = "The app showed \"network error\" because the vendor was slow.";
        String curly = "Clients logged “connection refused” for an hour.";

        assertThat(quoted.multiplier(straight, straight.indexOf("network"))).isEqualTo(0.5);
        assertThat(quoted.multiplier(straight, straight.indexOf("vendor"))).isEqualTo(2);
        assertThat(quoted.multiplier(curly, curly.indexOf("connection"))).isEqualTo(0.5);
        assertThat(quoted.multiplier(curly, curly.indexOf("hour"))).isEqualTo(1);
    }

    @Test
    void aSegmentOpeningWithBecauseStatesTheCauseOnlyUpToTheComma() {
        String text = "Because the vendor was slow, support asked users to switch networks.";

        assertThat(at(text, "vendor")).isEqualTo(2);
        assertThat(at(text, "networks")).isEqualTo(1);
    }

    @Test
    void aLabelCueStatesTheCauseThroughItsCommas() {
        String text = "Root cause: a bad disk, then a retry storm.";

        assertThat(at(text, "retry")).isEqualTo(2);
    }

    @Test
    void aBecauseInsideTheSegmentStatesTheCauseToItsEnd() {
        String text = "The job failed because the disk was full, and the queue grew.";

        assertThat(at(text, "queue")).isEqualTo(2);
    }

    @Test
    void noRulesMeanEveryWordCountsOnce() {
        SentenceContext none = new SentenceContext(SentenceContext.Rules.NONE);

        assertThat(none.multiplier("We suspected the network because of the bug.", 17)).isEqualTo(1);
    }

    private static double atDefault(String text, String word) {
        return new SentenceContext(RootCauseRules.defaults().context()).multiplier(text, text.indexOf(word));
    }

    @Test
    void theLastAnswerOfAFiveWhysChainIsTheStatedCause() {
        String text = "1. Why did the job fail? The disk was full.\n2. Why was the disk full? Nobody rotated the logs.";

        assertThat(at(text, "rotated")).isEqualTo(2);
        assertThat(at(text, "full")).isEqualTo(1);
    }

    @Test
    void anAnswerAboutDetectionIsNotTheLastCause() {
        String text = "Why were feeds rejected? Entities were escaped twice. Why? The release escaped text in two places. "
                + "Why was it not caught? The validator only checks structure.";

        assertThat(at(text, "release")).isEqualTo(2);
        assertThat(at(text, "validator")).isEqualTo(1);
    }

    @Test
    void aSingleWhyQuestionIsNotAChain() {
        String text = "Why did it fail? The disk was full.";

        assertThat(at(text, "disk")).isEqualTo(1);
    }

    @Test
    void aCueWithOneWordBeforeTheColonAnnouncesTheCauseThatFollows() {
        String announced = "The cause was ours: the environment file came from the test setup.";
        String stated = "The problem was in the feature's code: when the order was split the default was used.";

        assertThat(atDefault(announced, "environment")).isEqualTo(2);
        assertThat(atDefault(stated, "default")).isEqualTo(1);
    }

    @Test
    void aStatusPageIdentifiedUpdateAndAThingThatWasWrongStateTheCause() {
        assertThat(atDefault("Identified: a firewall rule blocked the subnet.", "firewall")).isEqualTo(2);
        assertThat(atDefault("The timetable data itself was wrong.", "data")).isEqualTo(2);
        assertThat(atDefault("The timetable data arrived late.", "data")).isEqualTo(1);
    }

    @Test
    void aCauseCueThatExplainsTheDurationOrTheDetectionStatesNoCause() {
        String duration = "The incident lasted as long as it did because our alerts are per region.";
        String detection = "It was stopped because a clerk phoned the supplier.";
        String cause = "The queue stalled because our alerts flooded the broker.";

        assertThat(atDefault(duration, "alerts")).isEqualTo(1);
        assertThat(atDefault(detection, "supplier")).isEqualTo(1);
        assertThat(atDefault(cause, "alerts")).isEqualTo(2);
    }

    @Test
    void aRemediationLabelDampsWhatFollowsUntilALineThatOpensACauseAgain() {
        String text = "The partner's file had blank prices.\nActions: agree with the partner on prices.\n"
                + "What we are changing\n- The code is rewritten.\nRoot cause: the code was slow.";

        assertThat(atDefault(text, "partner's")).isEqualTo(1);
        assertThat(atDefault(text, "partner on")).isEqualTo(0.25);
        assertThat(atDefault(text, "code is")).isEqualTo(0.25);
        assertThat(atDefault(text, "code was")).isEqualTo(2);
    }

    @Test
    void aStatusPageIdentifiedUpdateStatesTheCauseToTheEndOfItsLine() {
        String text = "Investigating — 14:02 Partners see errors.\n"
                + "Identified — 14:51 The traffic comes from a leaked key. An unknown party uses it to scrape.\n"
                + "Monitoring — 15:20 Traffic is back to normal.";

        assertThat(atDefault(text, "leaked")).isEqualTo(2);
        assertThat(atDefault(text, "scrape")).isEqualTo(2);
        assertThat(atDefault(text, "Partners")).isEqualTo(1);
        assertThat(atDefault(text, "normal")).isEqualTo(1);
    }

    @Test
    void aNegatedBeforeCueStatesNoCause() {
        assertThat(atDefault("Nothing was wrong with the disk.", "disk")).isEqualTo(1);
        assertThat(atDefault("The provider said nothing was wrong with the volume.", "provider")).isEqualTo(1);
        assertThat(atDefault("The volume itself was wrong.", "volume")).isEqualTo(2);
    }

    @Test
    void whatTheTeamLookedAtEarlyInTheIncidentIsAHypothesis() {
        assertThat(atDefault("Early in the event our engineers investigated the inter-zone links.", "links"))
                .isEqualTo(0.25);
        assertThat(atDefault("Early in the morning the disk on the database host failed.", "disk")).isEqualTo(1);
    }
}
