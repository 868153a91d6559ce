package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.opshistory.ingest.parse.CollectingSink;
import dev.opshistory.ingest.parse.ParserRegistry;
import dev.opshistory.ingest.parse.Parsing;
import dev.opshistory.model.ActionItem;
import dev.opshistory.model.CanonicalEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Postmortems kept as OpenDocument texts: two written by pandoc, one laid out as LibreOffice writes its own styles,
 * and files that are not OpenDocument texts or not postmortems.
 */
class OdtPostmortemParserTest {

    private static final Path CASES = Path.of("src/test/resources/postmortem");
    private static final String NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

    private final OdtPostmortemParser parser = new OdtPostmortemParser();


    @Test
    void templateGivesTitleFieldsSectionsActionItemsAndTheIncidentItLinksTo() {
        CanonicalEvent e = Parsing.parse(parser, CASES.resolve("odt-sre-template-by-pandoc.odt")).onlyEvent();

        assertThat(e.title()).isEqualTo("Postmortem: checkout API returned errors after the 4.12 release");
        assertThat(e.postmortem().date()).isEqualTo("2025-03-14");
        assertThat(e.postmortem().incidentRefs()).contains("https://acme.pagerduty.com/incidents/Q1ABCD2EFGH3IJ");
        assertThat(e.postmortem().rootCause()).startsWith("Release 4.12 changed the serializer");
        assertThat(e.postmortem().actionItems()).extracting(ActionItem::text, ActionItem::owner, ActionItem::status)
                .containsExactly(tuple("Add legacy-cart fixtures to the serializer tests", "Priya", "DONE"),
                        tuple("Make the canary stage mandatory for hotfix releases", "Tomás", "TODO"),
                        tuple("Alert on checkout 5xx ratio per region", "SRE team", "IN PROGRESS"));
    }

    @Test
    void libreOfficeStylesGiveTheTitleBoldPseudoHeadingsAndLineBreaks() throws IOException {
        // LibreOffice writes a Title paragraph, and a paragraph set bold by hand, as automatic styles of its own
        String content = "<office:document-content " + NAMESPACES + "><office:automatic-styles>"
                + "<style:style style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"Title\"/>"
                + "<style:style style:name=\"P2\" style:family=\"paragraph\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
                + "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
                + "</office:automatic-styles><office:body><office:text>"
                + "<text:p text:style-name=\"P1\">Certificate expiry on the API gateway</text:p>"
                + "<text:p><text:span text:style-name=\"T1\">Date:</text:span> 2025-09-09<text:line-break/>Severity: SEV1</text:p>"
                + "<text:p text:style-name=\"P2\">Root cause</text:p>"
                + "<text:p>The renewal job had been failing for a month without an alert.</text:p>"
                + "<text:p text:style-name=\"P2\">Action items</text:p>"
                + "<text:list><text:list-item><text:p>Alert when a renewal fails (owner: Kai)</text:p></text:list-item></text:list>"
                + "</office:text></office:body></office:document-content>";

        CanonicalEvent e = Parsing.parse(parser, odt(content), "review.odt").onlyEvent();

        assertThat(e.title()).isEqualTo("Certificate expiry on the API gateway");
        assertThat(e.postmortem().date()).isEqualTo("2025-09-09");
        assertThat(e.priority()).isEqualTo("SEV1");
        assertThat(e.postmortem().rootCause()).isEqualTo("The renewal job had been failing for a month without an alert.");
        assertThat(e.postmortem().actionItems()).extracting(ActionItem::text, ActionItem::owner)
                .containsExactly(tuple("Alert when a renewal fails", "Kai"));
    }

    @Test
    void fileThatIsNotAnOpenDocumentTextIsOneRejectSayingWhy() throws IOException {
        CollectingSink text = Parsing.parse(parser, "Root cause: a disk".getBytes(StandardCharsets.UTF_8), "pm.odt");
        CollectingSink spreadsheetLike = Parsing.parse(parser, zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", "<office:document-content " + NAMESPACES + "><office:body><office:spreadsheet/></office:body>"
                        + "</office:document-content>"), "pm.odt");

        assertThat(text.rejects).singleElement().satisfies(r -> assertThat(r.reason())
                .isEqualTo("not a readable OpenDocument text (.odt): no content.xml: not an OpenDocument file"));
        assertThat(spreadsheetLike.rejects).singleElement().satisfies(r -> assertThat(r.reason())
                .isEqualTo("not a readable OpenDocument text (.odt): no office:text in content.xml: not a text document"));
    }

    @Test
    void detectionTakesOpenDocumentTextsByNameOrByTheirStoredType() throws IOException {
        String head = new String(odt("<office:document-content " + NAMESPACES + "/>"), StandardCharsets.UTF_8);

        assertThat(parser.detect("review.odt", "anything").score()).isEqualTo(10);
        assertThat(parser.detect("review", head).score()).isEqualTo(10);
        assertThat(parser.detect("review.zip", head).score()).isZero();
        assertThat(ParserRegistry.defaults().detect("review.odt", head).parser().format()).isEqualTo(OdtPostmortemParser.FORMAT);
        assertThat(ParserRegistry.defaults().detect("review", head).parser().format()).isEqualTo(OdtPostmortemParser.FORMAT);
    }

    /** An OpenDocument text as LibreOffice lays it out: the type stored first and uncompressed, then the content. */
    private static byte[] odt(String content) throws IOException {
        return zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", content);
    }

    private static byte[] zip(String firstName, String first, String secondName, String second) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            byte[] type = first.getBytes(StandardCharsets.UTF_8);
            ZipEntry stored = new ZipEntry(firstName);
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(type.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(type);
            stored.setCrc(crc.getValue());
            out.putNextEntry(stored);
            out.write(type);
            out.closeEntry();
            out.putNextEntry(new ZipEntry(secondName));
            out.write(second.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
