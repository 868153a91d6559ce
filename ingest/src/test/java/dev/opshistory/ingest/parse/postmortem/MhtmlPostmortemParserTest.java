package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.ingest.parse.CollectingSink;
import dev.opshistory.ingest.parse.ParserRegistry;
import dev.opshistory.ingest.parse.Parsing;
import dev.opshistory.model.CanonicalEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Postmortems saved as single-file web pages: a browser's {@code .mhtml} (the golden case, in the shape Chromium's
 * Blink writes) and Word's {@code .mht}, and MIME files that hold no page.
 */
class MhtmlPostmortemParserTest {

    private static final Path CASES = Path.of("src/test/resources/postmortem");

    private final MhtmlPostmortemParser parser = new MhtmlPostmortemParser();

    @Test
    void pageSavedAsASingleFileGivesTheEventOfThePageItself() {
        CanonicalEvent saved = Parsing.parse(parser, CASES.resolve("mhtml-blog-post-single-file.mhtml")).onlyEvent();
        CanonicalEvent page = Parsing.parse(new HtmlPostmortemParser(), CASES.resolve("blog-post-saved-from-a-browser.html"))
                .onlyEvent();

        assertThat(PostmortemFiles.withoutFileNames(saved)).isEqualTo(PostmortemFiles.withoutFileNames(page));
        assertThat(saved.postmortem().rootCause()).isNotBlank();
    }

    @Test
    void wordSingleFileWebPageIsReadFromItsHtmlPart() {
        // Word's .mht: a preamble for mail readers, the root's type not named, the page in a declared charset
        String mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01DB4A2C.5E3F1A20\"\r\n\r\n"
                + "This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n"
                + "------=_NextPart_01DB4A2C.5E3F1A20\r\nContent-Location: file:///C:/D2F1A3B4/review.htm\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"windows-1252\"\r\n\r\n"
                + "<html><head><title>DNS outage</title></head><body><p class=3DMsoTitle>DNS outage</p>"
                + "<h1>Summary</h1><p>Internal names did not resolve for 25 minutes =96 every service call failed.</p>"
                + "<h1>Root cause</h1><p>A zone transfer pushed an empty zone to the resolvers.</p></body></html>\r\n"
                + "------=_NextPart_01DB4A2C.5E3F1A20--\r\n";

        CanonicalEvent e = Parsing.parse(parser, mht.getBytes(StandardCharsets.US_ASCII), "review.mht").onlyEvent();

        assertThat(e.title()).isEqualTo("DNS outage");
        assertThat(e.postmortem().summary()).isEqualTo("Internal names did not resolve for 25 minutes \u2013 every service call failed.");
        assertThat(e.postmortem().rootCause()).isEqualTo("A zone transfer pushed an empty zone to the resolvers.");
    }

    @Test
    void mimeMessageWithoutAPageIsOneReject() {
        String mail = "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nRoot cause: a full disk.\r\n--b--\r\n";

        CollectingSink sink = Parsing.parse(parser, mail.getBytes(StandardCharsets.US_ASCII), "review.mht");

        assertThat(sink.events).isEmpty();
        assertThat(sink.rejects).singleElement().satisfies(r -> assertThat(r.reason())
                .isEqualTo("not a readable single-file web page (.mhtml, .mht): a MIME message without an HTML part"));
    }

    @Test
    void takesFilesByNameOrAPageArchiveHeaderAndTheRegistryRoutesThemHere() {
        String blink = "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
                + "\ttype=\"text/html\";\r\n\tboundary=\"x\"\r\n\r\n--x\r\n";
        String mail = "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\n\r\n<p>See you at the review</p>\r\n--b--\r\n";

        assertThat(parser.detect("review.mhtml", blink).matches()).isTrue();
        assertThat(parser.detect("review.MHT", "").matches()).isTrue();
        assertThat(parser.detect("review", blink).matches()).isTrue();
        assertThat(parser.detect("message", mail).matches()).isFalse(); // an e-mail with an HTML body, not a saved page
        assertThat(parser.detect("review.html", blink).matches()).isFalse();
        assertThat(ParserRegistry.defaults().detect("review.mhtml", blink).parser().format())
                .isEqualTo(MhtmlPostmortemParser.FORMAT);
    }
}
