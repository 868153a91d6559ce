package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.ingest.parse.CollectingSink;
import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.ExportParser;
import dev.opshistory.ingest.parse.GoldenFiles;
import dev.opshistory.ingest.parse.Parsing;
import dev.opshistory.model.EventJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden cases in {@code src/test/resources/postmortem/}: each {@code <case>.md}, {@code .html}, {@code .txt}, {@code .docx},
 * {@code .doc}, {@code .mhtml}, {@code .pdf}, {@code .odt} or {@code .json} is
 * detected by its parser, parsed with no reject, and must give exactly the events of
 * {@code <case>.expected.ndjson}, one {@link EventJson#toJson} per line. The two Google SRE cases are copies
 * of {@code shared/formats/postmortems/google-sre-example/} (ATX headings; setext headings with bold fields
 * and footnotes). The Word documents were written by pandoc 2.17 from the Markdown in {@code document-sources/}
 * ({@code pandoc X.md -o X.docx}), and so were the OpenDocument texts ({@code -o X.odt}); the PDFs were printed by headless Chromium 156 ({@code chromium --headless
 * --print-to-pdf}, its header and footer included), one from the Confluence export here, one from the Word template's
 * Markdown as pandoc's standalone HTML ({@code document-sources/word-sre-template-by-pandoc.html}). The two Word
 * 97–2003 documents are the pandoc Word documents saved by LibreOffice 7.4 ({@code soffice --headless --convert-to
 * doc:"MS Word 97"}); the Confluence "Export to Word" file is built by {@code document-sources/doc-confluence-export-to-word.py}
 * in the shape Confluence writes (a MIME message around a quoted-printable page), from the page beside it; the
 * single-file web page by {@code document-sources/mhtml-single-file-page.py} in the shape Chromium's Blink writes, from
 * the blog post here.
 *
 * <p>After an intended change, regenerate with {@code mvn -pl ingest test -Dtest=PostmortemGoldenFilesTest
 * -Dopshistory.updateGoldens=true} and review the diff.
 */
class PostmortemGoldenFilesTest {

    private static final List<ExportParser> PARSERS = List.of(new MarkdownPostmortemParser(), new HtmlPostmortemParser(),
            new PlainTextPostmortemParser(), new DocxPostmortemParser(), new DocPostmortemParser(), new MhtmlPostmortemParser(),
            new PdfPostmortemParser(),
            new OdtPostmortemParser(), new JsonPostmortemParser());

    @TestFactory
    Stream<DynamicTest> eachCaseGivesItsExpectedEvents() throws IOException {
        return DynamicTest.stream(cases(), input -> input.getFileName().toString(), PostmortemGoldenFilesTest::check);
    }

    @Test
    void theRequiredCasesExist() throws IOException {
        assertThat(cases().map(p -> p.getFileName().toString())).contains(
                "google-sre-atx-headings.md", "google-sre-setext-sawasthi.md", "flat-object.json", "envelope-array.json",
                "confluence-export-atlassian-template.html", "google-docs-web-page.html", "blog-post-saved-from-a-browser.html",
                "google-docs-plain-text.txt", "word-sre-template-by-pandoc.docx",
                "word-bold-labels-and-check-boxes-by-pandoc.docx", "pdf-sre-template-printed-by-chromium.pdf",
                "pdf-confluence-page-printed-by-chromium.pdf", "odt-sre-template-by-pandoc.odt",
                "odt-bold-labels-and-check-boxes-by-pandoc.odt", "doc-sre-template-by-libreoffice.doc",
                "doc-bold-labels-and-check-boxes-by-libreoffice.doc", "doc-confluence-export-to-word.doc",
                "mhtml-blog-post-single-file.mhtml");
    }

    private static void check(Path input) throws IOException {
        String name = input.getFileName().toString();
        String head = Parsing.head(input);
        ExportParser parser = PARSERS.stream().filter(p -> p.detect(name, head).matches()).findFirst().orElseThrow();
        Detection detection = parser.detect(name, head);
        assertThat(parser.format()).as(detection.reason()).isEqualTo(name.endsWith(".md") ? MarkdownPostmortemParser.FORMAT
                : name.endsWith(".html") ? HtmlPostmortemParser.FORMAT
                : name.endsWith(".txt") ? PlainTextPostmortemParser.FORMAT
                : name.endsWith(".docx") ? DocxPostmortemParser.FORMAT
                : name.endsWith(".doc") ? DocPostmortemParser.FORMAT
                : name.endsWith(".mhtml") ? MhtmlPostmortemParser.FORMAT
                : name.endsWith(".pdf") ? PdfPostmortemParser.FORMAT
                : name.endsWith(".odt") ? OdtPostmortemParser.FORMAT : JsonPostmortemParser.FORMAT);

        CollectingSink sink = Parsing.parse(parser, input);
        assertThat(sink.rejects).isEmpty();
        List<String> actual = sink.events.stream().map(EventJson::toJson).toList();

        String caseName = name.replaceFirst("\\.(md|html|txt|docx|doc|mhtml|pdf|odt|json)$", "");
        GoldenFiles.assertLines("postmortem", input.resolveSibling(caseName + ".expected.ndjson"), actual);
    }

    private static Stream<Path> cases() throws IOException {
        return GoldenFiles.inputs("postmortem", name -> name.endsWith(".md") || name.endsWith(".html") || name.endsWith(".txt")
                || name.endsWith(".docx") || name.endsWith(".doc") || name.endsWith(".mhtml") || name.endsWith(".pdf") || name.endsWith(".odt") || name.endsWith(".json")).stream();
    }
}
