package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.opshistory.ingest.parse.CollectingSink;
import dev.opshistory.ingest.parse.ParserRegistry;
import dev.opshistory.ingest.parse.Parsing;
import dev.opshistory.model.ActionItem;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.PostmortemDetails;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

/**
 * Postmortems kept as PDF: two pages Chromium printed (a Word-style template with a wrapped table, a Confluence page),
 * PDFs written with PDFBox for one feature each, and PDFs without text, with a password, or not PDFs at all.
 */
class PdfPostmortemParserTest {

    private static final Path CASES = Path.of("src/test/resources/postmortem");
    private static final float[] TWO_COLUMNS = {72, 200};

    private final PdfPostmortemParser parser = new PdfPostmortemParser();


    private CanonicalEvent onlyEvent(PdfFiles pdf) {
        return Parsing.parse(parser, pdf.bytes(), "review.pdf").onlyEvent();
    }

    @Test
    void printedTemplateGivesItsWrappedTitleFieldsSectionsTableOfActionItemsAndLinkedIncident() {
        CanonicalEvent e = Parsing.parse(parser, CASES.resolve("pdf-sre-template-printed-by-chromium.pdf")).onlyEvent();
        PostmortemDetails pm = e.postmortem();

        // the title wraps onto two lines, and the browser printed its own header and footer on every page
        assertThat(e.title()).isEqualTo("Postmortem: checkout API returned errors after the 4.12 release");
        assertThat(pm.date()).isEqualTo("2025-03-14"); // "Date | 2025-03-14" in a table of fields
        assertThat(pm.incidentRefs()).contains("https://acme.pagerduty.com/incidents/Q1ABCD2EFGH3IJ");
        assertThat(pm.rootCause()).startsWith("Release 4.12 changed the serializer").endsWith("created by the new code.");
        assertThat(pm.actionItems()).extracting(ActionItem::text, ActionItem::owner, ActionItem::status)
                .containsExactly(
                        tuple("Add legacy-cart fixtures to the serializer tests", "Priya", "DONE"),
                        // the cell's last word sits so close to the next column that they read as one cell
                        tuple("Make the canary stage mandatory for prevent hotfix releases", "Tomás", "TODO"),
                        tuple("Alert on checkout 5xx ratio per region", "SRE team", "IN PROGRESS"));
        assertThat(dev.opshistory.model.EventJson.toJson(e)).doesNotContain("file:///").doesNotContain("7:20 AM");
    }

    @Test
    void headingsBySizeBoldPseudoHeadingsAndBulletsGiveSections() {
        CanonicalEvent e = onlyEvent(new PdfFiles()
                .heading(20, "Queue backlog in payments")
                .line("Date: 2025-02-11")
                .heading(15, "Summary")
                .line("Payments waited in the queue for 40 minutes.")
                .bold("Root cause")
                .line("A consumer deadlocked after the 3.2 upgrade.")
                .heading(15, "Action items")
                .line("• Add a deadlock detector (owner: Ana)")
                .line("• Pin the client library (owner: Ben)"));

        assertThat(e.title()).isEqualTo("Queue backlog in payments");
        assertThat(e.postmortem().date()).isEqualTo("2025-02-11");
        assertThat(e.postmortem().summary()).isEqualTo("Payments waited in the queue for 40 minutes.");
        assertThat(e.postmortem().rootCause()).isEqualTo("A consumer deadlocked after the 3.2 upgrade.");
        assertThat(e.postmortem().actionItems()).extracting(ActionItem::text, ActionItem::owner)
                .containsExactly(tuple("Add a deadlock detector", "Ana"), tuple("Pin the client library", "Ben"));
    }

    @Test
    void twoHeadingsOfOneSizeWithSpaceBetweenAreTwoHeadings() {
        CanonicalEvent e = onlyEvent(new PdfFiles()
                .heading(20, "Cache stampede")
                .heading(15, "Summary")
                .line("The site was unavailable for 12 minutes during the incident.")
                .heading(15, "Trigger")
                .heading(15, "Root cause")
                .line("Every node restarted at once and refilled its cache from the database."));

        assertThat(e.postmortem().rootCause()).isEqualTo("Every node restarted at once and refilled its cache from the database.");
        assertThat(e.postmortem().trigger()).isNull();
    }

