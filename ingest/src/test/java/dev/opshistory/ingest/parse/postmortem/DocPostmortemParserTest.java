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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Postmortems kept as {@code .doc} files: Word 97–2003 documents written by LibreOffice from the pandoc Word
 * documents, Confluence's "Export to Word" (a MIME message around a page), a web page named {@code .doc}, and files
 * named {@code .doc} that are none of these.
 */
class DocPostmortemParserTest {

    private static final Path CASES = Path.of("src/test/resources/postmortem");

    private final DocPostmortemParser parser = new DocPostmortemParser();

    @ParameterizedTest
    @CsvSource({"doc-sre-template-by-libreoffice.doc, word-sre-template-by-pandoc.docx",
            "doc-bold-labels-and-check-boxes-by-libreoffice.doc, word-bold-labels-and-check-boxes-by-pandoc.docx"})
    void wordNinetySevenDocumentGivesTheEventOfItsDocxTwin(String doc, String docx) {
        CanonicalEvent legacy = Parsing.parse(parser, CASES.resolve(doc)).onlyEvent();
        CanonicalEvent twin = Parsing.parse(new DocxPostmortemParser(), CASES.resolve(docx)).onlyEvent();

        // headings, the fields table, bullets, the action-item table, bold labels, check boxes and the incident link
        assertThat(PostmortemFiles.withoutFileNames(legacy)).isEqualTo(PostmortemFiles.withoutFileNames(twin));
        assertThat(legacy.postmortem().actionItems()).isNotEmpty();
    }

    @Test
    void confluenceExportToWordIsReadFromItsQuotedPrintablePage() {
        CanonicalEvent e = Parsing.parse(parser, CASES.resolve("doc-confluence-export-to-word.doc")).onlyEvent();
        PostmortemDetails pm = e.postmortem();

        assertThat(e.title()).isEqualTo("2025-09-03 Payment webhooks delayed by a full disk on the queue brokers");
        assertThat(pm.date()).isEqualTo("2025-09-03"); // from the page's title, which Confluence pages lead with
        assertThat(pm.incidentRefs()).contains("INC-2291");
        assertThat(pm.summary()).startsWith("Between 14:05 and 15:20 UTC").endsWith("with retained segments.");
        // soft line breaks rejoined, "=3D" and multi-byte characters decoded
        assertThat(pm.rootCause()).contains("payments.events topic", "brokers’ disks").doesNotContain("=");
        assertThat(pm.actionItems()).extracting(ActionItem::text, ActionItem::owner, ActionItem::status).containsExactly(
                tuple("Alert at 75% broker disk usage", "Joaquín Pérez", "Done"),
                tuple("Check retention changes against disk size in review", "Platform team", "Open"));
    }

    @Test
    void pageEncodedQuotedPrintableWithoutSayingSoIsDecoded() {
        String page = "<html><head><title>Queue outage</title></head><body><h1>Queue outage</h1>"
                + "<h2 style=3D\"color:red\">Summary</h2><p>Webhooks were late for an hour because the brokers' disks fi=\r\n"
                + "lled.</p><h2>Root cause</h2><p>A retention change without a disk resize.</p></body></html>";
        String message = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b1\"\r\n\r\n--b1\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\n\r\n" + page + "\r\n--b1--\r\n";

        CanonicalEvent e = Parsing.parse(parser, message.getBytes(StandardCharsets.US_ASCII), "review.doc").onlyEvent();

        assertThat(e.postmortem().summary()).isEqualTo("Webhooks were late for an hour because the brokers' disks filled.");
        assertThat(e.postmortem().rootCause()).isEqualTo("A retention change without a disk resize.");
    }

    @Test
    void webPageNamedDocIsReadInTheCharsetItDeclares() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>Cache outage</title></head><body><h1>Cache outage</h1><h2>Summary</h2>"
                + "<p>The cache cluster was down for 20 minutes \u2013 every read went to the database.</p>"
                + "<h2>Root cause</h2><p>An expired certificate on the cache proxies.</p></body></html>";

        CanonicalEvent e = Parsing.parse(parser, page.getBytes(Charset.forName("windows-1252")), "review.doc").onlyEvent();

        assertThat(e.title()).isEqualTo("Cache outage");
        assertThat(e.postmortem().summary()).contains("20 minutes \u2013 every read");
        assertThat(e.postmortem().rootCause()).isEqualTo("An expired certificate on the cache proxies.");
    }

    @Test
    void docxRenamedDocIsReadAsTheWordDocumentItIs() throws IOException {
        byte[] docx = Files.readAllBytes(CASES.resolve("word-sre-template-by-pandoc.docx"));

        CanonicalEvent e = Parsing.parse(parser, docx, "review.doc").onlyEvent();

        assertThat(e.title()).isEqualTo("Postmortem: checkout API returned errors after the 4.12 release");
        assertThat(e.postmortem().actionItems()).hasSize(3);
    }

    @Test
    void rtfNamedDocIsOneRejectSayingSo() {
        byte[] rtf = "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard Root cause: a full disk.\\par}"
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(onlyReject(rtf).reason())
                .isEqualTo("not a readable Word 97-2003 document (.doc): an RTF document named .doc; save it as .docx");
    }

    @Test
    void otherOfficeFileIsOneRejectFromTheWordReader() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("incidents").createRow(0).createCell(0).setCellValue("Root cause");
            workbook.write(xls);
        }

        Reject reject = onlyReject(xls.toByteArray());

        assertThat(reject.reason()).startsWith("not a readable Word 97-2003 document (.doc): ");
        assertThat(reject.position()).isEqualTo("file");
    }

    @Test
    void bytesThatAreNoneOfTheseAreOneReject() {
        assertThat(onlyReject("just some words, not a document".getBytes(StandardCharsets.UTF_8)).reason())
                .isEqualTo("not a readable Word 97-2003 document (.doc): neither a Word 97-2003 document, nor a "
                        + "Confluence \"Export to Word\" file, nor a web page");
        assertThat(onlyReject(new byte[0]).reason()).contains("empty");
    }

    @Test
    void takesFilesNamedDocOnlyAndTheRegistryRoutesThemHere() {
        String ole2Head = new String(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, StandardCharsets.UTF_8);

        assertThat(parser.detect("review.doc", ole2Head).matches()).isTrue();
        assertThat(parser.detect("REVIEW.DOC", "").matches()).isTrue();
        assertThat(parser.detect("review", ole2Head).matches()).isFalse(); // could as well be a spreadsheet
        assertThat(parser.detect("review.docx", "PK\u0003\u0004").matches()).isFalse();
        assertThat(ParserRegistry.defaults().detect("review.doc", ole2Head).parser().format())
                .isEqualTo(DocPostmortemParser.FORMAT);
    }

    private Reject onlyReject(byte[] bytes) {
        CollectingSink sink = Parsing.parse(parser, bytes, "review.doc");
        assertThat(sink.events).isEmpty();
        assertThat(sink.rejects).hasSize(1);
        return sink.rejects.get(0);
    }
}
