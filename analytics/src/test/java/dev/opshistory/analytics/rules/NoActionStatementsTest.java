package dev.opshistory.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoActionStatementsTest {

    private final NoActionStatements statements = new NoActionStatements(RuleSettings.defaults());

    @ParameterizedTest
    @ValueSource(strings = {
            "Recovered on its own before I got to it. No action taken.",
            "Watched it for a while, cleared by itself. Nothing to do.",
            "no action needed",
            "Self-resolved",
            "went away without any intervention",
            "Nothing to do here.",
            "Didn't touch anything, it is back to normal on its own",
            "Just watched it recover",
            "not actionable, closing",
    })
    void sayingNothingWasDoneIsANoActionStatement(String note) {
        assertThat(statements.find(note)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Nothing to fix on our side, the sender knows",
            "nothing for us to do",
            "that's the market, nothing for ops here",
            "nothing we can do from our side",
            "it'll come back. it did.",
            "nightly batch, goes away by itself",
            "usually clears on its own",
            "retries are handling it, just watching",
            "waiting for it to settle",
            "left it alone, it cleared",
            "not much we can do",
            "vendor-side slowness, we'll wait it out",
            "Sometimes nodes experience transient issues that resolve themselves after a while.",
            "the bench automatically became accessible again",
            "No human intervention is required",
            "requires no further action",
            "We did not intervene",
            "Resolved on Cloudflare's end",
            "resolved upstream by our hosting provider",
            "completely out of our control",
            "Not much we can do on our side until they resolve this",
            "didn't recur, so closing",
            "Closing until it appears again",
            "The certificate will auto renew",
    })
    void nothingToDoSaidInOtherWordsIsANoActionStatement(String note) {
        assertThat(statements.find(note)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "it did not go away by itself, restarted the pod",
            "restarted the tunnel, it'll come back in a minute",
            "bounced the tunnel, leaving it to auto-close",
            "nothing we can do about the vendor, so switched to the backup provider",
            "couldn't wait it out, failed over to the backup provider",
            "not much we can do about the vendor, so switched to the backup provider",
            "It did not resolve itself, so I restarted the pod",
            "hasn't happened again since the restart",
            "Resolved by host reboot",
            "Restarted the pod, it was a transient issue",
    })
    void workNotesThatMentionRecoveryAreNotNoActionStatements(String note) {
        assertThat(statements.find(note)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Restarted the consumer",
            "It did not recover on its own, so I restarted the pod",
            "nothing to do with the deploy; rolled back the config",
            "no action taken yet, investigating",
            "Could it have cleared by itself?",
            "Failed over to the secondary",
            "Watched the logs, found the stuck job and killed it",
            "Not a problem with the code? Checking",
            "The provider didn't have an outage, our certificate expired and I renewed it",
            "The disk is not temporary storage",
    })
    void workNotesQuestionsAndOtherMeaningsOfTheWordsAreNotNoActionStatements(String note) {
        assertThat(statements.find(note)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Supplier network issue [ticket #145](https://tracker.example.org/145)",
            "Network misconfiguration from our provider",
            "Server is back, another error on the hosts end.",
            "My hoster has solved its network problem.",
            "The host put us in rescue mode. We have to wait for them to mail us back",
            "pkgs.example.net is having an outage right now, see https://status.example.com",
            "Since no action can be taken, closing this.",
            "Closing here because we cannot do anything.",
            "there's not too much that we can do during this",
            "I haven't seen this failure any more, so I'm going to close it.",
            "A week passed and no other similar failures have been reported, closing.",
            "We've been keeping an eye on the servers and everything seems to have recovered.",
            "turns out to not really be actionable",
    })
    void nothingToDoSaidAsOtherTeamsWriteItIsANoActionStatement(String note) {
        assertThat(statements.find(note)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Upstream provider issue, so we failed over to the backup link",
            "Supplier network issue. Switched traffic to the second carrier.",
            "nothing we can do about their API; I bumped the client timeout",
            "haven't seen it again since the restart",
            "Cleared by itself at first, then it came back; restarted the pod",
            "hoster's maintenance ran long, rebooted our VMs once it ended",
            "Transient network issue; restarted the proxy",
            "Power outage at the DC, we failed over to the second site",
            "The provider had an outage, so we switched to the backup provider",
            "Looks like a temporary glitch in the job, I re-ran it",
            "It works on my machine but not in prod, so I rolled back the release",
            "Auto-renew had failed, renewed the certificate by hand",
    })
    void aNoteThatAlsoSaysWhatWasDoneIsWork(String note) {
        assertThat(statements.find(note)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Cleared by itself.",
            "restarted by itself overnight, nothing to do",
            "fixed upstream by the provider",
    })
    void aVerbSaidOfTheThingItselfIsNoWork(String note) {
        assertThat(statements.find(note)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Thanks for your message. The hosting company had an outage in one of their datacenters. All back now!",
            "The site is down due to our cloud provider's outage. I will close this once it is resolved",
            "Hi, there is currently a power outage so the server is offline. Probably back in a day or two.",
            "It's just another temporary power-outage as said above...",
            "The CI service is down. It's their issue, not a problem with the code.",
            "That's not a problem with the action.",
            "At this point the matter is out of our hands as it involves backbone providers.",
            "thanks, seems to have been temporal.",
            "Looks like a very temporary glitch, it works from my machines now.",
            "Temporary infra issue.",
            "Usually these failures are due to some temporary server glitches on the remote end",
            "did not happen anymore, I close it for now",
            "this bug likely doesn't apply anymore",
            "The token got rate-limited. In short, re-trying the build should work.",
            "It's working now. Nothing changed on our end.",
            "Somehow this seems to have been solved without any configuration or code change.",
            "Question answered, nothing left todo",
            "it's OK that they fail; the nightly builds are a routine lint",
            "It's on auto-renew :P",
            "Estamos passando por uma indisponibilidade momentânea em nossos serviços.",
            "Vorübergehende Störung beim Hoster, läuft wieder",
            "Panne temporaire chez l'hébergeur",
    })
    void nothingToDoAsTheNinthRoundOfRealNotesSaysItIsANoActionStatement(String note) {
        assertThat(statements.find(note)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Yeah, sorry, my web host had some \"unscheduled emergency maintenance\".",
            "Acme Cloud seems to have had quite a few issues lately, but everything seems back up at the moment.",
            "We're looking into it - Acmehost seems to be having an issue: https://status.example.com/",
            "Please be patient, Acmeapp is facing an outage right now and our app will throw errors.",
            "This appears to be an issue with Acmehost.",
            "Hi, there is some DDOS attack going on at our hosting provider.",
            "Our hosting provider was hit 24h ago with a massive DDoS attack which was impacting the network.",
            "We assume this is caused by the hosting service. The website is running again.",
            "i know its down, the issue is on the hosting side. not really much i can do from my side",
            "we just have to wait....",
            "I'm closing this bug since it's not actually a bug.",
            "Unser Hoster hat bestätigt das es eine Störung gab.",
            "O provedor de hospedagem está fazendo uma manutenção no sistema de backup do servidor.",
            "Direto o serviço de hospedagem dá dessas e derruba minha aplicação.",
    })
    void nothingToDoAsTheTenthRoundOfRealNotesSaysItIsANoActionStatement(String note) {
        assertThat(statements.find(note)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The database seems to be having issues? Checking",
            "Our API is having an outage, restarted the workers",
            "This appears to be an issue with the config.",
            "We were hit by a bug in the parser, patched it",
    })
    void workAndOurOwnTroubleAreNotTheTenthRoundsNoActionStatements(String note) {
        assertThat(statements.find(note)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Oh it seems this is an issue on GitHub's side https://www.githubstatus.com/incidents/m16jzl31gnqt",
            "Appears to be an issue from upstream as multiple users are reporting the same.",
            "it seemed to be a problem at the hoster indeed",
            "I guess it was a temporary issue with my host",
            "The root cause for this downtime was server maintenance by our cloud provider",
            "I am sorry, our provider's infrastructure is down.",
            "Their Duesseldorf data center is down and our server is there.",
            "Acmecloud issue has been resolved with services operating normally.",
            "Investigating with hosting provider now. Provider has finally rebooted the host, issues have been resolved.",
            "Our only option was to wait.",
            "Try again later or temporarily use a different mirror.",
            "also now with GHA I can not see a problem anymore.",
            "The scheduled run on 2026-09-21 succeeded, so closing this.",
    })
    void nothingToDoAsTheEleventhRoundOfRealNotesSaysItIsANoActionStatement(String note) {
        assertThat(statements.find(note)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Fixed by https://github.com/example/project/pull/984 The last Nightly build succeeded",
            "Fix at #201. The next run succeeded.",
            "The database issue has been resolved? Not yet",
            "We restarted the runner after the next run succeeded partially",
    })
    void aFixNamedByItsChangeIsWorkNotTheEleventhRoundsNoActionStatements(String note) {
        assertThat(statements.find(note)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Upstream provider issue, the service has been restarted and is healthy again.",
            "Supplier network issue. The certificate was renewed meanwhile",
            "The hoster had a network problem; the proxy was restarted and the disk got expanded.",
            "Upstream issue, the failed job has now been re-run.",
    })
    void workSaidInThePassiveIsWork(String note) {
        assertThat(statements.find(note)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Upstream issue, the pod was restarted by kubelet",
            "Provider issue; the VM was rebooted automatically",
            "Issue on the hoster's side, the server was rebooted by the hoster",
            "Upstream issue, the service needs to be restarted",
            "Upstream issue, nothing was restarted",
    })
    void whatAMachineOrAProviderDidOrWhatIsStillToDoIsNoPassiveWork(String note) {
        assertThat(statements.find(note)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Auto-resolved before I could look",
            "Transient",
            "Just a blip.",
            "Transient, recovered after a minute",
            "Stripe API latency on their side, see their status page",
            "Waited for the batch job to finish",
            "Spike from the email campaign, it cleared",
            "Traffic back to normal",
            "No impact, recovered before anyone could look",
            "Looks like a network hiccup at the provider, all good now",
            "Flapped twice and settled down",
            "Load spike from a crawler, subsided quickly",
            "Platform issue, monitored until resolved",
            "Intermittent, cleared before investigation",
            "Provider degradation in the region, no action possible",
            "Transient DNS timeout, no follow-up needed",
            "No further occurrences, closing",
            "Batch job ran long, completed normally",
            "Cleared after the retry succeeded",
            "Burst of traffic from a partner, handled by autoscaling",
            "Brief latency bump during GC",
            "Network blip, all checks green again",
            "Slack was down, nothing on our side",
            "SMS gateway delay, out of our control",
            "Short-lived spike, back within SLO",
            "Node was preempted, workload rescheduled automatically",
            "Pod evicted and rescheduled by Kubernetes, no impact",
            "Resolved before escalation, root cause upstream",
            "Our DNS provider is also our registrar, so there was nothing that we could do during the outage.",
            "Resolved. Our provider has declared it fixed.",
            "We determined the issue was at AWS where the app is hosted.",
            "Normal service was resumed without restorative action needed.",
            "This has stopped happening.",
            "Il y a un downtime chez Clever.",
            // in other languages
            "Se resolvió solo, no hicimos nada",
            "Problema del proveedor, esperamos a que lo solucionaran",
            "Hat sich von selbst erledigt",
            "Störung beim Provider, wir konnten nichts tun",
            "Résolu tout seul après quelques minutes",
            "Incident chez l'hébergeur, rien à faire de notre côté",
            "Resolveu sozinho, nenhuma ação necessária",
            "Само восстановилось, никаких действий не потребовалось",
            "Проблема на стороне провайдера, ждали",
    })
    void onCallShorthandForNothingDoneIsANoActionStatement(String note) {
        assertThat(statements.find(note)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Restarted the worker, recovered after a minute",
            "Resolved after 5 minutes",
            "Transient errors kept coming back, so I rolled back the release",
            "Not on their side: our proxy dropped the connections",
            "Waited for the lock, then killed the blocking query",
            "It cleared once I had freed up the disk",
            "The queue settled down after we scaled the consumers",
            "Monitored until the rollback finished; we rolled back the release",
            "Completed normally after I freed up the disk",
            "Checks green again after we restarted the proxy",
            "Brief spike, so I raised the pool size",
            "The node was preempted and the job failed, so I re-ran it",
            "Out of our control at first, then we failed over to the second region",
            "Problema del proveedor, we failed over to the backup",
            "Störung beim Provider, Dienst neu gestartet",
            "What caused it? Power outage. What fixed it? Restarting the VM via Ganeti",
            "Nothing we could do at first; we restarted the proxy once the link was back",
            "The issue was at our end: we had the wrong DNS record, fixed it",
            "Un downtime chez nous, nous avons redémarré le serveur",
            "Problema del proveedor, reiniciamos el servicio",
            "Incident chez l'hébergeur, nous avons redémarré le serveur",
            "Проблема на стороне провайдера, перезапустили сервис",
    })
    void onCallShorthandWithWorkOrOfOurOwnFixIsNot(String note) {
        assertThat(statements.find(note)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Due to technical difficulties of our hosting provider the EU location was unavailable. Service has "
                    + "been reinstated.",
            "Waiting on Hetzner to bring the node back online. Node is back.",
            "The ISP did mention they were doing a server migration; it's up now.",
            "Upstream API was returning 503s for 20 minutes; they resolved it.",
            "Carrier fibre cut, repaired by the carrier.",
            "Vendor confirmed an issue on their platform and deployed a fix. No action from us.",
            "Github outage, builds resumed once GitHub recovered.",
            "Network issue at the colo, resolved by the colo staff.",
            "Our CDN had a regional outage; traffic recovered once they rerouted.",
            "Provider maintenance overran by 30 minutes, service came back after it finished.",
            "Root cause was an outage at Stripe, not us. Payments went through again after 15 minutes.",
            "The partner's SFTP server was down, file arrived once they fixed it.",
    })
    void aThirdPartysTroubleWaitedOutIsANoActionStatement(String note) {
        assertThat(statements.find(note)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "DNS provider outage, moved the zone to the secondary provider.",
            "ISP outage at the office; routed traffic over the LTE backup.",
            "Waited for the provider, then restarted our workers to clear the backlog.",
            "Outage at our CDN, we bypassed it and served from origin",
            "The disk was repaired by the hoster, then we restored the database from the backup",
    })
    void aThirdPartysTroubleWithOurOwnWorkIsNot(String note) {
        assertThat(statements.find(note)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Caused by a Fastly incident, see their status page.",
            "Due to a major Heroku outage in the EU region.",
            "There was a Slack outage that triggered the webhook failures.",
            "Twilio had a partial outage affecting SMS delivery; back to normal.",
            "Power went out in the building. Came back after an hour.",
            "Power was restored at 18:40, alerts cleared.",
            "Just a network blip.",
            "Marked as resolved on their status page - closing.",
            "npm registry outage broke the builds, retried later and passed.",
            "The alert measures queue depth; the backlog drained on its own within minutes.",
            "Closing — root cause was a GitHub-side Actions incident. Run creation was delayed 20 minutes.",
            "Yeah, something wrong with Digital Ocean :( It is up now! Anyway, thanks for the report!",
            "Looks like Let's Encrypt had issues issuing certs; it retried on its own and succeeded.",
    })
    void anOutageNamedAsSomeoneElsesIsANoActionStatement(String note) {
        assertThat(statements.find(note)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Due to a database outage; we failed over to the replica.",
            "This was an AWS outage, we moved traffic to us-west-2.",
            "Power went out, we started the generator and brought the servers back up.",
            "Network blip caused the queue to get stuck, restarted the consumers.",
            "There was an outage of the payments service after the release; reverted it.",
            "Caused by our outage of the login service",
            "We had an outage of the primary database",
            "Disk at 96%, it recovered on its own last time, but cleared the old logs this time",
            "A server-side issue in our API broke the uploads; we fixed the handler",
            "Something wrong with the config, fixed it and redeployed",
    })
    void anOutageWithOurWorkOrOfOurOwnIsNot(String note) {
        assertThat(statements.find(note)).isNull();
    }

    @Test
    void aLinkOrAFileNameDoesNotEndAClause() {
        assertThat(statements.find("Our host has servers offline, https://status.example.com "
                + "Not much we can do on our side until they resolve this.")).isNotNull();
    }

    @Test
    void evidenceIsTheNoteWhenShort() {
        assertThat(statements.find("Cleared by itself.")).isEqualTo("Cleared by itself.");
    }
}
