package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.opshistory.ingest.parse.CollectingSink;
import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.ParserRegistry;
import dev.opshistory.ingest.parse.Parsing;
import dev.opshistory.model.ActionItem;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.PostmortemDetails;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Postmortems kept as Word documents: two written by pandoc (a real writer of Word's XML: styles, numbering, tables,
 * links as Word stores them), documents written with POI for one feature each, and files that are not postmortems
 * or not Word documents.
 */
class DocxPostmortemParserTest {

    private static final Path CASES = Path.of("src/test/resources/postmortem");

    private final DocxPostmortemParser parser = new DocxPostmortemParser();


    private CanonicalEvent onlyEvent(WordFiles document) {
        return Parsing.parse(parser, document.bytes(), "review.docx").onlyEvent();
    }

    @Test
    void wordTemplateGivesTitleFieldsSectionsActionItemsAndTheIncidentItLinksTo() {
        CanonicalEvent e = Parsing.parse(parser, CASES.resolve("word-sre-template-by-pandoc.docx")).onlyEvent();
        PostmortemDetails pm = e.postmortem();

        assertThat(e.kind()).isEqualTo(EventKind.POSTMORTEM);
        assertThat(e.title()).isEqualTo("Postmortem: checkout API returned errors after the 4.12 release");
        assertThat(pm.date()).isEqualTo("2025-03-14");
        assertThat(pm.incidentRefs()).contains("https://acme.pagerduty.com/incidents/Q1ABCD2EFGH3IJ", "Q1ABCD2EFGH3IJ");
        assertThat(pm.summary()).startsWith("For 47 minutes the checkout API returned HTTP 500");
        assertThat(pm.rootCause()).startsWith("Release 4.12 changed the serializer").endsWith("created by the new code.");
        assertThat(pm.trigger()).startsWith("The canary stage was skipped");
        assertThat(pm.detection()).startsWith("The checkout error-rate alert paged");
        assertThat(pm.actionItems()).extracting(ActionItem::text, ActionItem::owner, ActionItem::type, ActionItem::status)
                .containsExactly(
                        tuple("Add legacy-cart fixtures to the serializer tests", "Priya", "prevent", "DONE"),
                        tuple("Make the canary stage mandatory for hotfix releases", "Tomás", "prevent", "TODO"),
                        tuple("Alert on checkout 5xx ratio per region", "SRE team", "detect", "IN PROGRESS"));
        assertThat(pm.lessons()).contains("The rollback took under five minutes.");
    }

    @Test
    void documentWithoutStylesGivesItsBoldFirstLineAsTitleAndWordsCheckBoxesAsStatus() {
        CanonicalEvent e = Parsing.parse(parser, CASES.resolve("word-bold-labels-and-check-boxes-by-pandoc.docx"))
                .onlyEvent();
        PostmortemDetails pm = e.postmortem();

        assertThat(e.title()).isEqualTo("Incident review: search latency during the index migration");
        assertThat(pm.date()).isEqualTo("2025-06-02"); // a table without header cells, first row as its header
        assertThat(e.priority()).isEqualTo("SEV2");
        assertThat(pm.rootCause()).startsWith("The migration job ran with a batch size of 50,000");
        assertThat(pm.actionItems()).extracting(ActionItem::owner, ActionItem::status)
                .containsExactly(tuple("Lena", "done"), tuple("SRE", "open")); // ☒ and ☐
    }

    @Test
    void headingsAreKnownByTheirStyleNameWhateverTheIdAndByTheHeadingAStyleIsBasedOn() {
        CanonicalEvent e = onlyEvent(new WordFiles()
                .style("Titre1", "heading 1", null)                // a French Word's id for Heading 1
                .style("PirSection", "PIR Section", "Titre1")      // a template's own style, based on it
                .style("TM1", "toc 1", null)
                .paragraph("Titre1", "Payments queue stalled")
                .paragraph("TM1", "Root cause .......... 2")       // the table of contents repeats the headings
                .paragraph("PirSection", "Summary")
                .paragraph("Payments waited in the queue for 40 minutes on 2025-02-11.")
                .paragraph("PirSection", "Root cause")
                .paragraph("A consumer deadlocked after the 3.2 upgrade."));

        assertThat(e.title()).isEqualTo("Payments queue stalled");
        assertThat(e.postmortem().summary()).isEqualTo("Payments waited in the queue for 40 minutes on 2025-02-11.");
        assertThat(e.postmortem().rootCause()).isEqualTo("A consumer deadlocked after the 3.2 upgrade.");
    }

