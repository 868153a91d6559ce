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
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Postmortems written in reStructuredText: Sphinx incident pages and ABlog posts, read as Markdown. */
class RestructuredTextPostmortemParserTest {

    private final RestructuredTextPostmortemParser parser = new RestructuredTextPostmortemParser();

    @Test
    void sphinxIncidentPageGivesItsTitleFieldsSectionsTableItemsAndLessons() {
        CanonicalEvent e = Parsing.parse(parser, Path.of("src/test/resources/postmortem/sphinx-incident-report.rst"))
                .onlyEvent();
        PostmortemDetails pm = e.postmortem();

        assertThat(e.title()).isEqualTo("Incident report: build queue stalled");
        assertThat(pm.date()).as("the page's own Date field, not the day the post was published")
                .isEqualTo("2024-03-07");
        assertThat(e.priority()).isEqualTo("SEV2");
        assertThat(pm.incidentRefs()).contains("INC-2291");
        assertThat(pm.summary()).startsWith("For 2 hours 10 minutes on March 7, no documentation builds started")
                .contains("after a postgres failover");
        assertThat(pm.impact()).contains("(see the status page").doesNotContain("`_").doesNotContain("<https")
                .contains("Custom domains were not affected.");
        assertThat(pm.rootCause()).startsWith("The workers' connection pool (pgbouncer) cached the old primary's")
                .doesNotContain(":doc:");
        assertThat(pm.resolution()).isEqualTo(
                "We restarted every build worker, which opened fresh connections to the new primary.");
        assertThat(pm.actionItems()).extracting(ActionItem::text, ActionItem::owner, ActionItem::status).containsExactly(
                tuple("Re-resolve the primary on every reconnect", "Priya Raman", "Done"),
                tuple("Alert on workers that hold no live connection", "Ops team", "Open"));
        assertThat(pm.lessons()).contains("Failover drills").contains("never of the services that use it");
    }

    @Test
    void anAblogPostIsDatedByItsPostDirectiveWhenItsTextNamesNoDay() {
        String text = """
                .. post:: Jan 25, 2021
                   :tags: outage
                   :author: Eric

                Builds failed for an hour
                =========================

                What happened
                -------------

                Builds failed with a disk full error on every builder.

                Root cause
                ----------

                A cleanup job had stopped after its image was retired, so old build artifacts filled the disks.
                """;

        CanonicalEvent e = Parsing.parse(parser, text, "builds-failed.rst").onlyEvent();

        assertThat(e.title()).isEqualTo("Builds failed for an hour");
        assertThat(e.postmortem().date()).isEqualTo("2021-01-25");
        assertThat(e.postmortem().rootCause()).startsWith("A cleanup job had stopped");
    }

    @Test
    void aPelicanPostsBibliographicFieldsAreItsFrontMatterSoItsTitlesDayDatesTheIncident() {
        String text = """
                Network Outage 2016-12-17 Post-mortem
                #####################################

                :date: 2016-12-19
                :author: Lance Albertson
                :slug: network-outage-2016-12-17

                Issue Summary
                -------------

                We lost all network connectivity in our data center for three hours.

                Root cause
                ----------

                Our ISP lost power to their switches. :date: is no field inside the text.
                """;

        CanonicalEvent e = Parsing.parse(parser, text, "network-outage.rst").onlyEvent();

        assertThat(e.title()).isEqualTo("Network Outage 2016-12-17 Post-mortem");
        assertThat(e.postmortem().date()).as("published two days after the day its title names").isEqualTo("2016-12-17");
        assertThat(e.postmortem().summary()).doesNotContain("Lance Albertson", "slug");
    }

    @Test
    void sectionLevelsFollowTheOrderInWhichTheDocumentFirstUsesEachAdornment() {
        String markdown = RestructuredText.asMarkdown("""
                ##########
                API outage
                ##########

                Root cause
                ^^^^^^^^^^

                Text.

                Contributing factors
                """ + "\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\n" + """

                More text.

                Action items
                ^^^^^^^^^^^^
                """);

        assertThat(markdown.lines().filter(line -> line.startsWith("#")))
                .containsExactly("# API outage", "## Root cause", "### Contributing factors", "## Action items");
    }

    @Test
    void simpleTablesLiteralBlocksAndAdmonitionsBecomeTheirMarkdownForms() {
        String markdown = RestructuredText.asMarkdown("""
                =====  ==============================  ========
                Time   Event                           Owner
                =====  ==============================  ========
                09:12  Alert fired for the API         on-call
                       latency
                09:40  Rolled back ``v2.3.1``          Sam
                =====  ==============================  ========

                The worker logged::

                    OOMKilled

                .. warning:: The queue was not drained.

                #. Add a memory limit alert
                #. Load test the release
                """);

        assertThat(markdown).contains("| Time | Event | Owner |", "| --- | --- | --- |",
                "| 09:12 | Alert fired for the API latency | on-call |", "| 09:40 | Rolled back `v2.3.1` | Sam |",
                "The worker logged:\n\n```\n\nOOMKilled\n```", "The queue was not drained.",
                "1. Add a memory limit alert\n1. Load test the release");
        assertThat(markdown).doesNotContain("::", "=====", "#.");
    }

    @Test
    void aSphinxPageThatIsNoPostmortemIsOneRejectSayingSo() {
        CollectingSink sink = Parsing.parse(parser, """
                Installing the CLI
                ==================

                .. code-block:: bash

                   pip install ourtool

                Run ``ourtool --help`` to list the commands.
                """, "install.rst");

        assertThat(sink.events).isEmpty();
        assertThat(sink.rejects).extracting(Reject::file, Reject::position).containsExactly(tuple("install.rst", "file"));
        assertThat(sink.rejects.get(0).reason()).startsWith("reStructuredText file that is not a postmortem");
    }

    @Test
    void theRegistryRoutesRstFilesHereAndNoOtherFiles() {
        String text = "Checkout outage\n===============\n\nSummary\n-------\n\nDown.\n\nRoot cause\n----------\n\nA deploy.\n";

        assertThat(parser.detect("pm.md", text).matches()).isFalse();
        assertThat(parser.detect("pm.txt", text).matches()).isFalse();
        assertThat(ParserRegistry.defaults().detect("pm.rst", text).parser().format())
                .isEqualTo(RestructuredTextPostmortemParser.FORMAT);
    }
}
