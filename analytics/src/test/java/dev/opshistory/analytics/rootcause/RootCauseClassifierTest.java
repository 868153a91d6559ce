package dev.opshistory.analytics.rootcause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.PostmortemDetails;
import dev.opshistory.model.RootCause;
import dev.opshistory.model.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RootCauseClassifierTest {

    private final RootCauseClassifier classifier = new RootCauseClassifier();

    @ParameterizedTest(name = "{0} from \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "DEPLOYED_DEFECT | The bug shipped in version 12.4 of the API; we rolled back within the hour",
            "DEPLOYED_DEFECT | A regression introduced by the morning deployment broke image uploads",
            "DEPLOYED_DEFECT | Code change in the pricing module had an off-by-one error; hotfix released",
            "CONFIGURATION | The connection timeout setting was misconfigured in the service config",
            "CONFIGURATION | Someone flipped the feature flag for every tenant instead of the pilot group",
            "CONFIGURATION | An environment variable pointed the worker at the wrong queue",
            "CAPACITY_PERFORMANCE | The database ran out of connections under peak load",
            "CAPACITY_PERFORMANCE | CPU saturation on the API nodes after traffic tripled",
            "CAPACITY_PERFORMANCE | The cluster was undersized for the holiday traffic and requests queued",
            "CAPACITY_PERFORMANCE | The compute zone (our datacenter) is out of resources, so no new nodes could start",
            "CAPACITY_PERFORMANCE | Scaling up failed with insufficient capacity in the region's datacenter",
            "DEPLOYED_DEFECT | A bug in the inventory sync job marked in-stock products as a stock-out",
            "DEPENDENCY | Our SMS vendor had an outage and their API returned errors",
            "DEPENDENCY | The third-party payment provider was down for 40 minutes",
            "DEPENDENCY | An upstream service owned by another team failed and took our feature with it",
            "NETWORKING | Packet loss on the link between the two regions",
            "NETWORKING | DNS lookups failed after the resolver crashed",
            "NETWORKING | A firewall rule blocked traffic from the app subnet",
            "INFRASTRUCTURE_HARDWARE | A disk failure on the database host took the volume offline",
            "INFRASTRUCTURE_HARDWARE | The power supply in the rack failed and the hypervisor went down",
            "INFRASTRUCTURE_HARDWARE | Faulty memory module on the server, ECC errors and then a kernel panic",
            "DATA | Corrupted records in the customer table broke the nightly job",
            "DATA | A malformed input file with duplicate rows was imported",
            "DATA | The backfill wrote inconsistent data into the orders table",
            "SECURITY | A DDoS attack saturated the edge",
            "SECURITY | An attacker used leaked credentials to log in",
            "SECURITY | Malicious bots exploited a vulnerability in the signup form",
            "MONITORING | False positive: the threshold on the probe was too tight",
            "MONITORING | The alert rule fired on a metric that the exporter stopped sending",
            "MONITORING | Noisy health check from a single probe location, nothing wrong with the service",
            "HUMAN_PROCESS | Human error: an operator ran the cleanup against production by mistake",
            "HUMAN_PROCESS | The runbook was out of date and the manual failover skipped a step",
            "HUMAN_PROCESS | A typo during a manual change, made without approval during the change freeze",
            "DEPLOYED_DEFECT | A priority inversion in the scheduler starved the watchdog task",
            "DEPLOYED_DEFECT | The client retried without exponential backoff and hammered the login service",
            "DEPLOYED_DEFECT | Catastrophic backtracking in the validation regex pinned every worker",
            "CAPACITY_PERFORMANCE | The sequence behind the events table hit the integer limit and inserts failed",
            "CAPACITY_PERFORMANCE | Transaction ID wraparound forced the database into read-only mode",
            "INFRASTRUCTURE_HARDWARE | A fire in the datacenter cut power to two rows of racks",
            "CONFIGURATION | A bad BGP config withdrew our prefixes from every peer",
            "UNKNOWN | Root cause undetermined; the errors stopped by themselves",
            "UNKNOWN | Still under investigation",
            "UNKNOWN | We have not yet determined the root cause of this event",
            "UNKNOWN | Our engineers were not able to determine what slowed the workers down",
            "CAPACITY_PERFORMANCE | Publishing artifacts failed; logs indicate the disk is full",
            "CAPACITY_PERFORMANCE | The builds stopped with 'No space left on device' on the agents",
            "CAPACITY_PERFORMANCE | The repository ran out of disk space and uploads were refused",
            "CAPACITY_PERFORMANCE | The workers were OOMKilled again and again",
            "CAPACITY_PERFORMANCE | Full root filesystem on the primary database server stopped Redis from persisting",
            "INFRASTRUCTURE_HARDWARE | Electrical failure due to inclement weather at 5:00 am",
    })
    void recognisesEachCategoryFromSeveralPhrasings(RootCause expected, String rootCauseText) {
        RootCauseVerdict verdict = classifier.classify(postmortem(null, rootCauseText));

        assertThat(verdict.rootCause()).as(verdict.evidenceText() + " " + verdict.scores()).isEqualTo(expected);
        assertThat(verdict.confidence()).isBetween(0.0, 1.0).isPositive();
    }

    @Test
    void keepsTheMatchedTermsWithTheirFieldAndPoints() {
        RootCauseVerdict verdict = classifier.classify(alert("Checkout 5xx after deploy", List.of("Rolled back to 4.1")));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.DEPLOYED_DEFECT);
        assertThat(verdict.evidenceText()).contains("title:\"deploy\" +2").contains("notes:\"Rolled back\" +4.5");
    }

    @Test
    void matchesInflectionsOfATerm() {
        assertThat(classifier.classify(alert("Errors since the deployment of 3.2", List.of())).evidenceText())
                .contains("title:\"deployment\"");
        assertThat(classifier.classify(alert("Errors since the release was deployed", List.of())).evidenceText())
                .contains("\"deployed\"").contains("\"release\"");
        assertThat(classifier.classify(alert("Checkout errors", List.of("rolled-back the bad build"))).evidenceText())
                .contains("notes:\"rolled-back\"");
        assertThat(classifier.classify(alert("Product import failed", List.of("the importer imported nothing"))).evidenceText())
                .contains("title:\"import\"").contains("notes:\"importer\"").contains("notes:\"imported\"");
        assertThat(String.valueOf(classifier.classify(alert("Important: disk sync lag", List.of("this is important")))
                .evidenceText())).as("\"important\" is no import").doesNotContainIgnoringCase("import");
    }

    @Test
    void ignoresANegatedTerm() {
        RootCauseVerdict negated = classifier.classify(postmortem(null,
                "It was not a network issue. The certificate configuration was wrong and misconfigured."));

        assertThat(negated.rootCause()).isEqualTo(RootCause.CONFIGURATION);
        assertThat(negated.scores()).doesNotContainKey(RootCause.NETWORKING);
    }

    @Test
    void ignoresATermThatTheTextRulesOut() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "The network was ruled out. No deploys happened that day. The cause remains unknown."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.UNKNOWN);
        assertThat(verdict.scores()).doesNotContainKeys(RootCause.NETWORKING, RootCause.DEPLOYED_DEFECT);
    }

    @Test
    void confidenceGrowsWithMoreEvidence() {
        double one = classifier.classify(postmortem(null, "A dns problem")).confidence();
        double more = classifier.classify(postmortem(null,
                "A dns problem: packet loss on the interconnect and a BGP route withdrawal")).confidence();

        assertThat(more).isGreaterThan(one);
    }

    @Test
    void confidenceFallsWhenAnotherCategoryCompetes() {
        double alone = classifier.classify(postmortem(null, "A disk failure on the host")).confidence();
        double contested = classifier.classify(postmortem(null,
                "A disk failure on the host during a traffic peak that saturated the CPU")).confidence();

        assertThat(contested).isLessThan(alone);
    }

    @Test
    void weakEvidenceIsUnknownWithNoConfidence() {
        RootCauseVerdict verdict = classifier.classify(alert("Service slow", List.of("looked at it, fine now, traffic normal")));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.UNKNOWN);
        assertThat(verdict.confidence()).isZero();
    }

    @Test
    void noTextAtAllIsUnknown() {
        RootCauseVerdict verdict = classifier.classify(alert(null, List.of()));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.UNKNOWN);
        assertThat(verdict.evidenceText()).isNull();
    }

    @Test
    void postmortemRootCauseOutweighsTheTitle() {
        RootCauseVerdict verdict = classifier.classify(postmortem("Deploy of 3.1 failed: rollback, release blocked",
                "The hypervisor host had a hardware fault"));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.INFRASTRUCTURE_HARDWARE);
    }

    @Test
    void triggerTextCountsMoreThanTheDescription() {
        CanonicalEvent event = CanonicalEvent.builder().kind(EventKind.POSTMORTEM).source(Source.POSTMORTEM)
                .sourceId("t").description("we first suspected the network")
                .postmortem(new PostmortemDetails(null, List.of(), null, null, null, null,
                        "A config change was pushed to all gateways", null, null, List.of(), null, false))
                .build();

        assertThat(classifier.classify(event).rootCause()).isEqualTo(RootCause.CONFIGURATION);
    }

    @Test
    void textThatIsBothTheDescriptionAndAFieldCountsOnce() {
        // a status page's first update, or a write-up's opening paragraph, is its account and its summary
        String firstUpdate = "The disk of the database host failed and writes stopped.";
        CanonicalEvent event = CanonicalEvent.builder().kind(EventKind.POSTMORTEM).source(Source.POSTMORTEM)
                .sourceId("s").description(firstUpdate + "\nWe moved writes to the replica.")
                .postmortem(new PostmortemDetails(null, List.of(), firstUpdate, null, null, null, null, null, null,
                        List.of(), null, false))
                .build();

        RootCauseVerdict verdict = classifier.classify(event);

        assertThat(verdict.rootCause()).isEqualTo(RootCause.INFRASTRUCTURE_HARDWARE);
        assertThat(verdict.evidenceText()).contains("description:").doesNotContain("summary:");
        assertThat(verdict.evidenceText().split("disk", -1)).hasSize(2); // one match, not two

        // an "Identified" update is its account and its root cause: it counts as the root cause, at that field's weight
        CanonicalEvent identified = CanonicalEvent.builder().kind(EventKind.POSTMORTEM).source(Source.POSTMORTEM)
                .sourceId("s").description("Writes stopped.\n" + firstUpdate)
                .postmortem(new PostmortemDetails(null, List.of(), null, null, null, firstUpdate, null, null, null,
                        List.of(), null, false))
                .build();
        assertThat(classifier.classify(identified).evidenceText()).contains("root_cause:").doesNotContain("description:");

        // a sentence of the account that tells the fix is its resolution too: it counts as the account, which weighs
        // more than a resolution (a one-paragraph write-up keeps its evidence)
        String fix = "We restarted the database host after its disk failed.";
        CanonicalEvent told = CanonicalEvent.builder().kind(EventKind.POSTMORTEM).source(Source.POSTMORTEM)
                .sourceId("s").description("Writes stopped. " + fix)
                .postmortem(new PostmortemDetails(null, List.of(), null, null, null, null, null, fix, null,
                        List.of(), null, false))
                .build();
        assertThat(classifier.classify(told).evidenceText()).contains("description:\"disk\"").doesNotContain("resolution:");

        // a cause the parser picked out of the prose ("… was caused by …") is read where it stands, once: such a
        // sentence often names the part that failed rather than why
        String cause = "The outage was caused by the disk of the database host.";
        CanonicalEvent picked = CanonicalEvent.builder().kind(EventKind.POSTMORTEM).source(Source.POSTMORTEM)
                .sourceId("s").description("Writes stopped. " + cause)
                .postmortem(new PostmortemDetails(null, List.of(), null, null, null, cause, null, null, null,
                        List.of(), null, true))
                .build();
        RootCauseVerdict prose = classifier.classify(picked);
        assertThat(prose.evidenceText()).contains("description:\"disk\"").doesNotContain("root_cause:");
        assertThat(prose.evidenceText().split("disk", -1)).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The site went down because no available disk space was left on the build host | CAPACITY_PERFORMANCE",
            "Temporary files filled the disk of the database server | CAPACITY_PERFORMANCE",
            "Our hosting provider had a failure in its data centre | DEPENDENCY",
            "The handler accessed a field of the payload that was sometimes undefined | DEPLOYED_DEFECT",
            "Ursache war ein Stromausfall im Rechenzentrum | INFRASTRUCTURE_HARDWARE",
            "Une panne d'un équipement réseau chez notre hébergeur | DEPENDENCY",
            "Poor communication between the two teams delayed the rollback decision | HUMAN_PROCESS",
            "The install script only allowed the prometheus scrape ingress, and a missing NetworkPolicy blocked the API"
                    + " server's calls to the webhook | NETWORKING",
            "The database upgrade stalled on their backend and the whole database failed | DEPENDENCY",
            "During this morning's deploy there was a bad migration file that kept the application from coming back up"
                    + " | DEPLOYED_DEFECT",
            "The data migration copied the wrong column into the customer records | DATA",
            // in the languages write-ups also come in, with or without English words among them
            "Переполнение тома при обновлении: том был рассчитан без запаса | CAPACITY_PERFORMANCE",
            "La causa fue un error de configuración en el balanceador | CONFIGURATION",
            "O disco cheio derrubou o banco de dados | CAPACITY_PERFORMANCE",
            "Ein Programmierfehler in der neuen Version brachte den Dienst zum Absturz | DEPLOYED_DEFECT",
            "Une coupure de courant dans la salle serveurs a arrêté les machines | INFRASTRUCTURE_HARDWARE",
            "Произошла ошибка в коде нового релиза | DEPLOYED_DEFECT",
            // … beyond each kind's commonest words
            "El servicio se cayó porque el pool de conexiones quedó agotado | CAPACITY_PERFORMANCE",
            "Der Dienst fiel aus, weil der Arbeitsspeicher erschöpft war | CAPACITY_PERFORMANCE",
            "Le serveur était saturé : trop de connexions ouvertes | CAPACITY_PERFORMANCE",
            "Сервис упал: диск заполнился логами | CAPACITY_PERFORMANCE",
            "O servidor estava mal configurado após a troca de certificado | CONFIGURATION",
            "Der Cronjob war falsch konfiguriert und lief jede Minute | CONFIGURATION",
            "Hubo pérdida de paquetes entre los dos centros de datos | NETWORKING",
            "Les utilisateurs ont subi une perte de paquets sur le lien principal | NETWORKING",
            "Ein Festplattenausfall im Speicher-Cluster legte die Datenbank lahm | INFRASTRUCTURE_HARDWARE",
            "Отказ диска на сервере базы данных | INFRASTRUCTURE_HARDWARE",
            "Ein Job schrieb ungültige Daten in die Tabelle | DATA",
            "Un script malveillant est passé par le formulaire de contact | SECURITY",
            "Die Tabelle wurde versehentlich gelöscht | HUMAN_PROCESS",
            "Der Schwellenwert lag zu niedrig | MONITORING",
            "Vimos un error de configuración en los registros, pero la causa desconocida sigue abierta | UNKNOWN",
            "Новая выкатка сломала авторизацию | DEPLOYED_DEFECT",
            "La API externa de pagos no respondía | DEPENDENCY"})
    void causesAsOtherTeamsStateThem(String rootCause, RootCause expected) {
        assertThat(classifier.classify(postmortem(null, rootCause)).rootCause()).isEqualTo(expected);
    }

    @Test
    void machinesCommunicatingIsNoHumanProcess() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "Communication between the controller and its nodes was lost when the certificate expired"));

        assertThat(verdict.rootCause()).isNotEqualTo(RootCause.HUMAN_PROCESS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HostOutOfMemory | CAPACITY_PERFORMANCE",
            "PostgresqlTooManyConnections | CAPACITY_PERFORMANCE",
            "[FIRING:1] NodeNetworkPacketLoss (node-7) | NETWORKING",
            "NodeFilesystemSpaceFillingUp | CAPACITY_PERFORMANCE",
            "HostDiskWillFillIn24Hours | CAPACITY_PERFORMANCE",
            "KubeCPUOvercommit | CAPACITY_PERFORMANCE",
            "Disk usage high on db-01 | CAPACITY_PERFORMANCE"})
    void anAlertNamedInCamelCaseIsReadAsItsWords(String title, RootCause expected) {
        CanonicalEvent alert = CanonicalEvent.builder().kind(EventKind.ALERT).source(Source.PAGERDUTY).sourceId("a")
                .title(title).build();

        assertThat(classifier.classify(alert).rootCause()).isEqualTo(expected);
    }

    @Test
    void readsTagsAndTheResolveReason() {
        CanonicalEvent event = CanonicalEvent.builder().kind(EventKind.ALERT).source(Source.OPSGENIE).sourceId("a")
                .title("Latency high").tags(List.of("root_cause:capacity", "saturation")).build();

        RootCauseVerdict verdict = classifier.classify(event);

        assertThat(verdict.rootCause()).isEqualTo(RootCause.CAPACITY_PERFORMANCE);
        assertThat(verdict.evidenceText()).contains("tags:");
    }

    @Test
    void theSentenceThatStatesTheCauseOutweighsPassingMentions() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "A release of the API went out at 10:00 and the network team changed a route that morning. "
                        + "The outage was caused by a failed disk in the database host."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.INFRASTRUCTURE_HARDWARE);
        assertThat(verdict.evidenceText()).contains("root_cause:\"failed disk\"");
    }

    @Test
    void whatTheAuthorsFirstSuspectedCountsLittle() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "We first suspected the network and the load balancer. The new release had a bug in the cache key."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.DEPLOYED_DEFECT);
        assertThat(verdict.scores().getOrDefault(RootCause.NETWORKING, 0.0))
                .isLessThan(verdict.scores().get(RootCause.DEPLOYED_DEFECT) / 2);
    }

    @Test
    void anExplanationTheAuthorsCallLessLikelyCountsLittle() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "The payment provider's outage broke the checkout. The latter is a less likely scenario considering"
                        + " the default timeout setting and the connection pool limit."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.DEPENDENCY);
    }

    @Test
    void aContrastEndsTheSuspicion() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "It looked like a capacity problem at first, but the cause was a hardware fault in the host."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.INFRASTRUCTURE_HARDWARE);
    }

    @Test
    void hypothesesWithoutAConclusionAreUnknown() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "We have not found the root cause. Possible explanations: a noisy neighbour, a garbage collection "
                        + "pause, or a network blip between the service and its cache. None is supported by the data."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.UNKNOWN);
    }

    @Test
    void candidatesListedWhileTheInvestigationIsOpenAreUnknown() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "The investigation is still open. Candidates are the storage array firmware and a switch on the path."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.UNKNOWN);
    }

    @Test
    void twoCategoriesScoringAlmostAlikeAreUnknown() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null, "Packet loss and a disk failure"));

        assertThat(verdict.scores()).containsKeys(RootCause.NETWORKING, RootCause.INFRASTRUCTURE_HARDWARE);
        assertThat(verdict.rootCause()).isEqualTo(RootCause.UNKNOWN);
    }

    @Test
    void aBareNegatedCopulaAtTheEndOfAClauseAffirmsTheTerm() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "The load was ordinary; the cooling was not."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.INFRASTRUCTURE_HARDWARE);
        assertThat(verdict.scores()).doesNotContainKey(RootCause.CAPACITY_PERFORMANCE);
    }

    @Test
    void aNegatedCopulaWithAComplementRulesTheTermOut() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "The deploy was not the cause. A malformed record in the input feed broke the parser."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.DATA);
        assertThat(verdict.scores()).doesNotContainKey(RootCause.DEPLOYED_DEFECT);
    }

    @Test
    void aRelativeClauseRightAfterATermCanRuleItOut() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "We checked the payment provider, which reported no problems, and the cause is still unknown."));

        assertThat(verdict.scores()).doesNotContainKey(RootCause.DEPENDENCY);
        assertThat(verdict.rootCause()).isEqualTo(RootCause.UNKNOWN);
    }

    @Test
    void codeThatDidNotChangeIsRuledOut() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "The code did not change; the cron expression setting was written for the wrong time zone."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.CONFIGURATION);
        assertThat(verdict.scores()).doesNotContainKey(RootCause.DEPLOYED_DEFECT);
    }

    @Test
    void wordsCountOnceForACategoryEvenWhenTwoTermsMatchThem() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null, "An operator restarted the primary by mistake"));

        assertThat(verdict.evidenceText()).contains("\"by mistake\"").doesNotContain("\"mistake\"");
    }

    @Test
    void normalLoadIsNotACause() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "Under normal load the pool was set to 5 in the values file instead of 60."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.CONFIGURATION);
        assertThat(verdict.evidenceText()).doesNotContain("\"load\"");
    }

    @Test
    void aRulesFileWithAnUnknownContextKeyIsRejectedNamingTheKey(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("rules.yaml");
        Files.writeString(bad, """
                min_score: 1
                confidence_scale: 8
                field_weights: {title: 1}
                negations: [not]
                ruled_out_after: [ruled out]
                categories: {DATA: {corrupt: 3}}
                context: {cause_cues_after: [because], cause_cues_before: [], hypothesis_cues: [], cause_boost: 2,
                  hypothesis_factor: 0.5, close_call_ratio: 0.9, hunch_factor: 3}
                """);

        assertThatThrownBy(() -> RootCauseRules.load(bad)).hasMessageContaining("'context.hunch_factor'")
                .hasMessageContaining("unknown key");
    }

    @Test
    void aHypothesisFactorAboveOneIsRejected(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("rules.yaml");
        Files.writeString(bad, """
                min_score: 1
                confidence_scale: 8
                field_weights: {title: 1}
                negations: [not]
                ruled_out_after: [ruled out]
                categories: {DATA: {corrupt: 3}}
                context: {cause_cues_after: [], cause_cues_before: [], hypothesis_cues: [], cause_boost: 2,
                  hypothesis_factor: 4, close_call_ratio: 0.9}
                """);

        assertThatThrownBy(() -> RootCauseRules.load(bad)).hasMessageContaining("'context.hypothesis_factor'");
    }

    @Test
    void aVehicleTermBesideAnotherCategorysCauseCountsHalf() {
        RootCauseVerdict carried = classifier.classify(postmortem(null,
                "A new cache TTL setting was rolled out at noon."));
        RootCauseVerdict shipped = classifier.classify(postmortem(null,
                "A new bug in the cache key was rolled out at noon."));

        assertThat(carried.rootCause()).isEqualTo(RootCause.CONFIGURATION);
        // "rolled out" weighs 2 in the root-cause field (3): 6 at full weight, 3 when it only carries a setting
        assertThat(carried.scores().get(RootCause.DEPLOYED_DEFECT)).isEqualTo(3.0);
        assertThat(shipped.evidenceText()).contains("root_cause:\"rolled out\" +6");
    }

    @Test
    void aQuotedMessageCountsAsASymptomNotAsTheCause() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "Customers saw \"packet loss\" while the identity vendor's API answered after five minutes."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.DEPENDENCY);
        // "packet loss" weighs 5 in the root-cause field (3): 15 in the authors' words, half inside quotes
        assertThat(verdict.scores().get(RootCause.NETWORKING)).isEqualTo(7.5);
    }

    @Test
    void aSentenceOpeningWithBecauseStatesTheCauseOnlyUpToItsComma() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "Because the third-party API was slow, support asked customers whether they had packet loss."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.DEPENDENCY);
        assertThat(verdict.evidenceText()).contains("root_cause:\"third-party\" +24");
        // "packet loss" (5) in the root-cause field (3) after the comma: the consequence, not boosted to 30
        assertThat(verdict.scores().get(RootCause.NETWORKING)).isEqualTo(15.0);
    }

    @Test
    void aLabelCueStatesTheCauseThroughItsCommas() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "Cause: an engineer edited the rules by hand, without review, outside the change process."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.HUMAN_PROCESS);
        assertThat(verdict.evidenceText()).contains("root_cause:\"without review\" +24");
    }

    @Test
    void aLongerTermOfOneCategoryClaimsItsWordsFromShorterTermsOfOthers() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "The new security group on the load balancer blocked the health check port."));

        assertThat(verdict.evidenceText()).contains("\"security group\"", "\"load balancer\"")
                .doesNotContain("\"security\"", "\"load\"");
        assertThat(verdict.scores()).doesNotContainKeys(RootCause.SECURITY, RootCause.CAPACITY_PERFORMANCE);
    }

    @Test
    void nothingWrongWithTheNetworkRulesTheNetworkOut() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "There was nothing wrong with the network; an engineer ran the delete in the wrong cluster."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.HUMAN_PROCESS);
        assertThat(verdict.scores()).doesNotContainKey(RootCause.NETWORKING);
    }

    @Test
    void aSystemThatDidWhatItWasToldIsRuledOut() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "The autoscaling group did what it was told; an engineer mistyped the desired count in the console."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.HUMAN_PROCESS);
        assertThat(verdict.scores()).doesNotContainKey(RootCause.CAPACITY_PERFORMANCE);
    }

    @Test
    void unknownAsAnAdjectiveIsNotAVerdictOnTheCause() {
        RootCauseVerdict adjective = classifier.classify(postmortem(null,
                "The dashboard was publicly accessible; access logs show requests from two unknown addresses."));
        RootCauseVerdict verdict = classifier.classify(postmortem(null, "The cause remains unknown."));

        assertThat(adjective.rootCause()).isEqualTo(RootCause.SECURITY);
        assertThat(verdict.rootCause()).isEqualTo(RootCause.UNKNOWN);
    }

    @Test
    void aListOfSubjectsRuledOutTogetherRulesOutEveryItem() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "The Terraform variable was set to the old address ranges. "
                        + "Routing, the firewall and the office networks were all fine."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.CONFIGURATION);
        assertThat(verdict.scores()).doesNotContainKey(RootCause.NETWORKING);
    }

    @Test
    void aTermWhoseOwnClauseGoesOnIsNotRuledOutByALaterPhrase() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "The firewall dropped the replies, and the other hosts were all fine."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.NETWORKING);
    }

    @Test
    void aClauseWithItsOwnVerbBeforeTheTermIsNotAListOfSubjects() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "The cause was the firewall, and the databases were all fine."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.NETWORKING);
    }

    @Test
    void aSecondPredicateOfTheSubjectCanRuleTheTermOut() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "The packet loss reports came from one mobile carrier and were unrelated. "
                        + "The pull request set the default TTL to 0."));

        assertThat(verdict.scores()).doesNotContainKey(RootCause.NETWORKING);
        assertThat(verdict.rootCause()).isEqualTo(RootCause.CONFIGURATION);
    }

    @Test
    void aPredicateAboutAnotherSubjectDoesNotRuleTheTermOut() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "The firewall dropped the replies and the other hosts were fine."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.NETWORKING);
    }

    @Test
    void systemsWorkingNormallyAreRuledOut() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "Nobody had taken over the registrar account after the hand-over. "
                        + "DNS hosting and the network were working normally."));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.HUMAN_PROCESS);
        assertThat(verdict.scores()).doesNotContainKey(RootCause.NETWORKING);
    }

    @Test
    void noSignOfAnAttackIsNotAnAttack() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "We found no sign of successful attacks; the change was merged without approval."));

        assertThat(verdict.scores()).doesNotContainKey(RootCause.SECURITY);
        assertThat(verdict.rootCause()).isEqualTo(RootCause.HUMAN_PROCESS);
    }

    @Test
    void whatATeamCheckedOrAskedWhetherIsAHypothesis() {
        RootCauseVerdict checked = classifier.classify(postmortem(null,
                "The network team checked the link for packet loss. The pool size was set to 5 in the new file."));
        RootCauseVerdict asked = classifier.classify(postmortem(null,
                "Security was asked whether it was an attack. The engineer followed an older copy of the procedure."));

        assertThat(checked.rootCause()).isEqualTo(RootCause.CONFIGURATION);
        assertThat(asked.rootCause()).isEqualTo(RootCause.HUMAN_PROCESS);
    }

    @Test
    void aCauseThatWasNeverTheIssueIsRuledOut() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "Capacity was never the issue: the release introduced a memory leak in the listener code."));

        assertThat(verdict.scores()).doesNotContainKey(RootCause.CAPACITY_PERFORMANCE);
        assertThat(verdict.rootCause()).isEqualTo(RootCause.DEPLOYED_DEFECT);
    }

    @Test
    void aFirstSuspicionIsAHypothesis() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "The network was our first suspicion. The Terraform variable pointed the service at the replica."));

        // "network" weighs 2 in the root-cause field (3), damped to a quarter
        assertThat(verdict.scores().get(RootCause.NETWORKING)).isEqualTo(1.5);
        assertThat(verdict.rootCause()).isEqualTo(RootCause.CONFIGURATION);
    }

    @ParameterizedTest(name = "{0} from \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "DEPENDENCY | The pricing team shipped a new version of their endpoint and they rolled back after our call",
            "INFRASTRUCTURE_HARDWARE | Lightning struck near the mast and the power surge burnt the injector",
            "INFRASTRUCTURE_HARDWARE | The flash storage in each kiosk was worn out after four years of logging",
            "DATA | One bad row in the product master stopped the nightly run",
            "SECURITY | Someone tampered with the package in our private registry",
            "HUMAN_PROCESS | The failure was in how the teams coordinate heavy work; the cluster is owned by nobody",
            "HUMAN_PROCESS | The change record was approved with the wrong start time and no second approver looked at it",
    })
    void recognisesTheVocabularyAddedAfterTheSeventhBatch(RootCause expected, String rootCauseText) {
        RootCauseVerdict verdict = classifier.classify(postmortem(null, rootCauseText));

        assertThat(verdict.rootCause()).as(verdict.evidenceText() + " " + verdict.scores()).isEqualTo(expected);
    }

    @Test
    void aSettingQuotedAsAnAssignmentInInlineCodeIsConfiguration() {
        RootCauseVerdict assignment = classifier.classify(postmortem(null,
                "A role-level change set `statement_timeout = 30s` for the loader."));
        RootCauseVerdict record = classifier.classify(postmortem(null,
                "The loader read `\"price\": 0` from the record."));

        assertThat(assignment.rootCause()).isEqualTo(RootCause.CONFIGURATION);
        assertThat(assignment.evidenceText()).contains("`statement_timeout = 30s`");
        assertThat(record.scores()).doesNotContainKey(RootCause.CONFIGURATION);
    }

    @Test
    void aNegationReachesTheItemAfterOrInACoordination() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "The hosts showed no recent OS package or configuration changes."));

        assertThat(verdict.scores()).doesNotContainKey(RootCause.CONFIGURATION);
    }

    @Test
    void authorsWhoDoNotKnowOutweighMentionsThatNoSentenceStatesAsTheCause() {
        String mentions = "The service grew until it reached its memory limit.";

        RootCauseVerdict undetermined = classifier.classify(postmortem(null, mentions + " We do not know why."));
        RootCauseVerdict mentioned = classifier.classify(postmortem(null, mentions));

        assertThat(undetermined.rootCause()).as(undetermined.scores().toString()).isEqualTo(RootCause.UNKNOWN);
        assertThat(mentioned.rootCause()).isEqualTo(RootCause.CAPACITY_PERFORMANCE);
    }

    @Test
    void aContributingFactorAndAFirstAssumptionCountAsHypotheses() {
        RootCauseVerdict contributing = classifier.classify(postmortem(null,
                "The release shipped a bug. A contributing factor was a tight threshold."));
        RootCauseVerdict assumed = classifier.classify(postmortem(null,
                "We first assumed a network problem. The release shipped a bug."));

        // "threshold" weighs 3 and "network" 2 in the root-cause field (3), damped to a quarter
        assertThat(contributing.scores().get(RootCause.MONITORING)).isEqualTo(2.25);
        assertThat(assumed.scores().get(RootCause.NETWORKING)).isEqualTo(1.5);
    }

    @Test
    void anotherPartysRollbackIsTheirChangeNotOurDefect() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null, "They rolled back at noon."));

        assertThat(verdict.scores()).doesNotContainKey(RootCause.DEPLOYED_DEFECT);
        assertThat(verdict.rootCause()).isEqualTo(RootCause.DEPENDENCY);
    }

    @Test
    void aQuoteVehicleOrModifierFactorAboveOneIsRejected(@TempDir Path dir) throws Exception {
        for (String key : List.of("quote_factor", "vehicle_factor", "modifier_factor")) {
            Path bad = dir.resolve(key + ".yaml");
            Files.writeString(bad, """
                    min_score: 1
                    confidence_scale: 8
                    field_weights: {title: 1}
                    negations: [not]
                    ruled_out_after: [ruled out]
                    categories: {DATA: {corrupt: 3}}
                    context: {cause_cues_after: [], cause_cues_before: [], hypothesis_cues: [], cause_boost: 2,
                      hypothesis_factor: 0.5, close_call_ratio: 0.9, %s: 2}
                    """.formatted(key));

            assertThatThrownBy(() -> RootCauseRules.load(bad)).hasMessageContaining("'context." + key + "'");
        }
    }

    @Test
    void aNetworkTermRightBeforeAConfigurationTermOnlySaysWhereTheFaultWas() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "A firewall misconfiguration blocked the payment hosts."));

        // "firewall" weighs 3 in the root-cause field (3), halved as the modifier of "misconfiguration"
        assertThat(verdict.scores().get(RootCause.NETWORKING)).isEqualTo(4.5);
        assertThat(verdict.rootCause()).isEqualTo(RootCause.CONFIGURATION);
    }

    @Test
    void aMistakeAdjectiveRightBeforeAConfigurationTermOnlySaysHowTheFaultCameAbout() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "An accidental environment variable pointed the test suite at the live database."));

        // "accidental" weighs 4 in the root-cause field (3), halved as the modifier of "environment variable"
        assertThat(verdict.scores().get(RootCause.HUMAN_PROCESS)).isEqualTo(6.0);
        assertThat(verdict.rootCause()).isEqualTo(RootCause.CONFIGURATION);
    }

    @Test
    void aMistypedValueIsAConfigurationFaultThatCameAboutByHand() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "A mistyped value in the rate-limit policy set the limit to 10 requests per minute instead of per "
                        + "second."));

        // "mistyped" weighs 4 in the root-cause field (3), halved as the modifier of "value"
        assertThat(verdict.scores().get(RootCause.HUMAN_PROCESS)).isEqualTo(6.0);
        assertThat(verdict.rootCause()).isEqualTo(RootCause.CONFIGURATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The CDN cache rules were edited to cache responses of authenticated pages, so pages with personal data "
                    + "were served from the cache to other users.",
            "The autoscaler's maximum replica count had been set to 2 in the staging overlay and that overlay was "
                    + "applied to production.",
    })
    void settingsNamedByTheToolThatHoldsThemAreConfiguration(String rootCause) {
        assertThat(classifier.classify(postmortem(null, rootCause)).rootCause()).isEqualTo(RootCause.CONFIGURATION);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DEPLOYED_DEFECT | The update stored the session token under a new key but still read the old one. Our "
                    + "tests mocked the storage layer, so they never saw the mismatch.",
            "DEPLOYED_DEFECT | A frontend change shipped with a CSS property Safari does not support; we only tested "
                    + "in Chrome.",
            "DATA | The exchange-rate feed published rates with the decimal point shifted for one currency, and we "
                    + "loaded them without a sanity check, so prices in that currency were ten times too high.",
            "DATA | Events written by the legacy collector carried local timestamps without an offset, and the "
                    + "warehouse stored them as UTC, shifting them by two hours.",
            "HUMAN_PROCESS | A contractor pointed the load-testing tool at the production URL because the "
                    + "instructions he was given did not say which environment to use.",
            // a check's own coverage is monitoring, not a gap in the tests
            "MONITORING | The health check only tested that the web server answered, not that the application "
                    + "worked, so a broken checkout went unnoticed for three hours.",
    })
    void gapsInTestsUncheckedValuesAndThinInstructionsNameTheirCategory(RootCause expected, String rootCause) {
        assertThat(classifier.classify(postmortem(null, rootCause)).rootCause()).isEqualTo(expected);
    }

    @Test
    void aNegationBeforeAMannerAdverbAffirmsTheMissingCareAsTheFault() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "The team enabled multicast traffic without properly configuring the switches first."));

        assertThat(verdict.scores()).containsKey(RootCause.CONFIGURATION);
        assertThat(verdict.evidenceText()).contains("configuring");
    }

    @Test
    void theMannerWordsAreTheRulesFilesNegationExceptions(@TempDir Path dir) throws Exception {
        String defaults;
        try (var in = RootCauseRules.class.getResourceAsStream(RootCauseRules.DEFAULTS_RESOURCE)) {
            defaults = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path none = dir.resolve("none.yaml");
        Files.writeString(none, defaults.replaceFirst("(?s)negation_exceptions: \\[.*?]", "negation_exceptions: []"));
        String text = "The team enabled multicast traffic without properly configuring the switches first.";

        RootCauseVerdict verdict = new RootCauseClassifier(RootCauseRules.load(none)).classify(postmortem(null, text));

        assertThat(verdict.scores()).doesNotContainKey(RootCause.CONFIGURATION);
    }

    @Test
    void notTheResultOfRulesTheFollowingTermOut() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "The outage was a software error in the resolver and not the result of an attack."));

        assertThat(verdict.scores()).doesNotContainKey(RootCause.SECURITY);
        assertThat(verdict.rootCause()).isEqualTo(RootCause.DEPLOYED_DEFECT);
    }

    @Test
    void aNetworkTermBeforeALightTermOfAnotherCategoryKeepsItsWeight() {
        RootCauseVerdict verdict = classifier.classify(postmortem(null,
                "The firewall outage stopped the payment hosts."));

        // "outage" weighs 1, too little to be the head that says what kind of fault it was
        assertThat(verdict.scores().get(RootCause.NETWORKING)).isEqualTo(9.0);
    }

    @Test
    void aModifierCategoryThatIsNoCategoryIsRejected(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("modifier.yaml");
        Files.writeString(bad, """
                min_score: 1
                confidence_scale: 8
                field_weights: {title: 1}
                negations: [not]
                ruled_out_after: [ruled out]
                categories: {DATA: {corrupt: 3}}
                context: {cause_cues_after: [], cause_cues_before: [], hypothesis_cues: [], cause_boost: 2,
                  hypothesis_factor: 0.5, close_call_ratio: 0.9, modifier_categories: [ROUTERS]}
                """);

        assertThatThrownBy(() -> RootCauseRules.load(bad)).hasMessageContaining("'context.modifier_categories'");
    }

    @Test
    void survivesJavaSerialisationAsFlinkFunctionsNeed() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(classifier);
        }
        RootCauseClassifier copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (RootCauseClassifier) in.readObject();
        }

        assertThat(copy.classify(postmortem(null, "BGP route leak")).rootCause()).isEqualTo(RootCause.NETWORKING);
    }

    @Test
    void aRulesFileWithAnUnknownCategoryIsRejectedNamingTheKey(@TempDir Path dir) throws Exception {
        String defaults;
        try (var in = RootCauseRules.class.getResourceAsStream(RootCauseRules.DEFAULTS_RESOURCE)) {
            defaults = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path bad = dir.resolve("rules.yaml");
        Files.writeString(bad, defaults.replace("  DATA:\n", "  DATTA:\n"));

        assertThatThrownBy(() -> RootCauseRules.load(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("categories.DATTA").hasMessageContaining("unknown category");
    }

    @Test
    void aRulesFileWithAWrongValueIsRejectedNamingTheKey(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("rules.yaml");
        Files.writeString(bad, """
                min_score: lots
                confidence_scale: 8
                field_weights: {title: 1}
                negations: [not]
                ruled_out_after: [ruled out]
                categories: {DATA: {corrupt: 3}}
                """);

        assertThatThrownBy(() -> RootCauseRules.load(bad)).hasMessageContaining("'min_score'");
    }

    @Test
    void aUsersRulesFileReplacesTheTerms(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, """
                min_score: 1
                confidence_scale: 8
                field_weights: {title: 1}
                negations: [not]
                ruled_out_after: [ruled out]
                categories: {DEPENDENCY: {acme outage: 3}}
                """);

        RootCauseVerdict verdict = new RootCauseClassifier(RootCauseRules.load(rules))
                .classify(alert("Acme outage again", List.of()));

        assertThat(verdict.rootCause()).isEqualTo(RootCause.DEPENDENCY);
    }

    @Test
    void repeatedTextsGetTheVerdictsOfAFreshClassifierBeforeAndAfterTheRecentReadingsAreDropped() {
        List<String> notes = List.of("rolled back", "the config change was rolled back", "not the network",
                "added capacity", "");
        List<CanonicalEvent> alerts = new java.util.ArrayList<>();
        for (int i = 0; i < 2 * RootCauseClassifier.RECENT_TEXTS + 50; i++) {
            // titles and notes repeat, but in changing pairs: each field's reading is kept on its own
            alerts.add(alert(i % 2 == 0 ? "Disk full on db-" + i + " after the log rotation job failed"
                    : "Checkout 5xx after deploy " + i + " of the payment client",
                    List.of(notes.get(i % notes.size()) + " " + (i % 7 == 0 ? "db-" + i : ""))));
        }
        alerts.add(alert("Timeouts " + "to the upstream partner API ".repeat(60), List.of()));

        List<RootCauseVerdict> first = alerts.stream().map(classifier::classify).toList();
        // backwards, so that the last alerts of the first pass still come from the kept verdicts
        List<RootCauseVerdict> again = new java.util.ArrayList<>(alerts.size());
        for (int i = alerts.size() - 1; i >= 0; i--) {
            again.add(0, classifier.classify(alerts.get(i)));
        }

        // classifyAfresh(texts) reads every text afresh: the reference
        List<RootCauseVerdict> fresh = alerts.stream().map(a -> classifier.classifyAfresh(Map.of(
                TextField.TITLE, List.of(a.title()), TextField.NOTES, a.notes()))).toList();
        assertThat(first).isEqualTo(fresh);
        assertThat(again).isEqualTo(fresh);
        assertThat(first.get(5).rootCause()).isEqualTo(RootCause.DEPLOYED_DEFECT); // "rolled back"
        assertThat(first.get(1).rootCause()).isEqualTo(RootCause.CONFIGURATION); // "the config change was …"
    }

    @Test
    void scoresAreListedInTheCategoriesOrderEveryTime() {
        RootCauseVerdict verdict = new RootCauseVerdict(RootCause.DATA, 0.5, List.of(), Map.of(
                RootCause.DATA, 3.0, RootCause.NETWORKING, 1.0, RootCause.DEPLOYED_DEFECT, 2.0));

        assertThat(verdict.scores().keySet())
                .containsExactly(RootCause.DEPLOYED_DEFECT, RootCause.NETWORKING, RootCause.DATA);
        assertThat(verdict.scores()).hasToString("{DEPLOYED_DEFECT=2.0, NETWORKING=1.0, DATA=3.0}");
    }

    @Test
    void aStatusPageStateAtTheStartOfALineIsNotATerm() {
        String label = "Monitoring — 15:20 Traffic is back at its usual level.";
        String word = "The monitoring missed the backlog — 15:20 was when it paged.";

        assertThat(RootCauseClassifier.statusLabel(label, 0, "Monitoring".length())).isTrue();
        assertThat(RootCauseClassifier.statusLabel("[Monitoring] 15:20 back", 1, 11)).isTrue();
        assertThat(RootCauseClassifier.statusLabel(word, 4, 14)).isFalse();
        assertThat(RootCauseClassifier.statusLabel("Firewall: the rule blocked the subnet", 0, 8)).isFalse();
        assertThat(classifier.classify(postmortem("Status", label)).scores()).doesNotContainKey(RootCause.MONITORING);
    }

    @Test
    void aNegationFourWordsBeforeATermStillNegatesIt() {
        RootCauseVerdict verdict = classifier.classify(postmortem("Alarms",
                "No store had lost connectivity at any point."));

        assertThat(verdict.scores()).doesNotContainKey(RootCause.NETWORKING);
    }

    @Test
    void nothingChangedOnTheirSideAndPlentyOfHeadroomRuleTheTermOut() {
        RootCauseVerdict provider = classifier.classify(postmortem("Paywall",
                "Support confirmed nothing had changed at all on their side."));
        RootCauseVerdict capacity = classifier.classify(postmortem("Egress",
                "The pods had plenty of headroom; CPU and memory were well below what the nodes allow."));

        assertThat(provider.scores()).doesNotContainKey(RootCause.DEPENDENCY);
        assertThat(capacity.scores()).doesNotContainKey(RootCause.CAPACITY_PERFORMANCE);
    }

    @Test
    void theLabelThatOpensARootCauseIsTheCategoryTheAuthorsFiledItUnder() {
        RootCauseVerdict v = classifier.classify(Map.of(
                TextField.ROOT_CAUSE, List.of("Bad configuration during a planned change: the new secret was written to "
                        + "the staging store only. The rotation runbook had no verification step."),
                TextField.RESOLUTION, List.of("The secret was copied manually to production.")));

        assertThat(v.rootCause()).isEqualTo(RootCause.CONFIGURATION);
    }

    @Test
    void onlyAShortPhraseBeforeTheFirstColonIsALabelAndNotOneThatTellsWhatSomeoneDid() {
        assertThat(RootCauseClassifier.openingLabelEnd("Capacity: the pool was too small")).isEqualTo(8);
        assertThat(RootCauseClassifier.openingLabelEnd("  Third-party outage: the provider's API failed")).isEqualTo(20);
        assertThat(RootCauseClassifier.openingLabelEnd("We checked the network: it was fine")).isEqualTo(-1);
        assertThat(RootCauseClassifier.openingLabelEnd("The deploy at 10:00 broke the cache")).isEqualTo(-1);
        assertThat(RootCauseClassifier.openingLabelEnd("A long account of what happened to the cluster at night: x"))
                .isEqualTo(-1);
    }

    @Test
    void aWordInsideAHostOrTheServiceNameIsNoCause() {
        CanonicalEvent onDataHost = CanonicalEvent.builder().kind(EventKind.ALERT).source(Source.PAGERDUTY)
                .sourceId("P2").service("inventory-db").title("Disk usage above 90% on inventory-data-03 (inventory-db)")
                .build();
        CanonicalEvent onRoutingService = CanonicalEvent.builder().kind(EventKind.ALERT).source(Source.PAGERDUTY)
                .sourceId("P3").service("routing-search").title("Cluster health RED (routing-search)").build();

        assertThat(classifier.classify(onDataHost).scores()).doesNotContainKey(RootCause.DATA);
        assertThat(classifier.classify(onRoutingService).scores()).doesNotContainKey(RootCause.NETWORKING);
        // the same words written as words still count
        assertThat(classifier.classify(alert("Corrupted data in the inventory table", List.of())).rootCause())
                .isEqualTo(RootCause.DATA);
    }

    @Test
    void anAlertsOwnWordsNameItsCheckAndNeverSayTheAlertWasWrong() {
        // Every alert names its check; only people's words (notes, tags, resolve reasons) say it was wrong.
        RootCauseVerdict check = classifier.classify(alert("Synthetic check 'Login smoke test' failed from eu-west-1",
                List.of()));
        assertThat(check.scores()).doesNotContainKey(RootCause.MONITORING);
        assertThat(classifier.classify(alert("Synthetic check 'Login smoke test' failed from eu-west-1",
                List.of("False positive: the synthetic check's threshold is too tight."))).rootCause())
                .isEqualTo(RootCause.MONITORING);
        // the same words written by people in a postmortem still count
        assertThat(classifier.classify(postmortem("Login check paged for nothing",
                "The synthetic check itself was wrong: a false alarm from a flaky probe.")).rootCause())
                .isEqualTo(RootCause.MONITORING);
    }

    private static CanonicalEvent alert(String title, List<String> notes) {
        return CanonicalEvent.builder().kind(EventKind.ALERT).source(Source.PAGERDUTY).sourceId("P1")
                .title(title).notes(notes).build();
    }

    private static CanonicalEvent postmortem(String title, String rootCause) {
        return CanonicalEvent.builder().kind(EventKind.POSTMORTEM).source(Source.POSTMORTEM).sourceId("pm")
                .title(title)
                .postmortem(new PostmortemDetails(null, List.of(), null, null, null, rootCause, null, null, null,
                        List.of(), null, false))
                .build();
    }
}