    @Test
    void listsKeepTheirKindAndNestingAndBoldLabelsGiveFields() {
        CanonicalEvent e = onlyEvent(new WordFiles()
                .style("Heading1", "heading 1", null)
                .paragraph("Heading1", "Login outage")
                .boldLabel("Date:", " 2025-04-02")
                .boldLabel("Severity:", " SEV1")
                .paragraph("Heading1", "Root cause")
                .paragraph("An expired signing key made every token invalid.")
                .paragraph("Heading1", "Action items")
                .numbered(0, "Alert 30 days before a signing key expires (owner: Ana)")
                .bullet(1, "covers every key in the vault")
                .numbered(0, "Rotate keys automatically (owner: Ben)"));

        assertThat(e.postmortem().date()).isEqualTo("2025-04-02");
        assertThat(e.priority()).isEqualTo("SEV1");
        assertThat(e.postmortem().actionItems()).extracting(ActionItem::text, ActionItem::owner)
                // a nested item belongs to the item above it, as in a Markdown list
                .containsExactly(tuple("Alert 30 days before a signing key expires - covers every key in the vault", "Ana"),
                        tuple("Rotate keys automatically", "Ben"));
    }

    @Test
    void boldLabelSplitIntoRunsStaysOneLabelAndBreaksInsideAParagraphSeparateLines() {
        CanonicalEvent e = onlyEvent(new WordFiles()
                .bold("Cache ", "stampede ", "after restart")
                .lines("Date: 2025-05-09", "Status: complete")
                .bold("Sum", "mary")
                .paragraph("All product pages timed out for 12 minutes.")
                .bold("Root ", "cause")
                .paragraph("Every node restarted at once and refilled its cache from the database."));

        assertThat(e.title()).isEqualTo("Cache stampede after restart");
        assertThat(e.postmortem().summary()).startsWith("All product pages timed out");
        assertThat(e.postmortem().date()).isEqualTo("2025-05-09");
        assertThat(e.status()).isEqualTo("complete");
        assertThat(e.postmortem().rootCause()).isEqualTo("Every node restarted at once and refilled its cache from the database.");
    }

    @Test
    void linkToAnIncidentNamesIt() {
        CanonicalEvent e = onlyEvent(new WordFiles()
                .style("Heading1", "heading 1", null)
                .paragraph("Heading1", "Disk full on the billing database")
                .link("Incident: ", "PagerDuty", "https://example.pagerduty.com/incidents/Q2XYZ9ABCDEF12")
                .paragraph("Heading1", "Summary")
                .paragraph("Billing writes failed for 25 minutes on 2025-01-20.")
                .paragraph("Heading1", "Root cause")
                .paragraph("Binary logs were never purged."));

        assertThat(e.postmortem().incidentRefs()).contains("https://example.pagerduty.com/incidents/Q2XYZ9ABCDEF12");
    }

    @Test
    void tableOfActionItemsGivesItsColumns() {
        CanonicalEvent e = onlyEvent(new WordFiles()
                .style("Heading1", "heading 1", null)
                .paragraph("Heading1", "DNS resolution failures")
                .paragraph("Heading1", "Summary")
                .paragraph("Internal names did not resolve for 9 minutes on 2025-08-30.")
                .paragraph("Heading1", "Root cause")
                .paragraph("The only resolver in the zone ran out of memory.")
                .paragraph("Heading1", "Action items")
                .table(List.of(List.of("Action", "Owner", "Status"),
                        List.of("Run two resolvers per zone", "Net team", "Open"),
                        List.of("Add a resolver health alert", "SRE", "Done"))));

        assertThat(e.postmortem().actionItems()).extracting(ActionItem::text, ActionItem::owner, ActionItem::status)
                .containsExactly(tuple("Run two resolvers per zone", "Net team", "Open"),
                        tuple("Add a resolver health alert", "SRE", "Done"));
    }