    @Test
    void twoColumnRowsAreFieldsAndWiderRowsATable() {
        float[] four = {72, 260, 340, 430};
        CanonicalEvent e = onlyEvent(new PdfFiles()
                .heading(20, "DNS resolution failures")
                .row(TWO_COLUMNS, "Incident date", "2025-08-30")
                .row(TWO_COLUMNS, "Severity", "SEV2")
                .heading(15, "Root cause")
                .line("The only resolver in the zone ran out of memory.")
                .heading(15, "Action items")
                .row(four, "Action", "Owner", "Type", "Status")
                .row(four, "Run two resolvers per zone", "Net team", "prevent", "Open")
                .row(four, "Alert on resolver health", "SRE", "detect", "Done"));

        assertThat(e.postmortem().date()).isEqualTo("2025-08-30");
        assertThat(e.priority()).isEqualTo("SEV2");
        assertThat(e.postmortem().actionItems())
                .extracting(ActionItem::text, ActionItem::owner, ActionItem::type, ActionItem::status)
                .containsExactly(tuple("Run two resolvers per zone", "Net team", "prevent", "Open"),
                        tuple("Alert on resolver health", "SRE", "detect", "Done"));
    }

    @Test
    void aPagePrintedWithASidebarIsReadAsTwoColumnsAndABrowsersScaledTextBySize() {
        // A web app's postmortem page printed by a browser: fonts at size 1 drawn scaled, the facts in a sidebar
        CanonicalEvent e = onlyEvent(new PdfFiles().drawnAtScale()
                .heading(20, "Ingress unreachable after the controller migration")
                .line("Status: Reviewed")
                .sideBySide(15, "Overview", 13, "OWNER OF REVIEW PROCESS")
                .sideBySide(11, "A change to the ingress was rolled out to", 11, "Sam Lee")
                .line("several clusters and one DNS step was missed.")
                .sideBySide(15, "What happened", 13, "DURATION")
                .sideBySide(11, "The records still pointed at the retired", 11, "21m 3s")
                .line("address, so no request reached the hub at all.")
                .heading(15, "Impact")
                .line("The hub was unreachable for everyone.")
                .heading(15, "Resolution")
                .line("We reverted the migration and moved the records.")
                .heading(15, "Action Items")
                .line("No comments added"));

        assertThat(e.title()).isEqualTo("Ingress unreachable after the controller migration");
        assertThat(e.postmortem().actionItems()).isEmpty(); // the app's words for an empty section
        assertThat(e.postmortem().summary())
                .isEqualTo("A change to the ingress was rolled out to several clusters and one DNS step was missed.");
        assertThat(e.postmortem().duration()).isEqualTo("21m 3s");
        assertThat(e.postmortem().resolution()).isEqualTo("We reverted the migration and moved the records.");
        assertThat(e.description()).contains("The records still pointed at the retired address, so no request");
    }

    @Test
    void aTableWhoseColumnsReachTheRightHalfIsNoSidebar() {
        float[] four = {72, 260, 340, 430};
        CanonicalEvent e = onlyEvent(new PdfFiles()
                .heading(20, "Queue backlog")
                .heading(15, "Root cause")
                .line("A consumer crashed on a malformed message and stopped reading.")
                .heading(15, "Action items")
                .row(four, "Action", "Owner", "Type", "Status")
                .row(four, "Dead-letter bad messages", "Queue team", "prevent", "Open")
                .row(four, "Alert on consumer lag", "SRE", "detect", "Done")
                .row(four, "Chaos test with bad messages", "Queue team", "prevent", "Open")
                .row(four, "Document dead-letter replay", "SRE", "process", "Open"));

        assertThat(e.postmortem().actionItems()).extracting(ActionItem::owner, ActionItem::type, ActionItem::status)
                .containsExactly(tuple("Queue team", "prevent", "Open"), tuple("SRE", "detect", "Done"),
                        tuple("Queue team", "prevent", "Open"), tuple("SRE", "process", "Open"));
    }

