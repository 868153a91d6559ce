package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.opshistory.ingest.parse.CollectingSink;
import dev.opshistory.ingest.parse.ParserChecks;
import dev.opshistory.ingest.parse.Parsing;
import dev.opshistory.model.ActionItem;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventJson;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.PostmortemDetails;
import dev.opshistory.model.Reject;
import dev.opshistory.model.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Markdown parser over the real templates and sample postmortems, and over the variants they stand for. */
class MarkdownPostmortemParserTest {

    private final MarkdownPostmortemParser parser = new MarkdownPostmortemParser();

    private CanonicalEvent onlyEvent(Path file) {
        CollectingSink sink = Parsing.parse(parser, file);
        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).hasSize(1);
        return sink.events.get(0);
    }

    private CanonicalEvent onlyEvent(String markdown) {
        CollectingSink sink = Parsing.parse(parser, markdown, "pm.md");
        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).hasSize(1);
        return sink.events.get(0);
    }

    // ---- the Google SRE book example, both heading styles

    @ParameterizedTest
    @ValueSource(strings = {"shakespeare-sonnet-postmortem.atx-headings.md", "shakespeare-sonnet-postmortem.sawasthi1991.md"})
    void googleSreExampleGivesItsFieldsInEitherHeadingStyle(String name) {
        CanonicalEvent event = onlyEvent(PostmortemFiles.shared("postmortems/google-sre-example/" + name));
        PostmortemDetails pm = event.postmortem();

        assertThat(event.kind()).isEqualTo(EventKind.POSTMORTEM);
        assertThat(event.source()).isEqualTo(Source.POSTMORTEM);
        assertThat(event.sourceId()).isEqualTo(name.replaceFirst("\\.md$", ""));
        assertThat(event.eventId()).isEqualTo("postmortem:postmortem:" + event.sourceId());
        assertThat(event.title()).isEqualTo("Shakespeare Sonnet++ Postmortem (incident #465)");
        assertThat(event.createdAt()).isEqualTo(Instant.parse("2015-10-21T00:00:00Z"));
        assertThat(event.status()).isEqualTo("Complete, action items in progress");
        assertThat(pm.date()).isEqualTo("2015-10-21");
        assertThat(pm.incidentRefs()).containsExactly("#465");
        assertThat(pm.summary()).startsWith("Shakespeare Search down for 66 minutes");
        assertThat(pm.impact()).isEqualTo("Estimated 1.21B queries lost, no revenue impact.");
        assertThat(pm.rootCause()).startsWith("Cascading failure due to combination of exceptionally high load")
                .endsWith("low enough to be unnoticed.");
        assertThat(pm.trigger()).isEqualTo("Latent bug triggered by sudden increase in traffic.");
        assertThat(pm.resolution()).startsWith("Directed traffic to sacrificial cluster").endsWith("fix deployed.");
        assertThat(pm.detection()).isEqualTo("Borgmon detected high level of HTTP 500s and paged on-call.");
        assertThat(pm.duration()).isEqualTo("66 minutes"); // "Shakespeare Search down for 66 minutes"
        assertThat(pm.actionItems()).hasSize(9);
        assertThat(pm.actionItems().get(0)).extracting(ActionItem::text, ActionItem::owner, ActionItem::type)
                .containsExactly("Update playbook with instructions for responding to cascading failure", "jennifer", "mitigate");
        assertThat(pm.actionItems()).extracting(ActionItem::owner).containsExactly(
                "jennifer", "martym", "docbrown", "jennifer", "agoogler", "agoogler", "clarac", "jennifer", "docbrown");
        assertThat(pm.lessons()).startsWith("What went well\n- Monitoring quickly alerted us")
                .contains("What went wrong\n- We're out of practice").contains("Where we got lucky\n- Mailing list");
    }

    @Test
    void statusIsTheBoldWordOfTheBugColumn() {
        PostmortemDetails pm = onlyEvent(PostmortemFiles.shared(
                "postmortems/google-sre-example/shakespeare-sonnet-postmortem.atx-headings.md")).postmortem();

        assertThat(pm.actionItems()).extracting(ActionItem::status)
                .containsExactly("DONE", "TODO", "TODO", "TODO", "DONE", "TODO", "TODO", "DONE", "TODO");
    }

    @Test
    void threeColumnTableWithoutStatusLeavesStatusEmptyAndFootnotesAreDropped() {
        CanonicalEvent event = onlyEvent(PostmortemFiles.shared(
                "postmortems/google-sre-example/shakespeare-sonnet-postmortem.sawasthi1991.md"));

        assertThat(event.postmortem().actionItems()).allSatisfy(item -> assertThat(item.status()).isNull());
        assertThat(EventJson.toJson(event)).doesNotContain("sre.google").doesNotContain("^").doesNotContain("[16");
    }

    // ---- the sample postmortems

    @Test
    void stripeWebhookSamplePostmortem() {
        CanonicalEvent event = onlyEvent(PostmortemFiles.sample("postmortems/2026-06-23-stripe-webhook-secret.md"));
        PostmortemDetails pm = event.postmortem();

        assertThat(event.sourceId()).isEqualTo("2026-06-23-stripe-webhook-secret");
        assertThat(event.title()).isEqualTo("Stripe webhook secret rotation Postmortem (incident #4208)");
        assertThat(event.createdAt()).isEqualTo(Instant.parse("2026-06-23T00:00:00Z"));
        // the "PagerDuty incident: <url>" line of the supporting-information list names it first, then the title
        assertThat(pm.incidentRefs()).containsExactly("https://acme-shop.pagerduty.com/incidents/Q3BNSHMLW3LQ6A", "Q3BNSHMLW3LQ6A",
                "#4208");
        assertThat(pm.rootCause()).startsWith("Bad configuration during a planned change:");
        assertThat(pm.trigger()).isEqualTo("Scheduled secret rotation at 02:38 UTC.");
        assertThat(pm.actionItems()).extracting(ActionItem::owner, ActionItem::type, ActionItem::status).containsExactly(
                tuple("Marcus Oyelaran", "prevent", "DONE"), tuple("Marcus Oyelaran", "detect", "DONE"),
                tuple("Priya Raman", "mitigate", "TODO"), tuple("Hannah O'Brien", "process", "DONE"));
    }

    @Test
    void checkoutReleaseSamplePostmortem() {
        CanonicalEvent event = onlyEvent(PostmortemFiles.sample("postmortems/2026-07-14-checkout-release-defect.md"));
        PostmortemDetails pm = event.postmortem();

        assertThat(event.title()).isEqualTo("Checkout release 2026.07.14-2 Postmortem (incident #4253)");
        assertThat(pm.date()).isEqualTo("2026-07-14");
        // the "PagerDuty incident: <url>" line of the supporting-information list names it first, then the title
        assertThat(pm.incidentRefs()).containsExactly("https://acme-shop.pagerduty.com/incidents/QFWE9TNY2QDP1J", "QFWE9TNY2QDP1J",
                "#4253");
        assertThat(pm.rootCause()).startsWith("A deployed defect: release 2026.07.14-2 changed the address-normalisation library");
        assertThat(pm.trigger()).startsWith("Release 2026.07.14-2 was promoted from canary");
        assertThat(pm.detection()).contains("checkout-api 5xx alert");
        assertThat(pm.actionItems()).hasSize(4);
        assertThat(pm.actionItems().get(3)).isEqualTo(new ActionItem(
                "Runbook step for reconciling charged-but-unconfirmed orders", "Diego Fernández", "process", "DONE"));
    }

    // ---- template skeletons

    @ParameterizedTest
    @ValueSource(strings = {"dastergon/postmortem-template-azure.md", "dastergon/postmortem-template-elastic.md",
            "dastergon/postmortem-template-google-api-infra.md", "dastergon/postmortem-template-michael.kehoe.md",
            "dastergon/postmortem-template-real-world-sre.md", "dastergon/postmortem-template-srebook.md",
            "dastergon/postmortem-template-thecloudbook.md", "pagerduty/PostmortemTemplate.outline.DERIVED.md"})
    void templateSkeletonParsesWithEverySectionRecognisedAndEmptyFieldsNull(String template) {
        Path file = PostmortemFiles.shared("postmortems/templates/" + template);
        CanonicalEvent event = onlyEvent(file);
        PostmortemDetails pm = event.postmortem();

        PostmortemOutline outline = new OutlineReader().read(PostmortemFiles.read(file));
        assertThat(outline.unrecognisedHeadings()).isEmpty();
        assertThat(outline.sections()).extracting(Section::kind)
                .contains(SectionKind.ROOT_CAUSE, SectionKind.ACTION_ITEMS);
        assertThat(parser.detect(file.getFileName().toString(), Parsing.head(file)).score()).isEqualTo(90);
        assertThat(event.createdAt()).isNull();
        assertThat(pm.date()).isNull();
        assertThat(pm.incidentRefs()).isEmpty();
        assertThat(pm.actionItems()).isEmpty();
        assertThat(pm.summary()).isNull();
        assertThat(pm.rootCause()).isNull();
        assertThat(pm.trigger()).isNull();
        assertThat(pm.resolution()).isNull();
        assertThat(pm.detection()).isNull();
        assertThat(pm.duration()).isNull();
        assertThat(pm.lessons()).isNull();
        if (!template.startsWith("pagerduty")) {
            assertThat(pm.impact()).isNull();
        }
    }

    @Test
    void pagerDutyOutlineKeepsItsImpactMetricLabelsAsText() {
        // The PDF outline lists the impact metrics to fill in as bare bullets; they cannot be told from
        // filled-in bullets without a value, so they are kept (documented limitation).
        CanonicalEvent event = onlyEvent(PostmortemFiles.shared("postmortems/templates/pagerduty/PostmortemTemplate.outline.DERIVED.md"));

        assertThat(event.title()).isEqualTo("Postmortem Template");
        assertThat(event.postmortem().impact()).startsWith("- Time in SEV-1\n- Time in SEV-2");
    }

    @Test
    void kehoeTemplateSectionsMapToTheirKinds() {
        PostmortemOutline outline = new OutlineReader().read(PostmortemFiles.read(
                PostmortemFiles.shared("postmortems/templates/dastergon/postmortem-template-michael.kehoe.md")));

        assertThat(outline.title()).isEqualTo("Postmortem Template");
        assertThat(outline.sections()).extracting(Section::heading, Section::kind).contains(
                tuple("Trigger(s)", SectionKind.TRIGGER), tuple("Root Cause(s)", SectionKind.ROOT_CAUSE),
                tuple("Mitigation & Resolution", SectionKind.RESOLUTION), tuple("Lessons Learnt", SectionKind.LESSONS),
                tuple("Action Items & Followups", SectionKind.ACTION_ITEMS), tuple("Incident Number", SectionKind.INCIDENT),
                tuple("Postmortem Date", SectionKind.DATE));
    }

    // ---- the variants the templates stand for

    @Test
    void setextHeadingsTrailingColonsAndGluedFootnoteDigits() {
        CanonicalEvent event = onlyEvent("""
                Disk full on db-7
                =================

                Summary:
                --------
                The primary ran out of disk.

                Root Causes2
                ------------
                WAL archiving stopped after a permissions change.

                Trigger3:
                ---------
                Nightly vacuum.

                Impact
                ------
                Writes failed for 12 minutes.
                """);

        assertThat(event.title()).isEqualTo("Disk full on db-7");
        assertThat(event.postmortem().summary()).isEqualTo("The primary ran out of disk.");
        assertThat(event.postmortem().rootCause()).isEqualTo("WAL archiving stopped after a permissions change.");
        assertThat(event.postmortem().trigger()).isEqualTo("Nightly vacuum.");
        assertThat(event.postmortem().impact()).isEqualTo("Writes failed for 12 minutes.");
    }

    @Test
    void boldPseudoHeadingsAndFieldLinesInOneParagraph() {
        CanonicalEvent event = onlyEvent("""
                # Checkout latency incident

                **Date**: 2024-02-29
                **Incident**: INC-1042
                **Duration**: 47 minutes
                **Severity**: SEV-2

                **Root Cause:**

                A connection pool of 10 for 40 workers.

                It had been fine until traffic doubled.

                **Mitigation:** Raised the pool to 50.

                **Detection**: customer reports, then the p99 alert.

                **Executive summary**: Checkout was slow.
                """);
        PostmortemDetails pm = event.postmortem();

        assertThat(event.createdAt()).isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
        assertThat(event.priority()).isEqualTo("SEV-2");
        assertThat(pm.duration()).isEqualTo("47 minutes");
        assertThat(pm.incidentRefs()).containsExactly("INC-1042", "#1042");
        assertThat(pm.rootCause()).isEqualTo("A connection pool of 10 for 40 workers.\nIt had been fine until traffic doubled.");
        assertThat(pm.resolution()).isEqualTo("Raised the pool to 50.");
        assertThat(pm.detection()).isEqualTo("customer reports, then the p99 alert.");
        assertThat(pm.summary()).isEqualTo("Checkout was slow.");
        assertThat(event.description()).as("the summary is a field of its own, not the description").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Root Cause", "Root Causes", "Root Cause(s)", "Root cause and mitigation", "Cause",
            "Contributing Factors", "2. Root cause:", "What caused the incident?"})
    void rootCauseSynonyms(String heading) {
        CanonicalEvent event = onlyEvent("# Outage\n\n## Overview\n\nDown.\n\n## " + heading + "\n\nA bad config push.\n");

        assertThat(event.postmortem().rootCause()).isEqualTo("A bad config push.");
        assertThat(event.postmortem().summary()).isEqualTo("Down.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Action Items", "Follow-ups", "Corrective actions", "Next steps", "Action Items & Follow-ups"})
    void actionItemSynonymsWithBulletLists(String heading) {
        CanonicalEvent event = onlyEvent("""
                # Outage

                ## Summary

                Down.

                ## %s

                - [x] Add a canary stage (owner: Hannah O'Brien)
                - [ ] [prevent] Lint the config before deploy @marcus
                - Review the paging policy, owner: Priya
                """.formatted(heading));

        assertThat(event.postmortem().actionItems()).containsExactly(
                new ActionItem("Add a canary stage", "Hannah O'Brien", null, "done"),
                new ActionItem("Lint the config before deploy @marcus", "marcus", "prevent", "open"),
                new ActionItem("Review the paging policy", "Priya", null, null));
    }

    @Test
    void checkMarksWrittenAsCharactersSayDoneOrOpenAndAParagraphItemHasItsOwner() {
        CanonicalEvent listed = onlyEvent("# Outage\n\n## Summary\n\nDown.\n\n## Action items\n\n"
                + "- \u2705 Reverted the change\n- \u2714\uFE0F Refunded customers\n- \u2610 Add a canary stage\n"
                + "- Review the paging policy\n");
        CanonicalEvent told = onlyEvent("# Outage\n\n## Summary\n\nDown.\n\n"
                + "**Action item:** Start incidents earlier. Owner: @lucas\n");

        assertThat(listed.postmortem().actionItems()).containsExactly(
                new ActionItem("Reverted the change", null, null, "done"),
                new ActionItem("Refunded customers", null, null, "done"),
                new ActionItem("Add a canary stage", null, null, "open"),
                new ActionItem("Review the paging policy", null, null, null));
        assertThat(told.postmortem().actionItems()).containsExactly(
                new ActionItem("Start incidents earlier.", "lucas", null, null));
    }

    @Test
    void nestedCheckBoxesAndItemsThatIntroduceAListAreItemsOfTheirOwn() {
        String doc = """
                # Drop outage

                ## Impact
                Claims failed.

                ## Action items

                - [ ] Add alerting for:
                  - [ ] the deposit queue
                  - [x] the indexer
                - [ ] Resize the edge proxies (in progress)
                - [ ] Cull nodes older than five days?
                - [ ] Split RPC traffic across providers
                  - https://tracker.example/issues/41
                - What else could we do?
                """;

        assertThat(onlyEvent(doc).postmortem().actionItems()).extracting(ActionItem::text, ActionItem::status)
                .containsExactly(tuple("Add alerting for: the deposit queue", "open"),
                        tuple("Add alerting for: the indexer", "done"),
                        tuple("Resize the edge proxies", "in progress"),
                        tuple("Cull nodes older than five days?", "open"),
                        tuple("Split RPC traffic across providers\n- https://tracker.example/issues/41", "open"));
    }

    @Test
    void actionItemTablesMatchColumnsByNameInAnyOrder() {
        CanonicalEvent event = onlyEvent("""
                # Outage

                ## Summary

                Down.

                ## Action Items

                | Ticket | Due | Assignee | Description | Kind | State |
                |---|---|---|---|---|---|
                | OPS-1 | 2024-03-01 | ana | Add alert on queue depth | detect | In progress |
                | OPS-2 | | bo | Document failover | process | done |
                |  |  |  |  |  |  |

                ## Follow-ups

                | Owner | Task | Bug # |
                |---|---|---|
                | cy | Remove the feature flag | BUG-9 |
                """);

        assertThat(event.postmortem().actionItems()).containsExactly(
                new ActionItem("Add alert on queue depth", "ana", "detect", "In progress"),
                new ActionItem("Document failover", "bo", "process", "done"),
                new ActionItem("Remove the feature flag", "cy", null, "BUG-9"));
    }

    @Test
    void lessonsFromWhatWentWellAndWrongSubsections() {
        CanonicalEvent event = onlyEvent("""
                # Outage

                ## Impact

                None visible.

                ## What went well

                * Fast rollback

                ## What went wrong

                * Slow paging
                """);

        // side by side, each part keeps its heading: which way the lessons go
        assertThat(event.postmortem().lessons()).isEqualTo("What went well\n- Fast rollback\n\nWhat went wrong\n- Slow paging");
    }

    @Test
    void frontMatterGivesIdTitleDateRefsAndMetadata() {
        CanonicalEvent event = onlyEvent("""
                ---
                id: pm-2024-017
                title: "Login outage"
                date: 2024-05-06 13:45
                incidents: [465, "PT4KHLK", "INC-88"]
                incident_url: https://acme.app.opsgenie.com/alert/detail/8418d193-2dab-4490-b331-8c02cdd196b7/details
                severity: SEV1
                services: [auth-api, sessions]
                team: Identity
                tags: [security, login]
                ---
                # Ignored heading title

                ## Root cause

                Expired signing key.
                """);

        assertThat(event.sourceId()).isEqualTo("pm-2024-017");
        assertThat(event.title()).isEqualTo("Login outage");
        assertThat(event.createdAt()).isEqualTo(Instant.parse("2024-05-06T13:45:00Z"));
        assertThat(event.postmortem().date()).isEqualTo("2024-05-06");
        assertThat(event.priority()).isEqualTo("SEV1");
        assertThat(event.service()).isEqualTo("auth-api");
        assertThat(event.team()).isEqualTo("Identity");
        assertThat(event.tags()).containsExactly("security", "login");
        assertThat(event.postmortem().incidentRefs()).containsExactly("#465", "PT4KHLK", "INC-88", "#88",
                "https://acme.app.opsgenie.com/alert/detail/8418d193-2dab-4490-b331-8c02cdd196b7",
                "8418d193-2dab-4490-b331-8c02cdd196b7");
        assertThat(event.postmortem().rootCause()).isEqualTo("Expired signing key.");
    }

    @Test
    void frontMatterAloneIsEnoughForDetection() {
        String doc = "---\ntitle: x\nroot_cause: a full disk\nincident: 12\n---\nSome notes.\n";

        assertThat(parser.detect("notes.md", doc).matches()).isTrue();
        CanonicalEvent event = onlyEvent(doc);
        assertThat(event.postmortem().rootCause()).isEqualTo("a full disk");
        assertThat(event.postmortem().incidentRefs()).containsExactly("#12");
    }

    @Test
    void dateWithOffsetAndZoneLessTimeAreUtc() {
        assertThat(onlyEvent("# X\n\n**Date**: 2024-01-02T03:04:05+02:00\n\n## Summary\n\ns\n").createdAt())
                .isEqualTo(Instant.parse("2024-01-02T01:04:05Z"));
        assertThat(onlyEvent("# X\n\nDate: October 21, 2015\n\n## Summary\n\ns\n").createdAt())
                .isEqualTo(Instant.parse("2015-10-21T00:00:00Z"));
    }

    @Test
    void dateFallsBackToTheFileName() {
        CollectingSink sink = Parsing.parse(parser, "# X\n\n## Summary\n\ns\n", "2023-12-24-cache.md");

        assertThat(sink.events).singleElement().extracting(CanonicalEvent::createdAt)
                .isEqualTo(Instant.parse("2023-12-24T00:00:00Z"));
    }

    @Test
    void dateFallsBackToTheTitleAfterTheFileName() {
        // a wiki page's title carries the day: "2025-09-03 Payment webhooks delayed"
        assertThat(onlyEvent("# 2025-09-03 Payment webhooks delayed\n\n## Summary\n\ns\n").createdAt())
                .isEqualTo(Instant.parse("2025-09-03T00:00:00Z"));
        // the file's name still comes first, and a date field before both
        CollectingSink named = Parsing.parse(parser, "# 2025-09-03 Webhooks\n\n## Summary\n\ns\n", "2025-09-04-webhooks.md");
        assertThat(named.events).singleElement().extracting(CanonicalEvent::createdAt)
                .isEqualTo(Instant.parse("2025-09-04T00:00:00Z"));
        assertThat(onlyEvent("# 2025-09-03 Webhooks\n\nDate: 2025-09-05\n\n## Summary\n\ns\n").createdAt())
                .isEqualTo(Instant.parse("2025-09-05T00:00:00Z"));
        // a version number is no date
        assertThat(onlyEvent("# Checkout errors after release 4.12.1\n\n## Summary\n\ns\n").createdAt()).isNull();
    }

    @Test
    void markdownOpeningWithALinkOrATableOfContentsMarkerIsMarkdownAndJsonIsNot() {
        String body = "\n\n# Post-Mortem: Webhook backlog\n\n## Summary\n\ns\n\n## Root Cause\n\nr\n";
        for (String opening : List.of("[⬅️ Back to Index](../README.md)", "[[_TOC_]]", "[TOC]", "[toc]")) {
            assertThat(parser.detect("pm.md", opening + body).score()).as(opening).isEqualTo(90);
        }
        assertThat(onlyEvent("[Back to index](../README.md)" + body).title()).isEqualTo("Post-Mortem: Webhook backlog");
        for (String json : List.of("[{\"title\": \"x\"}]", "[ ]", "[\n  \"a\"]", "[1, 2]", "{\"title\": \"x\"}", "[true]")) {
            assertThat(parser.detect("pm.md", json).matches()).as(json).isFalse();
        }
    }

    @Test
    void aPythonDictAReceiverPrintedIsNotMarkdownThoughItTellsOfAnAlert() throws Exception {
        String printed = Files.readString(Path.of(
                "src/test/resources/parse/not-exports/alertmanager-webhook-python-repr.ericsson-ci.testcurl8.txt"));

        assertThat(parser.detect("body.md", printed).matches()).isFalse();
    }

    @Test
    void fieldsInAQuotedHeaderBlockAreReadAndAQuotedMessageStaysText() {
        CanonicalEvent e = onlyEvent("""
                # Post-Mortem: Checkout outage

                > **Incident ID:** INC-4821
                > **Date:** 2025-10-14
                > **Severity:** P1 (Critical)
                > **Status:** Final

                ## Summary

                Checkout failed for 72 minutes.

                > A customer wrote: the site is down again

                ## Root Cause

                A lowered maxmemory setting.
                """);

        assertThat(e.createdAt()).isEqualTo(Instant.parse("2025-10-14T00:00:00Z"));
        assertThat(e.priority()).isEqualTo("P1 (Critical)");
        assertThat(e.status()).isEqualTo("Final");
        assertThat(e.postmortem().incidentRefs()).contains("INC-4821");
        assertThat(e.postmortem().summary()).contains("Checkout failed for 72 minutes.", "A customer wrote: the site is down");
    }

    @Test
    void labelTableKeepsThePairsItDoesNotKnowAsTextOfItsSection() {
        CanonicalEvent e = onlyEvent("""
                # Checkout outage

                **Duration:** 1 hour 12 minutes

                ## Impact

                | Metric | Value |
                |--------|-------|
                | Duration | 1 hour 12 minutes |
                | Users Affected | 38% |
                | Support Tickets | 214 |

                ## Root Cause

                A lowered maxmemory setting.
                """);

        // the header row names the columns; the known label is a field, written once though written twice
        assertThat(e.postmortem().impact()).isEqualTo("Users Affected: 38%\nSupport Tickets: 214");
        assertThat(e.postmortem().duration()).isEqualTo("1 hour 12 minutes");
    }

    @Test
    void boldLabelWithAQualifierBeforeItsColonIsAField() {
        CanonicalEvent e = onlyEvent("""
                # Object storage latency

                ## Incident summary

                - **Severity**: Sev1
                - **Start time** (UTC): 2025-06-11 14:02
                - **End time** (UTC): 2025-06-11 15:47

                ## Root cause

                A failing disk on one storage node.
                """);

        assertThat(e.createdAt()).isEqualTo(Instant.parse("2025-06-11T14:02:00Z"));
        assertThat(e.postmortem().summary()).isNull(); // the fields are not the summary's prose
    }

    @Test
    void hugoTomlFrontMatterGivesItsFields() {
        CanonicalEvent e = onlyEvent("""
                +++
                title = "API latency during database failover"
                date = 2025-04-17T09:30:00Z
                severity = "SEV2"
                status = "resolved"
                tags = ["database", "failover"]
                +++

                ## Summary

                API p99 rose to 8 s for 25 minutes.

                ## Root Cause

                The replica was 15 minutes behind.
                """);

        assertThat(e.title()).isEqualTo("API latency during database failover");
        assertThat(e.createdAt()).isEqualTo(Instant.parse("2025-04-17T09:30:00Z"));
        assertThat(e.priority()).isEqualTo("SEV2");
        assertThat(e.status()).isEqualTo("resolved");
        assertThat(String.valueOf(e.description())).doesNotContain("+++").doesNotContain("title =");
        // TOML that does not parse (an unquoted title) is read as the key = value lines its author meant
        CanonicalEvent loose = onlyEvent("+++\ntitle = Outage: checkout down\ndate = \"2025-04-18\"\n+++\n\n"
                + "## Summary\n\ns\n\n## Root Cause\n\nr\n");
        assertThat(loose.title()).isEqualTo("Outage: checkout down");
        assertThat(loose.createdAt()).isEqualTo(Instant.parse("2025-04-18T00:00:00Z"));
    }

    @Test
    void questionHeadingsAndItemsWithDashedOwnerAndStatus() {
        CanonicalEvent e = onlyEvent("""
                # Incident Report: Payment provider outage (2025-03-04)

                ## Why did it happen?

                The provider had a regional outage and our client had no fallback.

                ## How did we fix it?

                We switched card traffic to the secondary provider by hand.

                ## What are we doing to prevent it from happening again?

                1. Automatic failover to the secondary provider — @alex — in progress
                2. Alert on provider error rate - @sam - done
                3. Keep the fallback port open
                """);

        assertThat(e.postmortem().resolution()).isEqualTo("We switched card traffic to the secondary provider by hand.");
        assertThat(e.postmortem().actionItems()).extracting(ActionItem::text, ActionItem::owner, ActionItem::status)
                .containsExactly(tuple("Automatic failover to the secondary provider", "alex", "in progress"),
                        tuple("Alert on provider error rate", "sam", "done"),
                        tuple("Keep the fallback port open", null, null));
    }

    @Test
    void issueTrackerIncidentReviewWithQuestionPromptsAndNoDateField() {
        CanonicalEvent e = onlyEvent("""
                ## Summary

                Between 03:10 and 04:25 UTC on 2025-10-02, CI jobs on the shared runners queued for up to 70 minutes.

                ## Incident Review

                ### Customer Impact

                1. **Who was impacted by this incident?** All users of shared runners.
                2. **How many customers were affected?** About 4,000 projects.

                ### What were the root causes?

                The autoscaler's cloud API token expired.

                ### Incident Response Analysis

                1. **How was the incident detected?** The queue-length alert.
                2. **How could detection time be improved?** Alert on autoscaler API errors.
                """);

        assertThat(e.createdAt()).isEqualTo(Instant.parse("2025-10-02T00:00:00Z")); // the summary's date, as a last resort
        assertThat(onlyEvent("# Web outage\n\n**Duration:** The outage occurred on June 10, 2024, from 14:00 to 16:00.\n\n"
                + "## Root Cause\n\nA bad proxy_pass directive.\n").createdAt()).isEqualTo(Instant.parse("2024-06-10T00:00:00Z"));
        assertThat(e.postmortem().rootCause()).isEqualTo("The autoscaler's cloud API token expired.");
        assertThat(e.postmortem().detection()).contains("The queue-length alert.");
        assertThat(e.postmortem().impact()).contains("All users of shared runners.", "About 4,000 projects.");
    }

    @Test
    void incidentStartFieldMitigationStepsAndItemsWithOwnerAndStatusParts() {
        CanonicalEvent e = onlyEvent("""
                # Post Incident Review: Elevated error rates on Search API

                **Incident Start:** 2025-11-03 18:42 UTC
                **Incident End:** 2025-11-03 19:30 UTC

                ## Contributing Factors

                A new ranking model was deployed without a load test.

                ## Mitigation Steps

                Rolled back the ranking model at 19:12 UTC.

                ## Follow-up Actions

                * Add a memory alert on the session store -- owner: ops -- status: done
                * Review TTL changes in config review | owner: auth team | status: open
                * Add a status: page for customers
                """);

        assertThat(e.createdAt()).isEqualTo(Instant.parse("2025-11-03T18:42:00Z"));
        assertThat(e.postmortem().resolution()).isEqualTo("Rolled back the ranking model at 19:12 UTC.");
        assertThat(e.postmortem().actionItems()).extracting(ActionItem::text, ActionItem::owner, ActionItem::status)
                .containsExactly(tuple("Add a memory alert on the session store", "ops", "done"),
                        tuple("Review TTL changes in config review", "auth team", "open"),
                        tuple("Add a status: page for customers", null, null)); // "page for customers" is no status
    }

    @Test
    void incidentToolExportsWithKeyInformationTableAndOwnersInParentheses() {
        CanonicalEvent table = onlyEvent("""
                # INC-2291: Payment webhooks delayed

                ## Key information

                | | |
                | --- | --- |
                | **Incident lead** | Joaquín Pérez |
                | **Severity** | Major |
                | **Reported at** | 3 September 2025 14:05 |

                ## Summary

                Webhooks were late for 70 minutes.

                ## Contributing factors

                Retention was raised without resizing the disks.
                """);
        assertThat(table.createdAt()).isEqualTo(Instant.parse("2025-09-03T00:00:00Z"));
        assertThat(table.priority()).isEqualTo("Major");

        CanonicalEvent retro = onlyEvent("""
                # Retrospective: [INC-123] Login API outage

                **Incident started:** 2025-06-02 07:41 UTC
                **Incident resolved:** 2025-06-02 08:20 UTC

                ## Contributing factors

                An expired TLS certificate on the internal load balancer.

                ## Follow-ups

                - [ ] Automate certificate renewal (Sam Lee)
                - [x] Add certificate expiry alerting (Dana Ruiz, Bo Chen)
                - [ ] Upgrade the ingress controller (Kubernetes)
                """);
        assertThat(retro.createdAt()).isEqualTo(Instant.parse("2025-06-02T07:41:00Z"));
        assertThat(retro.postmortem().actionItems()).extracting(ActionItem::text, ActionItem::owner, ActionItem::status)
                .containsExactly(tuple("Automate certificate renewal", "Sam Lee", "open"),
                        tuple("Add certificate expiry alerting", "Dana Ruiz, Bo Chen", "done"),
                        tuple("Upgrade the ingress controller (Kubernetes)", null, "open"));
    }

    @Test
    void aTemplatePromptUnderResolutionStaysInTheResolution() {
        CanonicalEvent e = onlyEvent("""
                # Search index lag

                ## Impact

                - Who was impacted: all shoppers using search

                ## Resolution & Recovery

                - What stopped the impact: the migration was cancelled.

                ## Root Cause

                A schema migration locked the products table.
                """);

        assertThat(e.postmortem().resolution()).contains("the migration was cancelled.");
        assertThat(e.postmortem().impact()).doesNotContain("migration");
    }

    @Test
    void incidentNumbersOnlyNearTheWordIncident() {
        CanonicalEvent event = onlyEvent("""
                # Outage

                ## Summary

                Coordination on #42 channel. PagerDuty incident #4208: https://acme.pagerduty.com/incidents/PT4KHLK
                Also #77 (incident) and see https://acme.app.opsgenie.com/incident/detail/a1b2c3d4-x9.
                """);

        assertThat(event.postmortem().incidentRefs()).containsExactly("#4208",
                "https://acme.pagerduty.com/incidents/PT4KHLK", "PT4KHLK", "#77",
                "https://acme.app.opsgenie.com/incident/detail/a1b2c3d4-x9", "a1b2c3d4-x9");
    }

    // ---- robustness

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n\t\n"})
    void emptyFileIsOneEmptyFileReject(String content) {
        CollectingSink sink = Parsing.parse(parser, content, "pm.md");

        assertThat(sink.events).isEmpty();
        assertThat(sink.rejects).extracting(Reject::file, Reject::position, Reject::reason)
                .containsExactly(tuple("pm.md", "file", "empty file"));
    }

    @Test
    void binaryGarbageIsOneReject() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);

        CollectingSink sink = Parsing.parse(parser, garbage, "pm.md");

        assertThat(sink.events).isEmpty();
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo("file");
            assertThat(r.reason()).contains("binary");
        });
        assertThat(parser.detect("pm.md", new String(garbage, StandardCharsets.UTF_8)).matches()).isFalse();
    }

    @Test
    void frontMatterThatIsNotYamlIsReadAsTheFlatKeyValueLinesItsAuthorWrote() {
        String document = "---\ntitle: \"Broken pipe\" errors after quiet periods\nincident: [INC-42]\n"
                + "severity: SEV2: customer facing\n  nested: ignored\n---\n# Heading title\n## Summary\ns\n";

        CanonicalEvent e = onlyEvent(document);

        assertThat(e.title()).isEqualTo("\"Broken pipe\" errors after quiet periods");
        assertThat(e.priority()).isEqualTo("SEV2: customer facing");
        assertThat(e.postmortem().incidentRefs()).contains("INC-42");
    }

    @Test
    void tenMegabyteSectionIsCutAt64KbAndAccepted() {
        String line = "The cache stampede repeated é on every node while the origin stayed saturated.\n";
        String huge = line.repeat(10 * 1024 * 1024 / line.length());

        CanonicalEvent event = onlyEvent("# Big\n\n## Summary\n\nShort.\n\n## Root Cause\n\n" + huge + "\n## Trigger\n\nDeploy.\n");

        assertThat(event.truncated()).isTrue();
        int bytes = event.postmortem().rootCause().getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).isLessThanOrEqualTo(64 * 1024).isGreaterThan(64 * 1024 - 4);
        assertThat(event.postmortem().trigger()).isEqualTo("Deploy.");
        assertThat(event.postmortem().summary()).isEqualTo("Short.");
    }

    @Test
    void aHugeFirstSectionThatFillsTheDetectionHeadStillLeavesTheFileAPostmortem() {
        String doc = "# Checkout outage\n\n## Summary\n" + "All hands on deck. ".repeat(10 * 1024 * 1024 / 19)
                + "\n\n## Impact\n12% of orders failed.\n\n## Root Cause\nA flag.\n";
        String head = doc.substring(0, 64 * 1024);

        assertThat(parser.detect("outage.md", head).matches()).isTrue();
        assertThat(parser.detect("outage.md", head).reason()).contains("summary");
        CanonicalEvent event = onlyEvent(doc);
        assertThat(event.truncated()).isTrue();
        assertThat(event.postmortem().rootCause()).isEqualTo("A flag.");
    }

    @Test
    void oneKnownSectionIsEnoughForAMarkdownFileButNotForOtherText() {
        String doc = "# Kubernetes probes\n\n## Root Cause\nA probe timeout of 1s.\n";

        assertThat(parser.detect("probes.md", doc).score()).isEqualTo(60);
        assertThat(parser.detect("probes.txt", doc).matches()).isFalse();
        assertThat(parser.detect("notes.md", "# Notes\n\n## Shopping\nmilk\n").matches()).isFalse();
        assertThat(parser.detect("README.md", doc).matches()).isFalse(); // a README needs more
    }

    @Test
    void aReadmeIsAPostmortemOnlyWithSectionsThatOnlyIncidentsHaveOrPostmortemFrontMatter() {
        String postmortem = "# Orders database failover\n\n## Impact\nCheckout failed for 12 minutes.\n\n"
                + "## Root cause\nA disk controller on the primary failed.\n";
        String project = "# deploy-tools\n\n## Summary\nScripts that ship our services.\n\n## Action items\n"
                + "- [ ] Add a Windows build\n";
        String frontMatter = "---\ntype: postmortem\nseverity: SEV2\n---\n# Cache stampede\n\nThe cache emptied.\n";

        assertThat(parser.detect("README.md", postmortem).score()).isEqualTo(90);
        assertThat(parser.detect("README.md", postmortem).reason()).contains("README that is a postmortem");
        assertThat(parser.detect("readme.markdown", frontMatter).matches()).isTrue();
        assertThat(parser.detect("README.md", project).matches()).isFalse();
        assertThat(parser.detect("README.md", project).reason()).contains("not a postmortem");
        assertThat(parser.detect("README.md", "").matches()).isFalse();
        assertThat(parser.detect("README.txt", postmortem).matches()).isFalse();
    }

    @Test
    void aReportWrittenAsOneListOfBoldLabelsGivesItsFieldsWithWhatEachItemHolds() {
        // the shape of incident logs kept as one list per incident (a label, its value or a list under it)
        String doc = """
                # Incident on 2024-03-05 - Ingress down

                - **Key events**
                  - Fault occurs 2024-03-05 09:10
                  - Resolved 2024-03-05 09:55

                - **Time to repair**: 0h 40m

                - **Identified**: The uptime checker paged the on-call engineer.

                - **Impact**:
                  - Two public sites were unavailable.

                - **Context**: A node pool was replaced all at once.

                - **Resolution**:
                  - Rolled the node pool back.
                  - Pinned the ingress controller's version.

                - **Review actions**:
                  - Add a surge setting to node pool changes
                  - Write a runbook for node pool changes
                """;

        assertThat(parser.detect("incident.md", doc).matches()).isTrue();
        CanonicalEvent event = onlyEvent(doc);
        assertThat(event.title()).isEqualTo("Incident on 2024-03-05 - Ingress down");
        assertThat(event.postmortem().duration()).isEqualTo("0h 40m");
        // "Identified" is no detection field: status pages write it for the update that names the cause
        assertThat(event.description()).contains("The uptime checker paged the on-call engineer.");
        assertThat(event.postmortem().impact()).isEqualTo("- Two public sites were unavailable.");
        assertThat(event.postmortem().resolution()).contains("Rolled the node pool back.")
                .contains("Pinned the ingress controller's version.");
        assertThat(event.postmortem().actionItems()).extracting(ActionItem::text).containsExactly(
                "Add a surge setting to node pool changes", "Write a runbook for node pool changes");
        assertThat(event.description()).contains("A node pool was replaced all at once.");
    }

    @Test
    void anMdxPageIsReadWithoutItsCodeAndWithItsExportedMetadataAsFrontMatter() {
        String page = """
                import { Layout } from '@/components/Layout'
                import {
                  Chart,
                } from '@/components/Chart'

                export const post = {
                  author: 'Sam',
                  date: '2024-11-19',
                  title: 'Relay outage: a post-mortem',
                  description: "Our first outage", // shown in the index
                }

                export const metadata = { title: post.title }

                export default (props) => <Layout article={post} {...props} />

                ## What happened

                On November 5th the relays stopped accepting connections.

                ## Impact

                New connections failed for 12 hours.

                ```js
                import fs from 'fs'
                ```
                """;

        assertThat(parser.detect("page.mdx", page).matches()).isTrue();
        CanonicalEvent event = Parsing.parse(parser, page, "blog/relay-down/page.mdx").onlyEvent();
        assertThat(event.title()).isEqualTo("Relay outage: a post-mortem");
        assertThat(event.createdAt()).isEqualTo(Instant.parse("2024-11-19T00:00:00Z"));
        assertThat(event.postmortem().impact()).startsWith("New connections failed for 12 hours.");
        assertThat(event.description()).doesNotContain("Layout").doesNotContain("export");
        // a code block in the page keeps its own import
        assertThat(MdxText.asMarkdown(page)).contains("import fs from 'fs'").doesNotContain("Chart");
    }

    @Test
    void anMdxPageWithItsOwnFrontMatterKeepsIt() {
        String page = "---\ntitle: Queue backlog\ndate: 2024-02-01\n---\nimport X from 'x'\n\nexport const meta = "
                + "{ title: 'Other' }\n\n## Impact\nOrders waited.\n\n## Root cause\nA consumer crashed.\n";

        CanonicalEvent event = Parsing.parse(parser, page, "queue.mdx").onlyEvent();
        assertThat(event.title()).isEqualTo("Queue backlog");
        assertThat(event.createdAt()).isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
    }

    @Test
    void markdownRunThroughATemplateEngineIsMarkdown() {
        String doc = "---\ntitle: Incident on 2023-06-06\n---\n# Incident on 2023-06-06\n\n- **Impact**: Sites down.\n";

        assertThat(MarkdownPostmortemParser.isMarkdownName("2023-06-06.html.md.erb")).isTrue();
        assertThat(MarkdownPostmortemParser.isMarkdownName("page.mdx")).isTrue();
        assertThat(MarkdownPostmortemParser.isMarkdownName("layout.html.erb")).isFalse();
        assertThat(parser.detect("2023-06-06.html.md.erb", doc).score()).isEqualTo(60);
        assertThat(parser.detect("2023-06-06.txt", doc).matches()).isFalse();
    }

    @Test
    void quartoAndRMarkdownDocumentsAreMarkdown() {
        String doc = "---\ntitle: \"Post-mortem: search outage\"\ndate: 2024-10-22\n---\n\nSearch was down for an hour.\n\n"
                + "```{r}\nplot(errors)\n```\n\n## Root cause\nA full disk.\n\n## Improvements\n- Alert on disk space\n";
        for (String name : List.of("2024-10-22 post-mortem.qmd", "outage.Rmd")) {
            assertThat(parser.detect(name, doc).matches()).isTrue();
            CanonicalEvent event = Parsing.parse(parser, doc, name).onlyEvent();
            assertThat(event.title()).isEqualTo("Post-mortem: search outage");
            assertThat(event.postmortem().rootCause()).isEqualTo("A full disk.");
        }
    }

    @Test
    void aResponseSectionIsTheResolutionOfAWriteUpWithoutOneAndPicturesAreNoText() {
        String doc = "# Webhook flood\n\n## Impact\nSign-ups failed for an hour.\n\n![Chart of failed sign-ups](img/chart.png)\n\n"
                + "## Response\nThe webhook was removed, which fixed the issue immediately.\n\n## Root cause\nA retry loop.\n";
        CanonicalEvent event = onlyEvent(doc);
        assertThat(event.postmortem().resolution()).isEqualTo("The webhook was removed, which fixed the issue immediately.");
        assertThat(event.postmortem().impact()).isEqualTo("Sign-ups failed for an hour.");

        String both = doc + "\n## Resolution\nWe rotated the secret.\n";
        assertThat(onlyEvent(both).postmortem().resolution()).isEqualTo("We rotated the secret.");
    }

    @Test
    void lessonsSideBySideEachKeepTheirHeadingTheFirstToo() {
        String siblings = "# Outage\n\n## Impact\nDown.\n\n## What went well\nFast rollback.\n\n## What didn't go so well?\n"
                + "Slow paging.\n";
        String nested = "# Outage\n\n## Impact\nDown.\n\n## Lessons learned\n### What went well\nFast rollback.\n\n"
                + "### What went wrong\nSlow paging.\n";
        String alone = "# Outage\n\n## Impact\nDown.\n\n## What went well\nFast rollback.\n";

        assertThat(onlyEvent(siblings).postmortem().lessons())
                .isEqualTo("What went well\nFast rollback.\n\nWhat didn't go so well?\nSlow paging.");
        assertThat(onlyEvent(nested).postmortem().lessons())
                .isEqualTo("What went well\nFast rollback.\n\nWhat went wrong\nSlow paging.");
        assertThat(onlyEvent(alone).postmortem().lessons()).isEqualTo("Fast rollback.");
    }

    @Test
    void aWriteUpWithoutARootCauseSectionHasTheSentenceThatNamesIt() {
        String doc = "# Hub outage\n\nUsers could not log in for an hour. The root cause for this incident is a bug in our "
                + "NFS deployment process. Working around it led to the outage.\n\n## Impact\nNo logins.\n\n## Timeline\n"
                + "- 10:02 root cause identified\n";
        assertThat(onlyEvent(doc).postmortem().rootCause())
                .isEqualTo("The root cause for this incident is a bug in our NFS deployment process.");

        String unknown = "# Disk errors\n\n## Impact\nBuilds failed.\n\n## What happened\nDisks filled up. The root cause is "
                + "still unknown.\n";
        assertThat(onlyEvent(unknown).postmortem().rootCause()).isEqualTo("The root cause is still unknown.");

        String quoted = "# Storage outage\n\n## What happened\nOur provider failed. The initial report states the root cause"
                + " was related to:\n\n> An invalid automated quota update was distributed globally.\n> Requests were"
                + " rejected.\n\n### Timeline\n- 18:31 noticed\n";
        assertThat(onlyEvent(quoted).postmortem().rootCause()).isEqualTo("The initial report states the root cause was"
                + " related to:\nAn invalid automated quota update was distributed globally. Requests were rejected.");

        String known = "# Data anomaly\n\n## What happened\nA partner reported bad data. The root cause for the incident is"
                + " clear and we are taking steps to understand how the bug occurred.\n";
        assertThat(onlyEvent(known).postmortem().rootCause()).as("says only that it is known").isNull();

        String section = doc + "\n## Root cause\nA race in the mount script.\n";
        assertThat(onlyEvent(section).postmortem().rootCause()).isEqualTo("A race in the mount script.");
    }

    @Test
    void aTemplatesPromptsLeftInItalicsAreNoContent() {
        String prompted = "# Hub outage\n\n## Impact\nNo logins.\n\n## Resolution\n_What steps were taken to resolve the "
                + "issue?_\n\nWe restarted the NFS server.\n\n## Lessons\n*What would we do differently?*\n";
        assertThat(onlyEvent(prompted).postmortem().resolution()).isEqualTo("We restarted the NFS server.");
        assertThat(onlyEvent(prompted).postmortem().lessons()).isNull();
        String instructed = "# Hub outage\n\n## Impact\n*Describe how internal and external users were impacted during the\n"
                + "incident*\n\nAll services went down.\n\n## Detection\n_Report when the team detected the incident_\n\n"
                + "We noticed it in a call.\n\n## Lessons\n_Include a link to the runbook_\n\n_Run books were stale_\n";
        assertThat(onlyEvent(instructed).postmortem()).extracting(PostmortemDetails::impact, PostmortemDetails::detection,
                PostmortemDetails::lessons).containsExactly("All services went down.", "We noticed it in a call.", "Run books were stale");
    }

    @Test
    void aLinkWhoseTextOnlySaysLinkKeepsWhereItGoes() {
        String doc = "# Hub outage\n\n## Summary\nLogins failed, see [the dashboard](https://grafana.example/d/1) and "
                + "[Grafana](https://grafana.example/d/2).\n\n## Impact\nNo logins.\n\n## Action items\n"
                + "- [ ] Cull old nodes ([Pull Request](https://github.com/org/repo/pull/135))\n";
        CanonicalEvent event = onlyEvent(doc);

        assertThat(event.postmortem().summary())
                .isEqualTo("Logins failed, see the dashboard (https://grafana.example/d/1) and Grafana.");
        // and "(Pull Request)" is no person who owns the item
        assertThat(event.postmortem().actionItems()).singleElement().satisfies(item -> {
            assertThat(item.text()).isEqualTo("Cull old nodes (Pull Request (https://github.com/org/repo/pull/135))");
            assertThat(item.owner()).isNull();
        });
    }

    @Test
    void aTitleLosesTheTagThatSaysWhoMayReadIt() {
        assertThat(onlyEvent("# [Public] 4/26 Transaction Delays Post-Mortem\n\n## Impact\nSlow.\n").title())
                .isEqualTo("4/26 Transaction Delays Post-Mortem");
        assertThat(onlyEvent("# [DRAFT] - Cache outage\n\n## Impact\nSlow.\n").title()).isEqualTo("Cache outage");
        assertThat(onlyEvent("# [SEV2] Cache outage\n\n## Impact\nSlow.\n").title()).isEqualTo("[SEV2] Cache outage");
    }

    @Test
    void aTitleIsNeitherTheDocumentsFurnitureNorOnlyItsKindOrDayWhenAMoreSpecificHeadingFollows() {
        // a template's "# Metadata" block of owner and attendees comes before the account: the file names it instead
        assertThat(onlyEvent("# Metadata\n\nOwner: @ana\n\n# Overview\nLogins failed.\n\n## Root cause\nA missing migration.\n")
                .title()).isEqualTo("pm");
        // a log of postmortems with one entry, under its day
        assertThat(onlyEvent("# Postmortems\n\n## 22/Mar/2022\n### 1. Incident on the COCO nodes\n\nThe node went offline.\n\n"
                + "## Root cause\nA database migration.\n").title()).isEqualTo("1. Incident on the COCO nodes");
        // with nothing more specific, the day is the title; a section's name is not more specific
        assertThat(onlyEvent("# 2026-06-12\n\n## Impact\nSlow.\n\n## Root cause\nA bad deploy.\n").title())
                .isEqualTo("2026-06-12");
        assertThat(onlyEvent("2021-06-07\n==========\n\n### State\nResolved\n\n### Details\n*Intermittent 504s*\n\n"
                + "## Root cause\nThe CDN.\n").title()).isEqualTo("2021-06-07");
    }

    @Test
    void blogGeneratorsNameTheFrontMatterTitleHeading() {
        assertThat(onlyEvent("---\nheading: \"Incident report for August 16, 2024 - Function execution outage\"\n"
                + "date: 2024-08-16\n---\n\nOn August 16 functions failed.\n\n## Timeline\n- 00:05 down\n\n## Root cause\nA full disk.\n")
                .title()).isEqualTo("Incident report for August 16, 2024 - Function execution outage");
    }

    @Test
    void aOneRecordTableAndAFieldWrittenAsAHeadingGiveTheirFields() {
        String doc = """
                # SaaS outage

                ## Date: February 06, 2023

                ## Impact

                | Customers Impacted | Support Cases Raised | Customer Data Loss | Incident Duration |
                |:---:|:---:|:---:|:---:|
                | All | 1 | None | 3h 45m |

                ## Root cause
                A certificate expired.

                ## Action items

                | Action | Owner | Status |
                |---|---|---|
                | Alert on certificate expiry | SRE | Open |
                """;
        CanonicalEvent event = onlyEvent(doc);

        assertThat(event.title()).isEqualTo("SaaS outage");
        assertThat(event.postmortem().date()).isEqualTo("2023-02-06");
        assertThat(event.postmortem().duration()).isEqualTo("3h 45m");
        assertThat(event.postmortem().impact())
                .isEqualTo("Customers Impacted: All\nSupport Cases Raised: 1\nCustomer Data Loss: None");
        assertThat(event.postmortem().actionItems()).extracting(ActionItem::text, ActionItem::owner, ActionItem::status)
                .containsExactly(tuple("Alert on certificate expiry", "SRE", "Open"));
        // a title saying "Incident: …" stays the title
        assertThat(onlyEvent("# Incident: Cache outage\n\n## Impact\nSlow.\n").title()).isEqualTo("Incident: Cache outage");
    }

    @Test
    void aListOfBoldItemsThatAreNotLabelsStaysAList() {
        String doc = "# Cache outage\n\n## Impact\nSlow pages.\n\n## Lessons\n\n- **Alerts worked**\n  - paged in 2 minutes\n"
                + "- **Runbook was stale**\n  - steps named an old host\n";

        CanonicalEvent event = onlyEvent(doc);
        assertThat(event.postmortem().lessons()).contains("Alerts worked").contains("paged in 2 minutes")
                .contains("Runbook was stale");
    }

    @Test
    void postmortemsKeptOnePerFolderUnderAGenericNameGoByTheirFolders() {
        String body = "## Impact\nCheckout failed.\n\n## Root cause\nA disk failed.\n";
        CanonicalEvent first = Parsing.parse(parser, body, "pms/2025-03-01-orders-db/index.md").onlyEvent();
        CanonicalEvent second = Parsing.parse(parser, body, "pms/2025-04-02-dns/README.md").onlyEvent();
        CanonicalEvent inArchive = Parsing.parse(parser, body, "x.zip!/2025-05-06-queue/index.md").onlyEvent();
        CanonicalEvent atArchiveRoot = Parsing.parse(parser, body, "x.zip!/index.md").onlyEvent();
        CanonicalEvent named = Parsing.parse(parser, body, "pms/2025-04-02-dns/dns-outage.md").onlyEvent();

        assertThat(first.sourceId()).isEqualTo("2025-03-01-orders-db");
        assertThat(first.title()).isEqualTo("2025-03-01-orders-db");
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
        assertThat(second.sourceId()).isEqualTo("2025-04-02-dns");
        assertThat(first.eventId()).isNotEqualTo(second.eventId());
        assertThat(inArchive.sourceId()).isEqualTo("2025-05-06-queue");
        assertThat(atArchiveRoot.sourceId()).isEqualTo("index");
        assertThat(named.sourceId()).isEqualTo("dns-outage");
    }

    @Test
    void aListOfLabelLinesGivesItsKnownFieldsAndKeepsTheRestAsText() {
        String doc = "# Ingress outage\n\n## Summary\n\nA header was dropped.\n\n## Stats\n\n- Category: Kubernetes\n"
                + "- Time to detection: 64 minutes\n- Time to recovery:  87 minutes\n\n## Graphs seen by the team\n\n"
                + "- Latency: rose first\n- Errors: followed\n";
        CanonicalEvent event = onlyEvent(doc);

        assertThat(event.postmortem().duration()).isEqualTo("87 minutes");
        // how long detection took says nothing of who or what noticed
        assertThat(event.postmortem().detection()).isNull();
        // an unknown label stays in the account; a list of unknown labels is an ordinary list
        assertThat(event.description()).contains("Category: Kubernetes").contains("Latency: rose first");
    }

    @Test
    void aBoldLabelsValueMayStartWithATimeAndAGluedFootnoteIsStillDropped() {
        assertThat(onlyEvent("# Flags down\n\n## Summary\n\ns\n\n**Duration:** 21:45 to 23:28 UTC (103 minutes)\n")
                .postmortem().duration()).isEqualTo("21:45 to 23:28 UTC (103 minutes)");
        assertThat(onlyEvent("# Flags down\n\n## Summary\n\ns\n\n**Root Cause**2: a full disk\n")
                .postmortem().rootCause()).isEqualTo("a full disk");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "High (blocked Netlify deployments) | blocked Netlify deployments",
            "chain halt (liveness), no loss of funds | chain halt (liveness), no loss of funds",
            "Severity 3: minor degradation of search | minor degradation of search",
            "SEV-2 | NULL", "P1 - Critical | NULL", "Sev 2 (Major) | NULL", "High | NULL"})
    void aSeverityWrittenInWordsIsTheImpactWhenNoSectionTellsIt(String severity, String impact) {
        assertThat(onlyEvent("# Deploys blocked\n\n**Severity:** " + severity + "\n\n## Summary\n\nThe build failed.\n")
                .postmortem().impact()).isEqualTo(impact);
    }

    @Test
    void fieldsSetSideBySideOnOneLineAreEachReadAsAField() {
        CanonicalEvent event = onlyEvent("# Compactor halted on a corrupt block\n\n**Date:** 2026-07-29 to 2026-07-30 |"
                + " **Duration:** ~24 hours (intermittent) | **Severity:** SEV-2\n\n## Summary\n\nThe compactor stopped.\n");

        assertThat(event.postmortem().duration()).isEqualTo("~24 hours (intermittent)");
        assertThat(event.postmortem().date()).isEqualTo("2026-07-29");
        assertThat(event.priority()).isEqualTo("SEV-2");
    }

    @Test
    void aTemplateWithoutADateFieldIsDatedByTheFirstEntryOfItsTimelinesBusiestDay() {
        String doc = "# Ingress outage\n\n## Summary\n\ns\n\n## Timeline\n\nAll times in UTC.\n\n"
                + "| Time | Event |\n|---|---|\n| 2021-08-26 08:22 | Load balancers switched. |\n"
                + "| 2021-08-26 09:49 | Service operational. |\n";

        assertThat(onlyEvent(doc).createdAt()).isEqualTo(Instant.parse("2021-08-26T08:22:00Z"));
        assertThat(onlyEvent(doc.replace("# Ingress outage", "# Ingress outage\n\n**Date**: 2021-08-27"))
                .createdAt()).isEqualTo(Instant.parse("2021-08-27T00:00:00Z"));
    }

    @Test
    void aTimelineThatOpensWithBackstoryIsDatedByItsFirstBusyDay() {
        String doc = "# Replica outage\n\n## Summary\n\ns\n\n## Timeline\n\n"
                + "- 2019-03-02: the replica was provisioned without alerting.\n"
                + "- 2023-05-10 09:02 UTC: disk on the replica reaches 95%.\n"
                + "- 2023-05-10 09:15 UTC: replication stops.\n"
                + "- 2023-05-10 10:40 UTC: disk extended, replication resumes.\n"
                + "- 2023-05-11 08:00 UTC: alert added.\n";

        assertThat(onlyEvent(doc).createdAt()).isEqualTo(Instant.parse("2023-05-10T09:02:00Z"));
        // an investigation over days (2, 1, 3 entries) starts on its first day with at least half the busiest's
        String days = "# Outage\n\n## Summary\n\ns\n\n## Timeline\n\n- 2023-05-11 01:00 recovery\n"
                + "- 2023-05-10 23:10 first alert\n- 2023-05-10 23:40 paged\n- 2023-05-09 08:00 a config change\n"
                + "- 2023-05-12 09:00 review\n- 2023-05-12 10:00 fix\n- 2023-05-12 11:00 verified\n";
        assertThat(onlyEvent(days).createdAt()).isEqualTo(Instant.parse("2023-05-10T23:10:00Z"));
    }

    @Test
    void aSummaryThatOpensWithALaterDayOfTheTimelineDatesTheIncidentNotTheLeadup() {
        String doc = "# Downloads broken\n\n## Summary\n\nOn 2023-07-20 between 12:17 and 12:30 UTC all downloads"
                + " failed.\n\n## Timeline\n\n### 2023-07-19\n\n- 17:41 the change is merged\n"
                + "- 17:50 the change is deployed to staging\n\n"
                + "### 2023-07-20\n\n- 12:15 the change is deployed\n- 12:17 downloads fail\n- 12:30 rolled back\n";

        assertThat(onlyEvent(doc).postmortem().date()).isEqualTo("2023-07-20");
        // a summary that opens with a day the timeline never names, or an earlier one, does not move it
        assertThat(onlyEvent(doc.replace("On 2023-07-20", "On 2023-07-21")).postmortem().date())
                .isEqualTo("2023-07-19");
    }

    @Test
    void aReportTitledByTheDayItWasWrittenIsDatedByTheDayItsOpeningTells() {
        String doc = "# 2024-03-21 Incident report: uploads failed\n\nOn Thursday March 14th 2024 (a week ago from"
                + " the time of this writing), an incident occurred with our storage provider.\n\n## Root cause\n\n"
                + "The provider.\n";

        assertThat(onlyEvent(doc).postmortem().date()).isEqualTo("2024-03-14");
        // a title that names the incident, not the write-up, is its day; an earlier opening day is backstory
        assertThat(onlyEvent(doc.replace("Incident report: uploads failed", "Uploads failed")).postmortem().date())
                .isEqualTo("2024-03-21");
    }

    @Test
    void aFileWithoutAnExtensionIsMarkdownWhenItOpensWithHeadings() {
        String doc = "# Android Phone Incident\n## Issue Summary\n\nAn employee device downloaded a suspicious file.\n";

        assertThat(parser.detect("2022-10-31-Android-Phone-Incident", doc).score()).isEqualTo(60);
        assertThat(parser.detect("PM2022-009 - Bad AMI v1.2 rollout", doc).score()).isEqualTo(60);
        assertThat(parser.detect("incident.txt", doc).matches()).isFalse();
        assertThat(parser.detect("deploy", "#!/bin/sh\n# Summary\necho outage\n").matches()).isFalse();
        assertThat(parser.detect("notes", "# Summary\nOne heading only: a comment, not Markdown.\n").matches()).isFalse();
    }

    @Test
    void twoThousandNestedListLevelsAreReadWithoutOverflowingTheStack() {
        StringBuilder doc = new StringBuilder("# Outage\n\n## Summary\nShort.\n\n## Action Items\n");
        for (int i = 0; i < 2_000; i++) {
            doc.append(" ".repeat(2 * i)).append("- level ").append(i).append('\n');
        }

        CanonicalEvent event = onlyEvent(doc.toString());

        assertThat(event.postmortem().summary()).isEqualTo("Short.");
        assertThat(event.postmortem().actionItems()).isNotEmpty();
    }

    @Test
    void aDateOutsideThePlausibleRangeIsNoDate() {
        assertThat(onlyEvent("# X\n\n**Date**: 1899-07-04\n\n## Summary\n\ns\n").createdAt()).isNull();
        assertThat(onlyEvent("---\ndate: 2150-01-01\nroot_cause: r\n---\n# X\n").createdAt()).isNull();
    }

    @Test
    void ordinaryDocumentsAreNotFlaggedTruncated() {
        assertThat(onlyEvent(PostmortemFiles.sample("postmortems/2026-06-23-stripe-webhook-secret.md")).truncated()).isFalse();
    }

    @Test
    void parsingTwiceGivesEqualEvents() {
        Path file = PostmortemFiles.shared("postmortems/google-sre-example/shakespeare-sonnet-postmortem.sawasthi1991.md");

        assertThat(Parsing.parse(parser, file).events).isEqualTo(Parsing.parse(parser, file).events).isNotEmpty();
    }

    @Test
    void allInstantsAreWrittenInUtc() {
        CanonicalEvent event = onlyEvent("# X\n\n**Date**: 2024-01-02 23:30 -05:00\n\n## Summary\n\ns\n");

        Matcher m = Pattern.compile("\"[a-z_]+_at\":\"([^\"]+)\"").matcher(EventJson.toJson(event));
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("2024-01-03T04:30:00Z");
    }

    @Test
    void theStreamIsLeftOpen() throws Exception {
        byte[] markdown = "# X\n## Summary\ns\n".getBytes(StandardCharsets.UTF_8);

        assertThat(ParserChecks.closesTheStream(parser, markdown, "pm.md")).isFalse();
    }

    @Test
    void atlassianLeadupAndFaultAreTheAccountAndTheRootCause() {
        CanonicalEvent event = onlyEvent("# Workers restarting\n\n## Summary\nWorkers restarted every 40 minutes.\n\n"
                + "## Leadup\nVersion 3.2 was deployed on Monday.\n\n## Fault\nA static map was never cleared.\n\n"
                + "## Response\nThe on-call engineer was paged at 09:12.\n");

        assertThat(event.postmortem().rootCause()).isEqualTo("A static map was never cleared.");
        assertThat(event.postmortem().summary()).isEqualTo("Workers restarted every 40 minutes.");
        assertThat(event.description()).isEqualTo("Version 3.2 was deployed on Monday.");
    }

    @Test
    void theDescriptionIsTheAccountOutsideTheNamedFieldsInDocumentOrder() {
        CanonicalEvent event = onlyEvent("# Outage\n\nIntro line.\n\n## Summary\nShort.\n\n## What happened\nThe queue filled.\n\n"
                + "## Root cause\nA bad flag.\n\n## The night shift\nNobody saw the page.\n");

        assertThat(event.description()).isEqualTo("Intro line.\n\nThe queue filled.\n\nThe night shift\nNobody saw the page.");
        assertThat(event.description()).doesNotContain("Short.", "A bad flag.");
    }

    @Test
    void boldLeadsEndedByAPeriodOrADashAreSections() {
        CanonicalEvent event = onlyEvent("# Prices wrong\n\n**What happened.** Prices showed in cents.\n\n"
                + "**Why.** The feed sent cents for one collection.\n\n**How we fixed it** — corrected by hand.\n");

        assertThat(event.postmortem().rootCause()).isEqualTo("The feed sent cents for one collection.");
        assertThat(event.postmortem().resolution()).isEqualTo("corrected by hand.");
        assertThat(event.description()).isEqualTo("Prices showed in cents.");
    }

    @Test
    void plainLabelLinesOfAnySectionAreFields() {
        CanonicalEvent event = onlyEvent("# Write latency\n\nRoot cause: the WAL disk reached its bandwidth.\n"
                + "Trigger: the month-start billing run.\nResolution: moved WAL to its own device.\n");

        assertThat(event.postmortem().rootCause()).isEqualTo("the WAL disk reached its bandwidth.");
        assertThat(event.postmortem().trigger()).isEqualTo("the month-start billing run.");
        assertThat(event.postmortem().resolution()).isEqualTo("moved WAL to its own device.");
    }

    @Test
    void aMarkdownFileThatTellsOfAnIncidentWithoutSectionsIsATerseWriteUp() {
        String terse = "# Search returns nothing\n\nTuesday's indexer build dropped every document without a category; "
                + "the exception was swallowed. Reverted to v2.13 and reindexed after five hours.\n";

        assertThat(parser.detect("search.md", terse).score()).isEqualTo(30);
        assertThat(parser.detect("search.md", terse).reason()).contains("reverted", "hours");
        assertThat(parser.detect("search.txt", terse).matches()).isFalse();
        assertThat(parser.detect("design.md", "# API design\n\nThe new endpoints accept JSON bodies and return "
                + "paginated lists of orders.\n").matches()).isFalse();
        assertThat(onlyEvent(terse).description()).startsWith("Tuesday's indexer build");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pagerduty/FIELD_REFERENCE.md", "pagerduty/SOURCES.md", "opsgenie/FIELD_REFERENCE.md",
        "jsm/SOURCES.md", "MANIFEST.md", "jsm/jira-issue-export/jira-csv-headers.evidence.md"})
    void referenceDocumentationThatNamesIncidentsIsNoWriteUp(String reference) throws Exception {
        String text = java.nio.file.Files.readString(PostmortemFiles.shared(reference));
        String name = reference.substring(reference.lastIndexOf('/') + 1);

        assertThat(parser.detect(name, text).matches()).as(parser.detect(name, text).reason()).isFalse();
        assertThat(parser.detect(name, text).reason()).contains("reference documentation");
    }

    @Test
    void aWriteUpThatQuotesSomeCommandsAndMetricsIsStillOne() {
        String told = "# Orders stuck\n\nThe `orders-consumer` lagged behind after `kafka-reassign-partitions` moved "
                + "its partitions; `consumer_lag` rose above 2M and the incident was resolved by restarting "
                + "`orders-consumer-3`. Took two hours.\n";

        assertThat(parser.detect("orders.md", told).score()).isEqualTo(30);
    }

    @Test
    void aTitledParagraphInAnyVocabularyIsReadAsAWriteUpButAFewWordsAreNot() {
        String told = "# API key leaked in a public repository\n\nA developer pushed a production key for the mail "
                + "provider to a public repository. It was found and abused within an hour to send spam, and the "
                + "provider suspended our account. Rotated the key.\n";

        assertThat(parser.detect("key.md", told).score()).isEqualTo(20);
        assertThat(parser.detect("key.md", "Untitled text " + "word ".repeat(40)).matches()).isFalse();
        assertThat(parser.detect("list.md", "# Groceries\n\nbuy milk, call Ann\n").matches()).isFalse();
    }

    @Test
    void theAccountBeforeAnyHeadingIsTheDescriptionWithOrWithoutATitle() {
        String untitled = "---\ntitle: Crashes every few minutes\nsummary: A poison message crashed the workers.\n---\n\n"
                + "On Friday the app crashed repeatedly.\n\nA handler panicked on one message and took the process down.\n";
        CanonicalEvent event = onlyEvent(untitled);

        assertThat(event.description())
                .isEqualTo("On Friday the app crashed repeatedly.\nA handler panicked on one message and took the process down.");
        assertThat(event.postmortem().summary()).isEqualTo("A poison message crashed the workers.");
        assertThat(onlyEvent("Written before the title.\n\n# Outage\n\nUnder the title.\n\n## Root cause\nA bad flag.\n")
                .description()).isEqualTo("Written before the title.\n\nUnder the title.");
    }

    @Test
    void frontMatterStartAndEndTimesGiveTheDateAndTheDuration() {
        CanonicalEvent event = onlyEvent("---\ntitle: Intermittent downtime\nstart_time: 2022-11-18T15:40:00Z\n"
                + "end_time: 2022-11-18T16:12:00Z\ncategories:\n- config-change\n- cloud\nproduct: billing api\n---\n\n"
                + "## Root cause\nA bad flag.\n");

        assertThat(event.createdAt()).isEqualTo(Instant.parse("2022-11-18T15:40:00Z"));
        assertThat(event.postmortem().duration())
                .isEqualTo("32 minutes (2022-11-18T15:40:00Z to 2022-11-18T16:12:00Z)");
        assertThat(event.tags()).containsExactly("config-change", "cloud");
        assertThat(event.service()).isEqualTo("billing api");
        assertThat(onlyEvent("---\ndate: 2024-01-02\nstart_time: 2022-11-18T15:40:00Z\nend_time: 2022-11-18T15:00:00Z\n---\n\n"
                + "## Duration\nTen minutes.\n").postmortem().duration()).isEqualTo("Ten minutes.");
    }

    @Test
    void spokenDurations() {
        assertThat(MarkdownPostmortemMapper.spoken(java.time.Duration.ofSeconds(40))).isEqualTo("40 seconds");
        assertThat(MarkdownPostmortemMapper.spoken(java.time.Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(MarkdownPostmortemMapper.spoken(java.time.Duration.ofMinutes(60))).isEqualTo("1 hour");
        assertThat(MarkdownPostmortemMapper.spoken(java.time.Duration.ofMinutes(185))).isEqualTo("3 hours 5 minutes");
        assertThat(MarkdownPostmortemMapper.spoken(java.time.Duration.ofHours(52))).isEqualTo("2 days 4 hours");
        assertThat(MarkdownPostmortemMapper.spoken(java.time.Duration.ofHours(72))).isEqualTo("3 days");
    }

    @Test
    void frontMatterCountsForDetectionAsTheTitleSummaryAndLinkOfTheWriteUp() {
        String titled = "---\ntitle: Radiation overdoses\nsummary: Concurrent programming errors gave doses far above normal.\n---\n\n"
                + "Six accidents happened between June 1985 and January 1987 on a machine that trusted its software "
                + "interlocks over the hardware ones its predecessors had.\n";
        String linked = "---\nurl: https://status.example.com/incidents/1091\ncompany: Example\n---\n\n"
                + "An automated remote configuration change did not propagate fully. Web workers could not be started.\n";
        String oneWord = "---\ncompany: Example\n---\n\nThe site was under a DDoS on March 24.\n";

        assertThat(parser.detect("therac.md", titled).score()).isEqualTo(20);
        assertThat(parser.detect("therac.md", titled.replace("title: Radiation overdoses\n", "")).score()).isEqualTo(15);
        assertThat(parser.detect("heroku.md", linked).score()).isEqualTo(15);
        assertThat(parser.detect("heroku.md", linked).reason()).contains("incidents");
        assertThat(parser.detect("attack.md", oneWord).score()).isEqualTo(15);
        assertThat(onlyEvent(linked).description()).startsWith("An automated remote configuration change");
    }

    @Test
    void frontMatterWithoutAnyIncidentWordIsNotAPostmortem() {
        String note = "---\ntitle: Team offsite\nlayout: post\n---\n\nWe meet on Thursday in the big room.\n";

        assertThat(parser.detect("offsite.md", note).matches()).isFalse();
        assertThat(parser.detect("offsite.txt", "---\ncompany: Example\n---\n\nThe site was under a DDoS.\n").matches()).isFalse();
    }

    @Test
    void actionItemsGroupedByKindAreItemsOfThatKindNotTheIncidentsDetectionOrMitigation() {
        CanonicalEvent event = onlyEvent("""
                # Build breakage

                ## Summary
                CI failed on every change.

                ## Action items

                ### Prevention

                | Action Item | Owner | Tracking bug |
                |---|---|---|
                | Pin external dependencies | chinmay | #6767 |

                ### Detection

                | Action Item | Owner | Tracking bug |
                |---|---|---|
                | A bot that runs every test continuously | ianh | #6777 |

                ### Mitigation

                None.

                ### Fixes

                - [x] Update the dependency to a known good version
                """);

        assertThat(event.postmortem().detection()).isNull();
        assertThat(event.postmortem().resolution()).isNull();
        assertThat(event.postmortem().actionItems()).extracting(ActionItem::text, ActionItem::type).containsExactly(
                tuple("Pin external dependencies", "prevent"), tuple("A bot that runs every test continuously", "detect"),
                tuple("Update the dependency to a known good version", "repair"));
        // outside the action items, they are the incident's own
        assertThat(onlyEvent("# Outage\n\n## Detection\nA customer told us.\n\n## Mitigation\nWe rolled back.\n")
                .postmortem()).extracting(PostmortemDetails::detection, PostmortemDetails::resolution)
                .containsExactly("A customer told us.", "We rolled back.");
    }

    @Test
    void fieldsBrokenByBreakTagsAreReadWhereverTheTextWasWrapped() {
        CanonicalEvent event = onlyEvent("""
                # Website outage

                ## Summary

                Description: the site was offline for 80% of users for a period of several
                hours.<br> Component: www web site<br> Date/time: 2023-08-26 21:14
                PDT<br> Duration: 15 hours 40 minutes<br> User impact: anyone trying to visit
                the site

                ## Root cause
                A DNS change.
                """);

        assertThat(event.postmortem().summary())
                .isEqualTo("the site was offline for 80% of users for a period of several hours. Component: www web site");
        assertThat(event.postmortem().date()).isEqualTo("2023-08-26");
        assertThat(event.createdAt()).isEqualTo(Instant.parse("2023-08-26T21:14:00Z"));
        assertThat(event.postmortem().duration()).isEqualTo("15 hours 40 minutes");
        assertThat(event.postmortem().impact()).isEqualTo("anyone trying to visit the site");
    }

    @Test
    void aBlogsPublicationDateGivesWayToTheIncidentsDayInItsTitle() {
        CanonicalEvent post = onlyEvent("---\ntitle: \"Postmortem for the Mainnet incident on 17th June 2019\"\n"
                + "date: 2019-07-02 15:00:00\n---\n\nThe network stopped.\n\n## Root cause\nTwo validators shared a key.\n");

        assertThat(post.postmortem().date()).isEqualTo("2019-06-17");
        // a day after the publication, or long before it, is not the incident's; an incident date field wins
        assertThat(onlyEvent("---\ntitle: Outage of 17 June 2019\ndate: 2019-06-10\n---\n\n## Root cause\nA flag.\n")
                .postmortem().date()).isEqualTo("2019-06-10");
        assertThat(onlyEvent("---\ntitle: Outage of 17 June 2018\ndate: 2019-06-20\n---\n\n## Root cause\nA flag.\n")
                .postmortem().date()).isEqualTo("2019-06-20");
        assertThat(onlyEvent("---\ntitle: Outage of 17 June 2019\nincident_date: 2019-06-16\n---\n\n## Root cause\nA flag.\n")
                .postmortem().date()).isEqualTo("2019-06-16");
    }

    @Test
    void anActionItemHeadedWithItsPriorityIsOneItemAndWhatFollowsItIsItsDetail() {
        String doc = """
                # Outage

                ## Root cause
                A bad deploy.

                ## Action Items

                ### P0 — Block kubectl set image in production

                **What:** it bypasses the migration hooks.

                **Files to change:**

                1. `infra/eks.tf` (lines 552–561)
                2. `infra/workloads.tf`

                #### Environments

                | Environment | Status |
                |---|---|
                | prod | Already exists |

                ### P1 — Alert earlier on the 5xx ratio

                Lower the threshold to 2%.

                ### Rollout strategy

                | Component | Status |
                |---|---|
                | EKS cluster | Does not exist |
                """;

        assertThat(onlyEvent(doc).postmortem().actionItems()).extracting(ActionItem::text).containsExactly(
                "P0 — Block kubectl set image in production", "P1 — Alert earlier on the 5xx ratio");
        // without items headed so, a group heading's list holds the items
        assertThat(onlyEvent("# Outage\n\n## Root cause\nA bad deploy.\n\n## Action Items\n\n### Longer term\n\n"
                + "- Move deploys to the pipeline\n").postmortem().actionItems()).extracting(ActionItem::text)
                .containsExactly("Move deploys to the pipeline");
    }

    @Test
    void aRemediationWrittenAsATaskListIsTheActionItemsWhenNoSectionHoldsThem() {
        String doc = "# Clawback bug\n\n## Five Whys\nA module account was clawed back.\n\n## Remediation\n\n"
                + "- [x] Fix the claims module.\n- [ ] Check if the same bug affected testnet.\n";

        assertThat(onlyEvent(doc).postmortem().actionItems()).extracting(ActionItem::text, ActionItem::status)
                .containsExactly(tuple("Fix the claims module.", "done"), tuple("Check if the same bug affected testnet.", "open"));
        // with an action items section, the remediation is how it was fixed
        assertThat(onlyEvent(doc + "\n## Action items\n- Alert on clawbacks\n").postmortem().actionItems())
                .extracting(ActionItem::text).containsExactly("Alert on clawbacks");
        // a remediation told in prose or as a plain list stays the resolution
        assertThat(onlyEvent(doc.replace("- [x] ", "- ").replace("- [ ] ", "- ")).postmortem().actionItems()).isEmpty();
    }

    @Test
    void aJekyllStatusAlertGivesItsSpanAndCauseInFrontMatter() {
        CanonicalEvent alert = onlyEvent("---\ntitle: Power loss\nstart_date: 2023-04-12 10:00\nend_date: 2023-04-12 19:51\n"
                + "reason: Power incident on UK national grid\nimpact: All jobs lost\nstatus: Resolved\n---\n\n"
                + "A power incident stopped the compute nodes.\n");

        assertThat(alert.postmortem().date()).isEqualTo("2023-04-12");
        assertThat(alert.postmortem().duration()).startsWith("9 hours 51 minutes");
        assertThat(alert.postmortem().rootCause()).isEqualTo("Power incident on UK national grid");
    }

    @Test
    void fieldLinesInAnyScriptAreFields() {
        CanonicalEvent log = onlyEvent("# 로그인 장애\n\n## 요약\n로그인이 실패했다.\n\n- 영향: 사용자 로그인 실패\n"
                + "- 원인: 세션 저장소 만료 설정 오류\n- 해결: 설정 복구 후 재시작\n");

        assertThat(log.postmortem().impact()).isEqualTo("사용자 로그인 실패");
        assertThat(log.postmortem().rootCause()).isEqualTo("세션 저장소 만료 설정 오류");
        assertThat(log.postmortem().resolution()).isEqualTo("설정 복구 후 재시작");
    }

    @Test
    void aSentenceThatOnlyMentionsTheRootCauseDoesNotStateIt() {
        String doc = "# Repl outage\n\n## What happened\nRepls failed to start for an hour. We have addressed the root cause,"
                + " and the system is now operating normally.\n";
        assertThat(onlyEvent(doc).postmortem().rootCause()).isNull();
    }

    @Test
    void theTemplatesDateFieldIsTheIncidentsDayOverTheBlogsFrontMatterDate() {
        CanonicalEvent post = onlyEvent("---\ntitle: Cluster-wide outage\ndate: 2021-04-12\n---\n\n# Date\n2021-04-14\n\n"
                + "# Summary\nOn April 14, 2021, at about 9:40am the cluster went down.\n\n# Root cause\nAn upgrade.\n");

        assertThat(post.postmortem().date()).isEqualTo("2021-04-14");
    }

    @Test
    void anAstroBlogsPubDateIsThePostsDate() {
        CanonicalEvent post = onlyEvent("---\ntitle: \"Post-mortem: Blob Storage Outage\"\npubDate: May 2, 2024\n---\n\n"
                + "Blob storage is a key value store.\n\n## Root cause\nThe API credentials were tied to a removed user.\n");

        assertThat(post.postmortem().date()).isEqualTo("2024-05-02");
    }

    @Test
    void aPublicationDateGivesWayToTheDayTheOpeningParagraphStartsWith() {
        CanonicalEvent post = onlyEvent("---\nlayout: post\ntitle: Severe service degradation\ndate: 2025-10-23\n---\n\n"
                + "There was a service degradation.\n\nOn Wednesday, October 15 from 05:00 in the morning, responses were"
                + " slow.\n\n## Root cause\nA crawler.\n");
        assertThat(post.postmortem().date()).isEqualTo("2025-10-15");
        // the file name's date is a publication date too; the summary may open the account
        assertThat(Parsing.parse(parser, "## Summary\nOn April 15, 2026, scheduling was delayed for all customers.\n\n"
                + "## Root cause\nA hot shard.\n", "2026-04-17-incident-report.md").onlyEvent().postmortem().date())
                .isEqualTo("2026-04-15");
        // or with the part of the day it started in
        assertThat(onlyEvent("---\ntitle: Mail outage post-mortem\ndate: '2014-05-28T05:16:39+00:00'\nlayout: post\n---\n\n"
                + "During the afternoon of May 6th we began experiencing delays in mail delivery.\n\n## Root cause\nDisks.\n")
                .postmortem().date()).isEqualTo("2014-05-06");
        // a day without its year takes the year before the publication's when it would fall after it
        assertThat(onlyEvent("---\ntitle: Outage\ndate: 2025-01-03\n---\n\nOn December 30 the API failed.\n\n"
                + "## Root cause\nA flag.\n").postmortem().date()).isEqualTo("2024-12-30");
        // only a paragraph that starts with the day; an incident date field wins; a day long before is backstory
        assertThat(onlyEvent("---\ntitle: Outage\ndate: 2025-10-23\n---\n\nThe change made on October 15 failed.\n\n"
                + "## Root cause\nA flag.\n").postmortem().date()).isEqualTo("2025-10-23");
        assertThat(onlyEvent("---\ntitle: Outage\nincident_date: 2025-10-22\n---\n\nOn October 15 we deployed.\n\n"
                + "## Root cause\nA flag.\n").postmortem().date()).isEqualTo("2025-10-22");
        assertThat(onlyEvent("---\ntitle: Outage\ndate: 2025-10-23\n---\n\nOn March 2, 2025 we set up the cluster.\n\n"
                + "## Root cause\nA flag.\n").postmortem().date()).isEqualTo("2025-10-23");
        // a title or a paragraph that names the date itself makes it the incident's, the earlier day backstory
        assertThat(Parsing.parse(parser, "# Oct 31 2021 Dust Storm\n\n## Issue Summary\n\nOn Saturday Oct 30th 2021 an"
                + " actor began sending transactions.\n\n## Root cause\nFees.\n", "2021-10-31-DustStorm.md").onlyEvent()
                .postmortem().date()).isEqualTo("2021-10-31");
        // a template's Date field may be the day it was written: a summary that opens with an earlier day dates it
        assertThat(onlyEvent("# PPMS outage\n\nDate: June 18, 2020\n\n## Summary\n\n- On June 16, 2020, the"
                + " locator failed for community providers.\n\n## Root cause\nA controller moved.\n").postmortem().date())
                .isEqualTo("2020-06-16");
        assertThat(onlyEvent("# PPMS outage\n\nDate: June 16, 2020\n\n## Summary\n\nOn June 14, 2020 we deployed."
                + " On June 16, 2020 the locator failed.\n\n## Root cause\nA controller moved.\n").postmortem().date())
                .isEqualTo("2020-06-16");
        // or the opening paragraph of the section that tells what happened
        assertThat(onlyEvent("---\ntitle: Relay outage\ndate: '2024-11-19'\n---\n\nAt n0 we strive to be a great"
                + " engineering company.\n\n## **So what happened?**\n\nOn November 5th '24 we had a global outage on"
                + " our relay nodes.\n\n## Root cause\nA full disk.\n").postmortem().date()).isEqualTo("2024-11-05");
        assertThat(Parsing.parse(parser, "# Credentials\n\nOn Jan 29, 2024, a connection was established.\n\nOn February"
                + " 15, 2024 the integration ran and was blocked.\n\n## Root cause\nAn IP change.\n",
                "2024-02-15-credentials.md").onlyEvent().postmortem().date()).isEqualTo("2024-02-15");
    }

    @Test
    void aPublicationDateGivesWayToTheDayItsTimelineIsBusiestOn() {
        String timeline = "## Timeline\n* March 16, 12:07 PM: the storage server reboots.\n* March 16, 2:53 PM: VPN down.\n"
                + "* March 16, 8:06 PM: VMs found stuck.\n* March 17, 9:52 AM: a failed drive found.\n"
                + "* March 18, 12:13 PM: all services back.\n\n## Root cause\nA failed drive.\n";
        // a blog's date: the day the incident ended and the write-up went out
        assertThat(onlyEvent("---\ntitle: Hard drive failure\ndate: 2025-03-18 12:24:54\n---\n\n" + timeline)
                .postmortem().date()).isEqualTo("2025-03-16");
        // a site post's file name, with the timeline's days written in full
        assertThat(Parsing.parse(parser, "---\nlayout: post\n---\n# Leaked token\n\n## Response timeline\n"
                + "- 2025-04-01 13:35 UTC: we were notified of the leaked token.\n- 2025-04-01 14:15 UTC: uploads stopped.\n"
                + "- 2025-04-01 22:20 UTC: uploads restarted.\n- 2025-04-02: we published this announcement.\n",
                "2025-04-02-security-incident.md").onlyEvent().postmortem().date()).isEqualTo("2025-04-01");
        // a timeline busy long before the publication is backstory; one busy on the day itself keeps it
        assertThat(onlyEvent("---\ntitle: Hard drive failure\ndate: 2025-09-18\n---\n\n" + timeline)
                .postmortem().date()).isEqualTo("2025-09-18");
        assertThat(onlyEvent("---\ntitle: Outage\ndate: 2025-03-16\n---\n\n" + timeline).postmortem().date())
                .isEqualTo("2025-03-16");
    }

    @Test
    void anAmbiguousNumericDateIsReadInTheOrderOfTheDocumentsOtherDates() {
        String doc = "# Pre-production down\n\n**Date**: 03/10/2021\n\n## Root cause\nA storage driver change.\n\n"
                + "## Timeline\n\n### 29-09-2021 (All times CEST)\n- 10:00 storage driver changed\n\n"
                + "### 03-10-2021 (All times CEST)\n- 02:17 OUTAGE BEGINS\n- 19:16 a contributor reports timeouts\n";
        assertThat(onlyEvent(doc).postmortem().date()).isEqualTo("2021-10-03");
        // and so are the timeline's days, which give the outage's length
        assertThat(onlyEvent(doc + "\n### 04-10-2021\n- 10:00 **OUTAGE MITIGATED**\n").postmortem().duration())
                .isEqualTo("31 hours 43 minutes (2021-10-03T02:17 to 2021-10-04T10:00)");
        assertThat(onlyEvent(doc.replace("29-09-2021", "9/29/2021")).postmortem().date()).isEqualTo("2021-03-10");
        // with nothing to tell the order, the date field says no day, and the timeline's days are read as before
        assertThat(onlyEvent(doc.replace("29-09-2021", "2021-09-29")).postmortem().date()).isEqualTo("2021-09-29");
    }

    @Test
    void aTemplatesPromptAnsweredOnItsOwnLineIsNotPartOfTheAnswer() {
        PostmortemDetails pm = onlyEvent("# Map not rendering\n\n## Detection\n_How was the issue found?_ It was found by"
                + " OCC then reported to Dave.\n\n## Root Causes\n_What caused this situation?_ The issue happened"
                + " performing a clean up of some unused CSS.\n\n## Resolution\n_Describe the fix_ We restored the"
                + " height value.\n").postmortem();
        assertThat(pm.detection()).isEqualTo("It was found by OCC then reported to Dave.");
        assertThat(pm.rootCause()).isEqualTo("The issue happened performing a clean up of some unused CSS.");
        assertThat(pm.resolution()).isEqualTo("We restored the height value.");
        // emphasis that is the answer's own stays
        assertThat(onlyEvent("# Outage\n\n## Root cause\n_Two_ replicas were lost at once.\n").postmortem().rootCause())
                .isEqualTo("Two replicas were lost at once.");
    }

    @Test
    void theSreBooksTemplateInNorwegianGivesItsFields() {
        // as Norway's labour and welfare administration writes its postmortems
        PostmortemDetails pm = onlyEvent("# Konfigurasjonsfeil i arena-adapter\n\n**Dato:** 19.08.2020\n\n**Av:** Andreas"
                + "\n\n**Status:** Løst\n\n**Sammendrag:** adapteren fikk ikke autorisert seg\n\n**Konsekvens:**"
                + " Saksbehandling stoppet opp i halvannen time\n\n**Rotårsaker:** Byttet namespace, glemte å oppdatere"
                + " adressen\n\n**Løsning:** Oppdatere adressen\n\n**Påvisning:** Varslet i en tråd på"
                + " #produksjonshendelse\n\n## Aksjonspunkter\n\n| Aksjon | Type | Eier |\n|---|---|---|\n| Alerts på"
                + " error rate | Oppgave | Team |\n\n## Hva lærte vi?\n\nDobbeltsjekke adresser.\n").postmortem();
        assertThat(pm.date()).isEqualTo("2020-08-19");
        assertThat(pm.summary()).isEqualTo("adapteren fikk ikke autorisert seg");
        assertThat(pm.impact()).isEqualTo("Saksbehandling stoppet opp i halvannen time");
        assertThat(pm.rootCause()).isEqualTo("Byttet namespace, glemte å oppdatere adressen");
        assertThat(pm.resolution()).isEqualTo("Oppdatere adressen");
        assertThat(pm.detection()).isEqualTo("Varslet i en tråd på #produksjonshendelse");
        assertThat(pm.actionItems()).extracting(a -> a.text()).containsExactly("Alerts på error rate");
        assertThat(pm.lessons()).isEqualTo("Dobbeltsjekke adresser.");
    }

    @Test
    void aDurationFieldThatSaysThereWasNoneGivesNoDuration() {
        assertThat(onlyEvent("# Cost spike\n\n## Impact\n\n| Metric | Value |\n|---|---|\n| Downtime | None |\n\n"
                + "## Root cause\nA runaway job.\n").postmortem().duration()).isNull();
        assertThat(onlyEvent("# Outage\n\n**Duration:** N/A\n\n## Root cause\nA flag.\n").postmortem().duration())
                .isNull();
        assertThat(onlyEvent("# Outage\n\n**Duration:** 40 minutes\n\n## Root cause\nA flag.\n").postmortem().duration())
                .isEqualTo("40 minutes");
    }

    @Test
    void aWriteUpWithoutADetectionSectionIsDetectedAsItsTimelineTells() {
        String doc = "# Checkout outage\n\n## Timeline\n- 08:55 Deploy of 4.2 started\n- 09:12 PagerDuty paged the on-call"
                + " engineer\n- 09:40 Rolled back\n\n## Root cause\nA bad flag.\n";
        assertThat(onlyEvent(doc).postmortem().detection()).isEqualTo("09:12 PagerDuty paged the on-call engineer");
        assertThat(onlyEvent(doc + "\n## Detection\nA customer told support.\n").postmortem().detection())
                .isEqualTo("A customer told support.");
    }

    @Test
    void aDetectionThatIsOnlyATimeToDetectGivesWayToWhoNoticed() {
        String doc = "# Traefik outage\n\n## Timeline\n- 13:02 Cloud Engineering member informed of ingress problem\n\n"
                + "## Stats\n- Time to detection: 5 minutes\n- Time to recovery: 84 minutes\n\n## Root cause\nA rule.\n";
        assertThat(onlyEvent(doc).postmortem().detection())
                .isEqualTo("13:02 Cloud Engineering member informed of ingress problem");
        assertThat(onlyEvent("# Outage\n\n## Detection\n~2 min\n\n## Root cause\nA rule.\n").postmortem().detection())
                .isNull();
    }

    @Test
    void aWriteUpToldInProseIsDetectedAsItsProseTells() {
        CanonicalEvent e = onlyEvent("# Capacity outage on Dec 6\n\nAt 13:23, we noticed capacity issues with our platform."
                + " Encoding jobs queued for an hour.\n\n## Root cause\nA scaling limit.\n");
        assertThat(e.postmortem().detection()).isEqualTo("At 13:23, we noticed capacity issues with our platform.");
        // a timeline's entry comes first
        assertThat(onlyEvent("# Outage\n\nWe noticed errors.\n\n## Timeline\n- 09:12 PagerDuty paged the on-call"
                + " engineer\n\n## Root cause\nA flag.\n").postmortem().detection())
                .isEqualTo("09:12 PagerDuty paged the on-call engineer");
    }

    @Test
    void aWriteUpWithoutAnImpactSectionGetsTheImpactItsSummaryTells() {
        String doc = "# ADFS outage\n\n## Summary\nA certificate expired at 12:00. Platform users were unable to sign in"
                + " to the console for 78 minutes.\n\n## Root cause\nThe certificate was not renewed.\n";
        assertThat(onlyEvent(doc).postmortem().impact())
                .isEqualTo("Platform users were unable to sign in to the console for 78 minutes.");
        // an impact section of its own comes first
        assertThat(onlyEvent(doc + "\n## Impact\nAbout 300 engineers.\n").postmortem().impact())
                .isEqualTo("About 300 engineers.");
    }

    @Test
    void aWriteUpWithoutARootCauseSectionGetsTheCauseItsOpeningTells() {
        String doc = "# We're back\n\nThe forum was down for two days. After a nasty lightning strike at our ISP, the"
                + " storage lost power and the filesystem was corrupted. We rolled back to our last good backup.\n\n"
                + "## Impact\nTwo days of posts lost.\n";
        PostmortemDetails told = onlyEvent(doc).postmortem();
        assertThat(told.rootCause()).isEqualTo("After a nasty lightning strike at our ISP, the storage lost power and the"
                + " filesystem was corrupted.");
        assertThat(told.rootCauseInProse()).isTrue();
        // a root-cause section of its own comes first, and is no sentence picked out of the prose
        PostmortemDetails sectioned = onlyEvent(doc + "\n## Root cause\nNo surge protection.\n").postmortem();
        assertThat(sectioned.rootCause()).isEqualTo("No surge protection.");
        assertThat(sectioned.rootCauseInProse()).isFalse();
        // so is a sentence that names the root cause as such
        PostmortemDetails named = onlyEvent(doc.replace("We rolled back", "The root cause was a missing surge"
                + " protector. We rolled back")).postmortem();
        assertThat(named.rootCause()).isEqualTo("The root cause was a missing surge protector.");
        assertThat(named.rootCauseInProse()).isFalse();
    }

    @Test
    void aSectionsBoldNameRunIntoItsOwnSentenceIsItsLabel() {
        CanonicalEvent e = onlyEvent("---\ntitle: Search down\ndate: 2024-02-19 09:00:00\nseverity: disrupted\n---\n"
                + "__Description__ After planned maintenance our search cluster failed to restart.\n\n"
                + "__Impact__ Search is either broken or degraded.\n\n__Links__ More in T357968.\n\n"
                + "__Root cause__ The cluster's disks were full.\n");
        // each label holds its own paragraph: what follows under a name of no section is the account's
        assertThat(e.description()).contains("After planned maintenance our search cluster failed to restart.")
                .contains("Links More in T357968.");
        assertThat(e.postmortem().impact()).isEqualTo("Search is either broken or degraded.");
        assertThat(e.postmortem().rootCause()).isEqualTo("The cluster's disks were full.");
        // a sentence that only starts in bold goes on in lower case, and a timeline's name is no run-in label
        CanonicalEvent prose = onlyEvent("# Search down\n\n**Impact** on users was small.\n\n**Resolved** The cluster is"
                + " back.\n\n## Root cause\nFull disks.\n");
        assertThat(prose.postmortem().impact()).isNull();
        assertThat(prose.description()).contains("Impact on users was small.").contains("Resolved The cluster is back.");

        // a run-in label's wrapped lines are its own; a name in title case run on from it is no label
        CanonicalEvent wrapped = onlyEvent("__Impact__ Search is either broken\nor degraded for most users.\n\n"
                + "**Recovery** Time Objective is four hours.\n\n## Root cause\nFull disks.\n");
        assertThat(wrapped.postmortem().impact()).isEqualTo("Search is either broken or degraded for most users.");
        assertThat(wrapped.postmortem().resolution()).isNull();
        // under a known section, a bold name run into a sentence is emphasis
        CanonicalEvent lessons = onlyEvent("# Outage\n\n## Root cause\nFull disks.\n\n## What went well\n\n"
                + "**Detection** Our alerts fired within a minute.\n");
        assertThat(lessons.postmortem().detection()).isNull();
        assertThat(lessons.postmortem().lessons()).contains("Our alerts fired within a minute.");
    }

    @Test
    void aStatusSitesAccountKeptInItsFrontMatterIsItsText() {
        CanonicalEvent e = onlyEvent("---\ntitle: DDoS Attack\ndate: 2016-01-09\nresolved: true\nseverity: warning\n"
                + "details: \"## History\\n\\nEarly Saturday morning we got alerted by our host that a DDoS attack was"
                + " hitting our load balancer.\\n\\nA small number of sites were affected and down for two hours.\"\n---\n");
        assertThat(e.postmortem().detection())
                .isEqualTo("Early Saturday morning we got alerted by our host that a DDoS attack was hitting our load balancer.");
        assertThat(e.description()).contains("A small number of sites were affected");
    }

    @Test
    void anIncidentStartInFrontMatterDatesTheIncidentOverTheWriteUpsDate() {
        CanonicalEvent e = onlyEvent("---\ntitle: Auth outage\ndate: \"2026-10-02\"\nincident_start: \"2026-10-01 09:45 UTC\"\n"
                + "---\n\n## Root cause\nA certificate.\n");
        assertThat(e.postmortem().date()).isEqualTo("2026-10-01");
    }

    @Test
    void aSitePostsFileNameDateGivesWayToTheDayItsTitleNames() {
        String post = "---\ntitle: Post-Mortem of Connectivity Issues on August 10th\nlayout: post\n---\n\n"
                + "Downloads failed for several periods.\n\n## Root cause\nAn S3 outage.\n";
        assertThat(Parsing.parse(parser, post, "2015-08-13-postmortem.md").onlyEvent().postmortem().date())
                .isEqualTo("2015-08-10");
        // a page that is no site's post keeps the date its file is named by
        assertThat(Parsing.parse(parser, post.replace("layout: post\n", ""), "2015-08-13-postmortem.md").onlyEvent()
                .postmortem().date()).isEqualTo("2015-08-13");
    }

    @Test
    void aDurationLosesTheFootnoteAReportPrintsAfterIt() {
        assertThat(onlyEvent("# Outage\n\n## Duration\n5h 23m *All times listed in this report are in Pacific Time.\n\n"
                + "## Root cause\nA flag.\n").postmortem().duration()).isEqualTo("5h 23m");
        assertThat(onlyEvent("# Outage\n\n## Duration\n24m 23s\n*All times listed in this report are in UTC.\n\n"
                + "## Root cause\nA flag.\n").postmortem().duration()).isEqualTo("24m 23s");
        assertThat(onlyEvent("# Outage\n\n## Duration\n*About 2 hours*\n\n## Root cause\nA flag.\n").postmortem().duration())
                .contains("About 2 hours");
    }

    @Test
    void aBodyWrittenInHtmlUnderFrontMatterIsReadByItsHtmlHeadings() {
        CanonicalEvent event = onlyEvent("""
                ---
                title: Mail outage post-mortem
                date: '2014-05-28T05:16:39+00:00'
                layout: post
                ---

                <p><b>Overview:</b><br />During the afternoon of May 6th mail delivery was delayed by 1-2 hours.</p>
                <h2>What caused it?</h2><p>Two volumes of the mail store failed at once and the array went read-only.</p>
                <h2>What are we doing to prevent it from happening again?</h2>
                <ul><li>Move the mail store to new disks</li><li>Alert on the array's health</li></ul>
                """);
        PostmortemDetails pm = event.postmortem();

        assertThat(event.title()).isEqualTo("Mail outage post-mortem");
        assertThat(pm.rootCause()).isEqualTo("Two volumes of the mail store failed at once and the array went read-only.");
        assertThat(pm.actionItems()).extracting(ActionItem::text)
                .containsExactly("Move the mail store to new disks", "Alert on the array's health");
    }

    @Test
    void markdownUnderALogoInHtmlStaysMarkdownAndAnHtmlBodyWithCodeIsHtml() {
        CanonicalEvent logo = onlyEvent("<div align=\"center\"><img src=\"logo.png\"></div>\n\nAPI outage\n==========\n\n"
                + "Root cause\n----------\n\nA **bad** flag.\n\nAction items\n------------\n\n- Remove the flag\n");
        assertThat(logo.postmortem().rootCause()).isEqualTo("A bad flag.");
        assertThat(logo.postmortem().actionItems()).extracting(ActionItem::text).containsExactly("Remove the flag");

        CanonicalEvent html = onlyEvent("---\ntitle: Kernel panic\nlayout: post\n---\n\n<p>The hosts rebooted.</p>\n"
                + "<h2>Root cause</h2><p>A kernel regression.</p>\n<pre>\n# pin the kernel\napt-mark hold linux-image\n</pre>\n");
        assertThat(html.postmortem().rootCause()).startsWith("A kernel regression.");
    }

    @Test
    void markdownWithInlineHtmlStaysMarkdown() {
        CanonicalEvent event = onlyEvent("<p align=\"center\"><img src=\"logo.png\"></p>\n\n# API outage\n\n"
                + "## Root cause\n\nA **bad** flag.\n\n## Action items\n\n- Remove the flag\n");
        assertThat(event.postmortem().rootCause()).isEqualTo("A bad flag.");
        assertThat(event.postmortem().actionItems()).extracting(ActionItem::text).containsExactly("Remove the flag");
    }

    @Test
    void aDateFieldGivesTheDurationItPutsInBracketsAfterTheRange() {
        PostmortemDetails pm = onlyEvent("# The day the icons lost their colour\n\n## Summary\n\n"
                + "Date: ~Thur 3 Nov 2016 (~1727) to Thur 3 Nov 2016 (~1900) (~1.5 hours)\n\n"
                + "Icons were served without their colours.\n").postmortem();
        assertThat(pm.date()).isEqualTo("2016-11-03");
        assertThat(pm.duration()).isEqualTo("about 1.5 hours");
    }

    @Test
    void frontMatterAfterABlankLineIsStillFrontMatterWhenItIsYamlOfKeys() {
        CanonicalEvent e = onlyEvent("\n---\ntitle: \"Ausfall Schullogin\"\ndate: 2023-04-28T10:39:00\n---\n\n"
                + "## Root cause\nA network fault.\n");
        assertThat(e.title()).isEqualTo("Ausfall Schullogin");
        assertThat(e.postmortem().date()).isEqualTo("2023-04-28");
        assertThat(e.description()).isNull();
        // a blank line, a rule and prose are Markdown, kept as written
        CanonicalEvent ruled = onlyEvent("\n---\n\nThe checkout was down.\n\n---\n\n## Root cause\nA bad deploy.\n");
        assertThat(ruled.description()).contains("The checkout was down.");
    }

    @Test
    void aSectionHeadingNamedBeforeItsColonIsThatSection() {
        CanonicalEvent e = onlyEvent("# We lost the database\n\n## The Unfortunate Incident: A Costly Mistake\nA script"
                + " dropped it.\n\n## Recovery: Restoring from an April 2024 Backup\nWe restored the backup.\n\n"
                + "## Root cause\nNo backups were taken.\n");
        assertThat(e.postmortem().resolution()).isEqualTo("We restored the backup.");
        // a title keeps its colon
        assertThat(onlyEvent("# RCA: object storage outage\n\n## Root cause\nA full disk.\n").title())
                .isEqualTo("RCA: object storage outage");
    }

    @Test
    void aSectionNamedRootCauseComesFirstAmongTheCauseSections() {
        CanonicalEvent e = onlyEvent("# Listener failure\n\n## Fault\nThe listener polls the queue.\n\n## Technical cause\n"
                + "A DNS glitch stopped it.\n\n## Root cause\n- Lack of effective monitoring of the queue.\n");
        assertThat(e.postmortem().rootCause()).startsWith("- Lack of effective monitoring of the queue.")
                .contains("The listener polls the queue.", "A DNS glitch stopped it.");
    }

    @Test
    void theOpeningParagraphOfAWriteUpWithoutASummarySectionIsItsSummary() {
        CanonicalEvent e = onlyEvent("# Relay outage\n\nOn November 5th we had a global outage of our relay servers, caused"
                + " by logs filling their disks.\n\nWe first suspected the network.\n\n## Root cause\n\nExcessive logging.\n");
        assertThat(e.postmortem().summary())
                .isEqualTo("On November 5th we had a global outage of our relay servers, caused by logs filling their disks.");

        // a list, a page's note about itself, a block of fields or a short line is no summary
        for (String intro : List.of("- the relays went down for two hours because their disks filled with debug logs",
                "Last updated on 2024-11-20 by the infrastructure team after the review with the whole group",
                "Owner: the infrastructure team, who wrote this review together after the outage of the relays",
                "This is a page where I will discuss any downtime of the services that I provide to my users",
                "Here we will gather all the critical issues regarding our nodes and our communication with users",
                "The relays went down.")) {
            CanonicalEvent none = onlyEvent("# Relay outage\n\n" + intro + "\n\n## Root cause\n\nExcessive logging.\n");
            assertThat(none.postmortem().summary()).as(intro).isNull();
        }
    }

    @Test
    void aTableOfActionItemsBelowABlockOfFieldsIsTheItems() {
        CanonicalEvent e = onlyEvent("# Chain halt\n\n**Detection**: Validators noticed it.\n\n"
                + "| Action Item | Type | Owner | Bug |\n| --- | --- | --- |----|   \n"
                + "| Sync the Go version on all nodes | Prevention | Core team | DONE |   \n"
                + "| Revert the tombstone action | Recovery | Staking team | DONE |   \n\n## Lessons\n\nPin toolchains.\n");

        assertThat(e.postmortem().actionItems()).extracting(ActionItem::text)
                .containsExactly("Sync the Go version on all nodes", "Revert the tombstone action");
        assertThat(e.postmortem().actionItems().get(0).owner()).isEqualTo("Core team");
        assertThat(e.postmortem().detection()).isEqualTo("Validators noticed it.");
    }

    @Test
    void aPelicanMetadataHeaderIsFrontMatter() {
        CanonicalEvent e = onlyEvent("Title: Authentication down\nDate: 2024-08-23 03:00+0000\n"
                + "OutageFinish: 2024-08-23 09:00+0000\nTicket: 12149\n\nThe auth cluster is unwell and authentication"
                + " is currently not working. We are working to bring it back online.\n");

        assertThat(e.title()).isEqualTo("Authentication down");
        assertThat(e.postmortem().date()).isEqualTo("2024-08-23");
        assertThat(e.postmortem().duration()).isEqualTo("6 hours (2024-08-23T03:00:00Z to 2024-08-23T09:00:00Z)");
        assertThat(e.description()).startsWith("The auth cluster is unwell").doesNotContain("Ticket");
    }

    @Test
    void untitledProseInAFileNamedForAnOutageIsAWriteUp() {
        String prose = "Gestern Abend um 23:45 gab es einen Stromausfall im Rechenzentrum. Alle Server gingen aus und kamen"
                + " erst wieder, als der Strom um 8:00 zurück war. Wir prüfen nun eine zweite Einspeisung für das Gebäude.\n";

        assertThat(parser.detect("stromausfall.md", prose).matches()).isTrue();
        assertThat(Parsing.parse(parser, prose, "stromausfall.md").onlyEvent().title()).isEqualTo("stromausfall");
        assertThat(parser.detect("weekly-notes.md", prose).matches()).isFalse();
    }

    @Test
    void aBlogPostThatTellsOfLastNightIsDatedTheDayBeforeItWasPublished() {
        String post = "---\ntitle: My sites went out\ndate: 2006-11-01\n---\n\nLast night I migrated my four sites to the"
                + " new host, and this morning all of them were down with a corrupted database. I restored them from an old"
                + " backup and will make backups every week from now on.\n";
        String today = post.replace("Last night", "This morning");

        assertThat(onlyEvent(post).postmortem().date()).isEqualTo("2006-10-31");
        assertThat(onlyEvent(today).postmortem().date()).isEqualTo("2006-11-01");
    }

    @Test
    void aNikolaMetadataCommentIsFrontMatter() {
        CanonicalEvent e = onlyEvent("<!--\n.. title: Mail server outage\n.. slug: mail-outage\n.. date: 2016-12-22 10:00:00"
                + " UTC+09:00\n.. tags: Outages\n-->\n\nThe mail server was down for three hours after its disk failed. We"
                + " replaced the disk and restored the mailboxes from the backup.\n");

        assertThat(e.title()).isEqualTo("Mail server outage");
        assertThat(e.postmortem().date()).isEqualTo("2016-12-22");
        assertThat(e.description()).startsWith("The mail server was down").doesNotContain("slug");
    }

    @Test
    void aStatusSitesIssueIsSummarisedByItsOpeningLineHoweverShort() {
        String issue = "---\ntitle: Unplanned outage\ndate: 2022-08-20 12:40:00\nseverity: down\nresolved: true\n"
                + "resolvedWhen: 2022-08-20 12:53:00\nsection: issue\n---\n\nSevere disruption of service due to disk space.\n\n"
                + "Steps taken:\n\n* Doubled disk space\n";
        assertThat(onlyEvent(issue).postmortem().summary()).isEqualTo("Severe disruption of service due to disk space.");
        // a blog post's short opening line is no summary
        String post = "---\ntitle: Unplanned outage\ndate: 2022-08-20\n---\n\nSevere disruption of service due to disk space."
                + "\n\n## Root cause\nLogs filled the disk.\n";
        assertThat(onlyEvent(post).postmortem().summary()).isNull();
        // nor is a timeline's first entry, or one update of the page
        assertThat(onlyEvent(issue.replace("Severe disruption", "09:31 Severe disruption")).postmortem().summary())
                .isNull();
        assertThat(onlyEvent(issue.replace("Severe disruption of service due to disk space.",
                "Update - This incident has been resolved.")).postmortem().summary()).isNull();
    }

    @Test
    void aStatusfyPagesResolvedUpdateEndsTheIncident() {
        String page = "---\ntitle: US datacenter stock-out\ndate: '2019-08-14T14:31:14.942Z'\nseverity: degraded-performance\n"
                + "resolved: true\n---\nThe US compute zone we use is out of resources, so starting new workspaces may get"
                + " stuck for a long time.\n\n::: update Monitoring | 2019-08-14T16:00:00.000Z\nNodes are back.\n:::\n\n"
                + "::: update Resolved | 2019-08-14T19:06:00.000Z\n\n:::";
        assertThat(onlyEvent(page).postmortem().duration())
                .isEqualTo("4 hours 34 minutes (2019-08-14T14:31:14.942Z to 2019-08-14T19:06:00Z)");
        // the update without its container, as some pages keep it
        assertThat(onlyEvent(page.replace("::: update Resolved", "Resolved")).postmortem().duration())
                .startsWith("4 hours 34 minutes");
        // a table row that says resolved is no update
        assertThat(onlyEvent(page.replace("::: update Resolved | 2019-08-14T19:06:00.000Z\n\n:::",
                "| Resolved | 2019-08-14T19:06:00.000Z |")).postmortem().duration()).isNull();
    }

    @Test
    void aStatusSitesUpdatesKeptInItsFrontMatterAreReadAsItsUpdates() {
        CanonicalEvent e = onlyEvent("---\nlayout: post\ntitle: Problem on DNS servers affecting all customers\n"
                + "date: 2022-12-19 07:10 UTC\nresolvedDate: 2022-12-19 07:28 UTC\nincident_states:\n"
                + "- status: investigating\n  content: 'The panel is unavailable due to a problem with the DNS server. We are"
                + " investigating.'\n- status: update\n  content: ''\n  date:\n- status: resolved\n  content: 'The DNS"
                + " servers are back. Root cause seems to be a DDoS attack on our DNS servers.'\n---\n");
        assertThat(e.postmortem().summary()).isEqualTo("The panel is unavailable due to a problem with the DNS server. We are"
                + " investigating.");
        assertThat(e.postmortem().resolution()).contains("a DDoS attack on our DNS servers");
        assertThat(e.postmortem().duration()).startsWith("18 minutes");
        // the resolving update tells the cause, over the first update's symptom ("due to a problem with the DNS server")
        assertThat(e.postmortem().rootCause()).isEqualTo("Root cause seems to be a DDoS attack on our DNS servers.");

        // front matter over an empty body, with neither an account nor updates in it, is still read
        CanonicalEvent bare = onlyEvent("---\ntitle: Cache invalidation issue in Frankfurt\ndescription: \"Between 13:38"
                + " and 16:36 UTC our CDN failed to invalidate cached assets.\"\ndetails: null\nseverity: warning\n"
                + "resolved: true\ndate: 2016-02-03\n---\n");
        assertThat(bare.title()).isEqualTo("Cache invalidation issue in Frankfurt"); // (it threw before)
    }

    @Test
    void aWriteUpWithoutASummaryIsSummarisedByTheOpeningOfWhatHappened() {
        String doc = "# Icons lost their colour\n\n## What happened?\n\nFrom about 17:27 every icon served by the image"
                + " service rendered black, because the upstream image provider changed its colour handling.\n\nWe"
                + " noticed in Slack.\n\n## How was it fixed\n\nWe pinned the provider's API version.\n";
        assertThat(onlyEvent(doc).postmortem().summary()).startsWith("From about 17:27 every icon served")
                .doesNotContain("Slack");
        // a background section tells what led up to the incident, not what happened
        assertThat(onlyEvent(doc.replace("## What happened?", "## Background")).postmortem().summary()).isNull();
        // a summary of its own comes first
        assertThat(onlyEvent(doc.replace("## How was it fixed", "## Summary\n\nIcons were black for 90 minutes.\n\n"
                + "## How was it fixed")).postmortem().summary()).isEqualTo("Icons were black for 90 minutes.");
    }

    @Test
    void aDayAloneIsNoStartOfAStatusSitesIssueNorIsABlogPostThatSaysItWasResolvedOne() {
        CanonicalEvent day = onlyEvent("---\ntitle: API errors\ndate: 2024-03-01\nresolvedDate: 2024-03-01T14:30:00Z\n"
                + "---\n\nBetween 13:50 and 14:30 UTC the API returned errors for a quarter of requests after a deploy.\n");
        assertThat(day.postmortem().duration()).startsWith("40 minutes");
        CanonicalEvent post = onlyEvent("---\ntitle: Our outage\nlayout: post\nresolved: true\n---\n\n"
                + "By Jane Doe, Staff Engineer\n\n## Root cause\nA full disk.\n");
        assertThat(post.postmortem().summary()).isNull();
    }

    @Test
    void aJekyllStatusSitesResolvedDateEndsTheIncident() {
        CanonicalEvent e = onlyEvent("---\ntitle: Login outage\ndate: 2022-05-27 11:14\nresolvedDate: 2022-05-27 11:48\n"
                + "---\n\nTraffic was switched to the wrong cluster during an upgrade and logins failed.\n");
        assertThat(e.postmortem().duration()).isEqualTo("34 minutes (2022-05-27T11:14:00Z to 2022-05-27T11:48:00Z)");
    }

    @Test
    void aTldrLineIsTheSummary() {
        CanonicalEvent e = onlyEvent("---\ntitle: outages at 2018-11-08\n---\n\nStarting at 16:55, a change was made.\n\n"
                + "tl;dr: I forgot to tell the CDN to respect the Origin header.\n\n## Timeline\n- 16:55 - deployed\n");
        assertThat(e.postmortem().summary()).isEqualTo("I forgot to tell the CDN to respect the Origin header.");
    }

    @Test
    void aListedQuestionIsAnsweredByTheParagraphsAfterIt() {
        // an issue template's questions, each a list item of its own with its answer below the list
        CanonicalEvent e = onlyEvent("# VM did not recover after a power outage\n\n### Summary\n\n- **What is wrong?**\n\n"
                + "Edits were not working after a 1h power outage.\n\n- **What caused it?**\n\nPower outage\n\n"
                + "- **What fixed it?**\n\nRestarting the VM.\n\n### Steps to close\n\n1. [x] Assignment\n");

        assertThat(e.postmortem().summary()).contains("Edits were not working");
        assertThat(e.postmortem().rootCause()).isEqualTo("Power outage");
        assertThat(e.postmortem().resolution()).isEqualTo("Restarting the VM.");
        // a header block's empty field is no question: the account after it stays the account
        CanonicalEvent header = onlyEvent("# Checkout outage\n\n- **Date:** 2024-03-01\n- **Authors:**\n\n"
                + "Checkout failed for an hour after a deploy.\n\n## Root cause\nA bad flag.\n");
        assertThat(header.description()).isEqualTo("Checkout failed for an hour after a deploy.");
    }

    @Test
    void aSiteGeneratorsLayoutMarksAreNoText() {
        CanonicalEvent post = onlyEvent("---\ntitle: Outage\n---\n{: .notice-red}\n{% include toc.html %}\n"
                + "Hey folks, the site is down for a database migration.\n\n{{< figure src=\"graph.png\" >}}\n\n"
                + "## Root cause\nThe migration took longer than planned.\n");

        assertThat(post.description()).isEqualTo("Hey folks, the site is down for a database migration.");
        assertThat(SiteGeneratorMarkup.strip("Cost {: was high}\n```\n{% raw %}\n```\n"))
                .isEqualTo("Cost {: was high}\n```\n```\n");
    }

    @Test
    void aParagraphThatIntroducesTheItemsWrittenAsParagraphsIsNoItem() {
        CanonicalEvent post = onlyEvent("# Outage\n\n## Root cause\nA hash bug.\n\n## Improvements\n\n"
                + "Mistakes are opportunities to learn and here are some of the lessons we have taken.\n\n"
                + "Improve our monitoring, especially around mainnet.\n\nReduce the time taken from fix to release.\n");

        assertThat(post.postmortem().actionItems()).extracting(ActionItem::text)
                .containsExactly("Improve our monitoring, especially around mainnet.", "Reduce the time taken from fix to release.");
        // a lone paragraph is the item, whatever it says
        assertThat(onlyEvent("# Outage\n\n## Root cause\nA hash bug.\n\n## Action items\n\nAdd the following check: disk usage.\n")
                .postmortem().actionItems()).extracting(ActionItem::text).containsExactly("Add the following check: disk usage.");
    }

    @Test
    void problemsFoundBesideThePlanAreNoActionItems() {
        CanonicalEvent post = onlyEvent("# Network outage\n\n## Root cause\nA router failed.\n\n## Future Work\n"
                + "### Identified Problems:\n- Lack of a redundant fallback for critical routers.\n\n"
                + "### Improvement Plan:\n- Simple SSH access via a jump host.\n");

        assertThat(post.postmortem().actionItems()).extracting(ActionItem::text).containsExactly("Simple SSH access via a jump host.");
        assertThat(post.postmortem().lessons()).contains("Lack of a redundant fallback for critical routers.");
    }
}