    @Test
    void wordDocumentThatIsNotAPostmortemIsOneRejectSayingSo() {
        CollectingSink sink = Parsing.parse(parser, new WordFiles()
                .style("Heading1", "heading 1", null)
                .paragraph("Heading1", "Weekly platform sync")
                .paragraph("Attendees: Ana, Ben, Chloé")
                .paragraph("Heading1", "Action items")
                .bullet(0, "Ben to book the room for the offsite")
                .bytes(), "sync.docx");

        assertThat(sink.events).isEmpty();
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo("file");
            assertThat(r.reason()).startsWith("Word document that is not a postmortem");
        });
    }

    @Test
    void summaryAndActionItemsMakeAPostmortemOnlyInADocumentThatNamesAnIncident() {
        WordFiles designNote = new WordFiles()
                .style("Heading1", "heading 1", null)
                .paragraph("Heading1", "Build cache pilot")
                .paragraph("Heading1", "Summary")
                .paragraph("Two teams will try the shared build cache for a month.")
                .paragraph("Heading1", "Action items")
                .bullet(0, "Ana to set up the cache bucket");
        WordFiles shortReview = new WordFiles()
                .style("Heading1", "heading 1", null)
                .paragraph("Heading1", "Search outage")
                .paragraph("Heading1", "Summary")
                .paragraph("Search was unavailable for 14 minutes during the incident on 2025-03-02.")
                .paragraph("Heading1", "Action items")
                .bullet(0, "Add a second search node (owner: Ana)");

        CollectingSink design = Parsing.parse(parser, designNote.bytes(), "pilot.docx");

        assertThat(design.events).isEmpty();
        assertThat(design.rejects).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("Word document that is"
                + " not a postmortem: it has only a summary and action items, and no words that name an incident (meeting"
                + " notes or a design document?)"));
        assertThat(onlyEvent(shortReview).title()).isEqualTo("Search outage");
    }

    @Test
    void fileThatIsNotAWordDocumentIsOneRejectSayingWhy() throws IOException {
        CollectingSink text = Parsing.parse(parser, "# Root cause\nnot a zip".getBytes(StandardCharsets.UTF_8), "pm.docx");
        CollectingSink otherZip = Parsing.parse(parser, zip("notes.txt", "hello"), "pm.docx");
        CollectingSink empty = Parsing.parse(parser, new byte[0], "pm.docx");

        assertThat(text.rejects).singleElement().satisfies(r ->
                assertThat(r.reason()).startsWith("not a readable Word document (.docx): "));
        assertThat(otherZip.rejects).singleElement().satisfies(r ->
                assertThat(r.reason()).startsWith("not a readable Word document (.docx): "));
        assertThat(empty.rejects).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("empty file"));
        assertThat(text.events).isEmpty();
        assertThat(otherZip.events).isEmpty();
    }

    @Test
    void detectionTakesWordDocumentsByNameOrByTheirArchiveAndNothingElse() {
        byte[] word = new WordFiles().paragraph("x").bytes();
        String head = new String(word, StandardCharsets.ISO_8859_1);

        Detection named = parser.detect("review.docx", "anything");
        Detection unnamed = parser.detect("review", head);

        assertThat(named.score()).isEqualTo(10);
        assertThat(named.reason()).contains("Word document by its name");
        assertThat(unnamed.score()).isEqualTo(10);
        assertThat(parser.detect("review.zip", head).score()).isZero();
        assertThat(parser.detect("review.md", "# Root cause").score()).isZero();
    }

    @Test
    void theRegistryChoosesThisParserForAWordDocument() {
        byte[] word = new WordFiles().paragraph("x").bytes();
        String head = new String(word, StandardCharsets.UTF_8);

        assertThat(ParserRegistry.defaults().detect("review.docx", head).parser().format())
                .isEqualTo(DocxPostmortemParser.FORMAT);
    }

    private static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
