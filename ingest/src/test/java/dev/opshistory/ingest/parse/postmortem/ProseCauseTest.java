package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProseCauseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Some users saw certificate errors. The core issue is that the DST Root CA X3 expired. Older clients failed."
                    + " | The core issue is that the DST Root CA X3 expired.",
            "The site was unavailable for an hour. The outage was caused by a bad configuration push. | The outage was"
                    + " caused by a bad configuration push.",
            "Due to a power-out the servers were shut down and would not reboot. | Due to a power-out the servers were"
                    + " shut down and would not reboot.",
            "We are back. After a nasty lightning strike at our ISP, the array lost power. | After a nasty lightning"
                    + " strike at our ISP, the array lost power.",
            "The reason for the slow builds was a full disk on the runner. | The reason for the slow builds was a full"
                    + " disk on the runner.",
            "Searches failed for two hours. We traced the failures back to an expired index alias. | We traced the"
                    + " failures back to an expired index alias.",
            "Logins failed because of a bug in the session library. | Logins failed because of a bug in the session"
                    + " library.",
            "The DNS servers are back. Root cause seems to be a DDoS attack on them. | Root cause seems to be a DDoS"
                    + " attack on them.",
            "Services were down for 28 minutes. The outage was triggered by an unplanned reboot of our primary VPS. | The"
                    + " outage was triggered by an unplanned reboot of our primary VPS.",
            "Die Ursache lag an einer Störung in der Stromversorgung unseres Energielieferanten. | Die Ursache lag an"
                    + " einer Störung in der Stromversorgung unseres Energielieferanten.",
            "L'origine du problème provenait d'une perte d'accès aux fichiers partagés. | L'origine du problème"
                    + " provenait d'une perte d'accès aux fichiers partagés.",
            "Die Ursache der Störung war ein vorgeschaltetes Gateway, das alle E-Mails zwischengespeichert hat. | Die"
                    + " Ursache der Störung war ein vorgeschaltetes Gateway, das alle E-Mails zwischengespeichert hat.",
            "Der Ausfall wurde durch einen defekten Switch verursacht. | Der Ausfall wurde durch einen defekten Switch"
                    + " verursacht.",
            "Der Ausfall ist auf einen Stromausfall im Rechenzentrum zurückzuführen. | Der Ausfall ist auf einen"
                    + " Stromausfall im Rechenzentrum zurückzuführen.",
            "La panne était due à une erreur de configuration du pare-feu. | La panne était due à une erreur de"
                    + " configuration du pare-feu.",
            "Hubs failed to start. This was an unintended side-effect of reducing the memory limit to 1G. | This was an"
                    + " unintended side-effect of reducing the memory limit to 1G.",
            "Root cause is undetermined, but the incident appears to have been triggered by the backup operation. | Root"
                    + " cause is undetermined, but the incident appears to have been triggered by the backup operation.",
            // a question after the cause leaves it; a bullet used as a dash does not cut it
            "The outage was caused by a full disk on the primary database, so why did nobody get paged? | The outage was"
                    + " caused by a full disk on the primary database, so why did nobody get paged?",
            "The outage was caused by two changes landing together • a new pool limit and a migration. | The outage was"
                    + " caused by two changes landing together • a new pool limit and a migration.",
            // a negation of the effect leaves the cause
            "Users could not log in because of an expired certificate. | Users could not log in because of an expired"
                    + " certificate.",
            // the cause as the subject: "… caused the error", "…, which triggered the issue"
            "Tests passed. My misreading of the ORM's delete API caused the error. | My misreading of the ORM's delete"
                    + " API caused the error.",
            "At 14:00 we rolled back a workaround, which triggered the issue. | At 14:00 we rolled back a workaround,"
                    + " which triggered the issue.",
            // a sentence that points back at the cause told just before it: that sentence with it
            "On Sunday we upgraded our database, which unknowingly stalled on the provider's side. This caused our entire"
                    + " database to fail. We restored it. | On Sunday we upgraded our database, which unknowingly stalled on"
                    + " the provider's side. This caused our entire database to fail.",
            "The deploy tool maps file owners by numeric id by default. This finally resulted in some files having the"
                    + " wrong owner. | The deploy tool maps file owners by numeric id by default. This finally resulted in"
                    + " some files having the wrong owner.",
            "During this morning's deploy, there was a bad migration file that prevented the application from coming back"
                    + " up. We fixed it. | During this morning's deploy, there was a bad migration file that prevented the"
                    + " application from coming back up."})
    void theFirstSentenceThatTellsTheCauseIsTheRootCause(String prose, String expected) {
        assertThat(ProseCause.find(null, prose)).isEqualTo(expected);
    }

    @Test
    void anAbbreviationsFullStopEndsNoSentence() {
        assertThat(ProseCause.find("Writes stopped. The cluster split in two, e.g. due to a network partition, and the"
                + " replicas diverged. We restored it.")).isEqualTo("The cluster split in two, e.g. due to a network"
                + " partition, and the replicas diverged.");
    }

    @Test
    void eachItemOfAListIsReadOnItsOwnThoughItEndsWithNoFullStop() {
        assertThat(ProseCause.find("- ci is back online\n- ldap is back online\n- Due to the expired root CA the"
                + " mirrors failed")).isEqualTo("Due to the expired root CA the mirrors failed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The outage was not caused by the deploy.", "We ruled out that it was caused by the power failure.",
            "We do not yet know whether it was due to the upgrade.", "If the root cause is the driver, we will update it.",
            "The site was down for two hours. We restored it from a backup.",
            "Because of this, some users were unable to log in.",
            // the incident, its effects, the response or an apology, not a cause
            "Because of the outage, roughly 2,000 orders failed.", "Many customers contacted support because of slow"
                    + " results.", "We're sorry for the trouble caused by yesterday's outage.",
            "Engineers were paged due to the high error rate.", "After the outage was resolved, we held a review.",
            "After the deploy was rolled back, error rates returned to normal.",
            // other senses of the words, and no cause named
            "The migration was due to finish at 02:00.", "Results from the load test showed headroom.",
            "The cause is still unknown.", "By the morning we had observed no CI failures caused by the network.", "The reason for this postmortem is to document the outage.",
            "This was due to a combination of factors, described below.",
            "2024-03-01 10:02 UTC: workers restarted because of an OOM kill",
            "The issue has been resolved, due to it operating as expected since Friday.",
            "19:30 - re-opening the outage because of reports of a grey screen",
            "The page was triggered by a short CPU spike on one node.",
            "The outage caused the errors our customers saw.", "A customer report caused the incident to be declared.",
            "The incident was triggered by the p99 latency monitor at 10:02 UTC and paged the on-call engineer.",
            "Die Ursache ist noch unbekannt und wird weiter untersucht.",
            "Die Ursache der Störung ist noch unklar.",
            "The new dashboard is a side effect of the redesign work we shipped.",
            "L'origine du problème est encore inconnue à ce stade.",
            // a question, such as a template's prompt left in the text, tells no cause
            "Was it caused by human error, supply/demand issues or something unknown currently?",
            "• What services were affected? • misc2 • Was it caused by human error or something unknown? • Excessive bandwidth",
            // pointing back at an effect, or at nothing before it
            "Users reported slow pages at 10:00. This caused a spike in support tickets.",
            "This caused our entire database to fail.",
            "There was a bad moment when we thought we had lost the backups.",
            ""})
    void aSentenceThatDoesNotTellTheCauseIsNoRootCause(String prose) {
        assertThat(ProseCause.find(prose)).isNull();
    }
}
