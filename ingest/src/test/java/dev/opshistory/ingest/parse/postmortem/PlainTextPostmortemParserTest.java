package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.opshistory.ingest.parse.CollectingSink;
import dev.opshistory.ingest.parse.ParserRegistry;
import dev.opshistory.ingest.parse.Parsing;
import dev.opshistory.model.ActionItem;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.PostmortemDetails;
import dev.opshistory.model.Reject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Postmortems kept as plain text: headings without marks, a title line, fields, and notes that are not postmortems. */
class PlainTextPostmortemParserTest {

    private final PlainTextPostmortemParser parser = new PlainTextPostmortemParser();


    @Test
    void textInWikiMarkupPastedFromJiraOrConfluenceIsReadByItsMarks() {
        String text = """
                h1. Postmortem: Queue outage

                h2. Summary
                Orders queued for 40 minutes on 2025-04-02.

                h2. Root cause
                The consumer group was rebalancing in a loop after a config change.

                h2. Action items
                # Pin the consumer config (Ana Ruiz)
                # Alert on rebalance rate
                """;

        CanonicalEvent e = Parsing.parse(parser, text, "review.txt").onlyEvent();

        assertThat(e.title()).isEqualTo("Postmortem: Queue outage");
        assertThat(e.postmortem().rootCause()).isEqualTo("The consumer group was rebalancing in a loop after a config change.");
        assertThat(e.postmortem().actionItems()).extracting(ActionItem::text)
                .containsExactly("Pin the consumer config", "Alert on rebalance rate");
    }

    @Test
    void underlinedHeadingsLoseTheirUnderline() {
        String text = """
                Login outage
                ============

                Incident Summary
                ================

                On 2025-03-03 users could not log in for 45 minutes.

                Root Cause
                ~~~~~~~~~~

                A session TTL change filled the session store.
                """;

        CanonicalEvent e = Parsing.parse(parser, text, "review.txt").onlyEvent();

        assertThat(e.title()).isEqualTo("Login outage");
        assertThat(e.postmortem().summary()).isEqualTo("On 2025-03-03 users could not log in for 45 minutes.");
        assertThat(e.postmortem().rootCause()).isEqualTo("A session TTL change filled the session store.");
    }

    @Test
    void googleDocsPlainTextDownloadGivesItsTitleFieldsSectionsAndActionItems() {
        CanonicalEvent e = Parsing.parse(parser, Path.of("src/test/resources/postmortem/google-docs-plain-text.txt")).onlyEvent();
        PostmortemDetails pm = e.postmortem();

        assertThat(e.title()).isEqualTo("Postmortem: Nightly billing run charged 312 customers twice");
        assertThat(pm.date()).isEqualTo("2025-09-18");
        assertThat(e.priority()).isEqualTo("SEV2");
        assertThat(pm.summary()).startsWith("The nightly billing job ran twice");
        assertThat(pm.impact()).isEqualTo("312 duplicate charges, 41 support tickets, two chargebacks.");
        assertThat(pm.rootCause()).startsWith("The job's lock in Redis had a 30 minute expiry.");
        assertThat(pm.trigger()).startsWith("A new report query");
        assertThat(pm.detection()).startsWith("Customers wrote to support");
        assertThat(pm.lessons()).startsWith("A lock with an expiry");
        assertThat(pm.actionItems()).extracting(ActionItem::owner)
                .containsExactly("Hannah Berg", "Tomasz Nowak", "Tomasz Nowak");
    }

    @Test
    void aLineThatNamesASectionIsAHeadingOnlyWhenItStandsAlone() {
        CanonicalEvent e = Parsing.parse(parser, """
                Checkout outage
                Summary
                Checkout failed for 20 minutes.
                Root cause: a bad deploy of the cart service.
                Impact
                The impact was that customers could not pay, and the summary of it is below.
                """, "pm.txt").onlyEvent();

        assertThat(e.title()).isEqualTo("Checkout outage");
        assertThat(e.postmortem().summary()).isEqualTo("Checkout failed for 20 minutes.");
        assertThat(e.postmortem().rootCause()).as("a field line, as in Markdown").isEqualTo("a bad deploy of the cart service.");
        assertThat(e.postmortem().impact()).startsWith("The impact was that customers could not pay");
    }

    @Test
    void aFirstLineThatGivesAFieldIsNoTitle() {
        CanonicalEvent e = Parsing.parse(parser, """
                Date: 2024-02-02
                Summary
                Logins failed.
                Root cause
                An expired certificate.
                """, "login-outage.txt").onlyEvent();

        assertThat(e.title()).isEqualTo("login-outage");
        assertThat(e.postmortem().date()).isEqualTo("2024-02-02");
    }

    @Test
    void textAlreadyWrittenInMarkdownIsReadAsItIs() {
        CanonicalEvent e = Parsing.parse(parser, """
                # Queue outage

                ## Summary
                Jobs were dropped.

                ## Root cause
                A flag set to 0.
                """, "pm.txt").onlyEvent();

        assertThat(e.title()).isEqualTo("Queue outage");
        assertThat(e.postmortem().summary()).isEqualTo("Jobs were dropped.");
        assertThat(e.postmortem().rootCause()).isEqualTo("A flag set to 0.");
    }