    @Test
    void whatIsPrintedOnEveryPageIsLeftOutAndALinkNamesItsIncident() {
        CanonicalEvent e = onlyEvent(new PdfFiles()
                .line("ACME CONFIDENTIAL - printed 2025-03-01")
                .heading(20, "Disk full on the billing database")
                .link("Incident in PagerDuty", "https://example.pagerduty.com/incidents/Q2XYZ9ABCDEF12")
                .heading(15, "Summary")
                .line("Billing writes failed for 25 minutes.")
                .line("Page 1 of 2")
                .page()
                .line("ACME CONFIDENTIAL - printed 2025-03-02")
                .heading(15, "Root cause")
                .line("Binary logs were never purged.")
                .line("Page 2 of 2"));

        assertThat(e.postmortem().incidentRefs()).contains("https://example.pagerduty.com/incidents/Q2XYZ9ABCDEF12");
        assertThat(e.postmortem().summary()).isEqualTo("Billing writes failed for 25 minutes.");
        assertThat(e.postmortem().rootCause()).isEqualTo("Binary logs were never purged.");
        assertThat(e.description() + e.postmortem().summary() + e.postmortem().rootCause())
                .doesNotContain("CONFIDENTIAL").doesNotContain("Page 1");
    }

    @Test
    void documentWithoutHeadingsTakesItsTitleFromItsProperties() {
        CanonicalEvent e = onlyEvent(new PdfFiles()
                .title("RCA: object storage outage")
                .bold("Summary")
                .line("Uploads failed for 2 hours during the incident.")
                .bold("Root cause")
                .line("A storage node's disk controller failed."));

        assertThat(e.title()).isEqualTo("RCA: object storage outage");
        assertThat(e.postmortem().rootCause()).isEqualTo("A storage node's disk controller failed.");
    }

    @Test
    void pdfWithoutTextWithAPasswordOrNotAPdfIsOneRejectSayingWhy() throws IOException {
        CollectingSink scan = Parsing.parse(parser, new PdfFiles().bytes(), "scan.pdf"); // one page, no text
        CollectingSink locked = Parsing.parse(parser, encrypted(new PdfFiles().heading(20, "Outage")
                .bold("Root cause").line("A bad deploy.").bytes()), "locked.pdf");
        CollectingSink text = Parsing.parse(parser, "%PDF-1.7 not really".getBytes(StandardCharsets.UTF_8), "fake.pdf");

        assertThat(scan.rejects).singleElement().satisfies(r -> assertThat(r.reason())
                .isEqualTo("not a readable PDF document (.pdf): it holds no text (a scanned document needs text recognition first)"));
        assertThat(locked.rejects).singleElement().satisfies(r -> assertThat(r.reason())
                .isEqualTo("not a readable PDF document (.pdf): it is encrypted with a password"));
        assertThat(text.rejects).singleElement().satisfies(r -> assertThat(r.reason())
                .startsWith("not a readable PDF document (.pdf): "));
        assertThat(scan.events).isEmpty();
        assertThat(locked.events).isEmpty();
        assertThat(text.events).isEmpty();
    }

    @Test
    void pdfThatIsNotAPostmortemIsOneRejectSayingSo() {
        CollectingSink sink = Parsing.parse(parser, new PdfFiles()
                .heading(20, "Quarterly platform roadmap")
                .heading(15, "Summary")
                .line("We will move the build farm to the new region.")
                .heading(15, "Action items")
                .line("• Ana to price the new instances").bytes(), "roadmap.pdf");

        assertThat(sink.events).isEmpty();
        assertThat(sink.rejects).singleElement().satisfies(r ->
                assertThat(r.reason()).startsWith("PDF document that is not a postmortem"));
    }

    @Test
    void detectionTakesPdfsByNameOrByTheirFirstBytes() {
        ParserRegistry registry = ParserRegistry.defaults();

        assertThat(parser.detect("review.pdf", "anything").score()).isEqualTo(10);
        assertThat(parser.detect("review", "%PDF-1.4\n%âãÏÓ").score()).isEqualTo(10);
        assertThat(parser.detect("review.txt", "%PDF-1.4").score()).isZero();
        assertThat(registry.detect("review.pdf", "%PDF-1.4\n").parser().format()).isEqualTo(PdfPostmortemParser.FORMAT);
    }

    private static byte[] encrypted(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }
}