    @Test
    void aNoteThatIsNotAPostmortemIsOneRejectSayingSo() {
        CollectingSink sink = Parsing.parse(parser, """
                Export notes
                Exported from PagerDuty on 2024-03-01 by the SRE team, then restarted the script twice after 5 minutes.
                """, "notes.txt");

        assertThat(sink.events).isEmpty();
        assertThat(sink.rejects).extracting(Reject::file, Reject::position).containsExactly(tuple("notes.txt", "file"));
        assertThat(sink.rejects.get(0).reason()).startsWith("text file that is not a postmortem");
    }

    @Test
    void aFirstLineThatIsABulletedSentenceIsTheAccountNotTheTitle() {
        CollectingSink sink = Parsing.parse(parser, """
                • This morning, our primary datacenter lost its connection to the Internet after our upstream provider suffered a major outage.

                      It took nearly five hours before service was fully restored.

                      Our failover procedures, designed to rebalance traffic over our backup connections, failed to work as expected.
                """, "this-mornings-outage.txt");

        assertThat(sink.rejects).isEmpty();
        CanonicalEvent event = sink.onlyEvent();
        assertThat(event.title()).isEqualTo("this-mornings-outage");
        assertThat(event.postmortem().duration()).isEqualTo("nearly 5 hours");

        // the file's name titles an untitled account only when it names an outage
        String untitled = "This morning we restarted the queue workers after the deploy; the failed jobs were retried.\n"
                + "Users were affected for a few minutes and the errors stopped once the workers were restored.\n";
        assertThat(Parsing.parse(parser, untitled, "weekly-notes.txt").events).isEmpty();
        assertThat(Parsing.parse(parser, untitled, "outage-runbook.txt").events).isEmpty();
        assertThat(Parsing.parse(parser, untitled, "2024-03-02-queue-outage.txt").events).hasSize(1);
        assertThat(Parsing.parse(parser, untitled, "storing-backups.txt").events).isEmpty();
        assertThat(Parsing.parse(parser, untitled, "ausfallsicherheit-konzept.txt").events).isEmpty();
    }

    @Test
    void aStatusNoticeInAnotherLanguageWhoseTitleNamesTheOutageIsAWriteUp() {
        CollectingSink sink = Parsing.parse(parser, """
                Netzwerkstörung am 26.11.2012
                Aufgrund einer Netzwerkstörung in einem unserer Rechenzentren kam es am gestrigen Montag um circa 18:30 Uhr
                zur Beeinträchtigung mehrerer Dienste. Die Ursache hierfür war die Fehlfunktion einer internen
                Netzwerk-Komponente. Die Störung wurde bis 22 Uhr behoben.
                """, "stoerung.txt");

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).extracting(CanonicalEvent::title).containsExactly("Netzwerkstörung am 26.11.2012");
    }

    @Test
    void aTitleThatOpensWithAGermanDateIsATitleNotAListItem() {
        CollectingSink sink = Parsing.parse(parser, """
                12. März 2024: Störung im Rechenzentrum Frankfurt

                Am Vormittag fiel die Stromversorgung im Rechenzentrum aus. Die Ursache lag an einem defekten Schalter.
                Der Dienst war für 2 Stunden nicht erreichbar. Wir haben den Schalter getauscht.
                """, "bericht.txt");

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.onlyEvent().title()).isEqualTo("12. März 2024: Störung im Rechenzentrum Frankfurt");
    }

    @Test
    void aSavedPagesWordsAboveItsHeadlineDoNotTitleIt() {
        CollectingSink sink = Parsing.parse(parser, """
                2 Minuten Lesezeit

                Ausfälle gestern Mittag und heute Vormittag

                Gestern Mittag (21.09.2017) gegen kurz nach 14 Uhr war der Dienst nicht erreichbar. Es dauerte etwa 15
                Minuten, bis wir wieder online waren.
                """, "blog.txt");
        assertThat(sink.rejects).isEmpty();
        assertThat(sink.onlyEvent().title()).isEqualTo("Ausfälle gestern Mittag und heute Vormittag");
        assertThat(sink.onlyEvent().postmortem().summary()).startsWith("Gestern Mittag (21.09.2017)");

        // nor does the day it was posted
        CollectingSink posted = Parsing.parse(parser, """
                2013年12月24日 5:14 PM

                Backlog access problems (2013年12月23日)

                [障害の概要]
                15時36分頃に、Backlogに正しく接続できていない旨のアラートを検知しました。

                [障害発生の原因]
                DNSに関連して、名前解決が正しくできていない状態となっておりました。
                """, "notice.txt");
        assertThat(posted.onlyEvent().title()).isEqualTo("Backlog access problems (2013年12月23日)");
        assertThat(posted.onlyEvent().postmortem().date()).isEqualTo("2013-12-23");
        assertThat(posted.onlyEvent().postmortem().rootCause()).startsWith("DNSに関連して");

        // a first line that names no outage stays the title when no line below it names one
        assertThat(Parsing.parse(parser, """
                Weekly notes

                Protokoll
                """, "notes.txt").rejects).hasSize(1);
    }

    @Test
    void germanQuestionHeadingsAreSections() {
        CanonicalEvent e = Parsing.parse(parser, """
                Störung am Donnerstag

                Was war passiert?

                Im Rahmen eines Updates ist uns ein Fehler unterlaufen, der jeden Seitenaufruf betraf.

                Warum passiert das nicht mehr?

                Wir automatisieren den manuellen Eingriff.
                """, "stoerung.txt").onlyEvent();
        assertThat(e.postmortem().summary()).startsWith("Im Rahmen eines Updates");
        assertThat(e.postmortem().actionItems()).extracting(a -> a.text())
                .containsExactly("Wir automatisieren den manuellen Eingriff.");
    }

    @Test
    void aNoteInAnotherLanguageThatNamesNoOutageIsStillOneReject() {
        CollectingSink sink = Parsing.parse(parser, """
                Protokoll der Teamsitzung
                Wir haben die neuen Dashboards besprochen, die Rufbereitschaft für Dezember geplant und zwei Server
                neu gestartet, nachdem das Update eingespielt wurde. Nächste Sitzung in zwei Wochen.
                """, "protokoll.txt");

        assertThat(sink.events).isEmpty();
        assertThat(sink.rejects).hasSize(1);
    }

    @Test
    void onlyTextFilesAreTakenAndTheRegistryPrefersThisParserForThem() {
        String text = "Checkout outage\n\nSummary\nDown.\n\nImpact\nAll.\n\nRoot cause\nA deploy.\n";

        assertThat(parser.detect("pm.md", text).matches()).isFalse();
        assertThat(parser.detect("PM-7 checkout outage", text).matches()).isFalse();
        assertThat(ParserRegistry.defaults().detect("pm.txt", text).parser().format())
                .isEqualTo(PlainTextPostmortemParser.FORMAT);
    }

    @Test
    void aRecordSavedAsTextIsDeclinedSoThatTheRejectCanNameIt() throws Exception {
        String printed = Files.readString(Path.of(
                "src/test/resources/parse/not-exports/alertmanager-webhook-python-repr.ericsson-ci.testcurl8.txt"));

        assertThat(parser.detect("body.txt", printed).matches()).isFalse();
        assertThat(parser.detect("body.txt", "[{\"id\": \"P1\"}]").matches()).isFalse();
        // a text that only mentions a dict is text
        assertThat(parser.detect("notes.txt", "The receiver printed {'status': 'resolved'}.\n").matches()).isTrue();
    }

    @Test
    void anEmailSentToAListIsTitledByItsSubjectAndItsTimelineLinesAreEntries() {
        String text = """
                From: Ops Team <ops@example.org>
                To: status-announce@example.org
                Subject: Re: [status-announce] Post-incident report: API errors
                Date: Tue, 12 Mar 2024 16:20:11 +0000

                SUMMARY
                For 68 minutes the public API returned errors for most requests.

                ROOT CAUSE
                A migration added an index without CONCURRENTLY and locked the orders table.

                TIMELINE
                14:02 Deploy of the migration started
                14:05 Alerts fired for elevated 5xx
                14:55 Migration cancelled
                15:10 Error rates back to normal
                """;

        CanonicalEvent e = Parsing.parse(parser, text, "api-errors.txt").onlyEvent();

        assertThat(e.title()).isEqualTo("Post-incident report: API errors");
        // the day it was sent, since the report names none of its own
        assertThat(e.postmortem().date()).isEqualTo("2024-03-12");
        // the entry that tells how it was noticed, not the timeline run together
        assertThat(e.postmortem().detection()).isEqualTo("14:05 Alerts fired for elevated 5xx");
        assertThat(e.postmortem().rootCause()).startsWith("A migration added an index");
    }

    @Test
    void aReportWithADateFieldIsNoEmailAndAReportThatNamesItsDayIsDatedByIt() {
        String fields = """
                Date: 2024-03-05
                Subject: API errors

                Summary
                The API failed for an hour.

                Root cause
                A bad deploy.
                """;
        String mailOfAnEarlierDay = """
                From: ops@example.org
                Subject: Outage report
                Date: Fri, 15 Mar 2024 09:00:00 +0100

                Summary
                On 2024-03-05 the API failed for an hour.

                Root cause
                A bad deploy.
                """;

        assertThat(MailHeaders.read(fields)).isEmpty();
        assertThat(MailHeaders.read("Subject: only one field\n\nbody\n")).isEmpty();
        assertThat(Parsing.parse(parser, mailOfAnEarlierDay, "report.txt").onlyEvent().postmortem().date())
                .isEqualTo("2024-03-05");
    }
}
