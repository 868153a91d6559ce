package dev.opshistory.ingest.parse.postmortem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;

/**
 * The HTML page inside a MIME message: what Confluence's "Export to Word" writes as a {@code .doc} (a
 * {@code multipart/related} message whose HTML part is quoted-printable), and what a browser's or Word's "single file
 * web page" ({@code .mht}) is. mime4j parses the message and decodes the part.
 */
final class MimeHtml {

    /** A MIME message's header names, as its first lines carry them. */
    private static final Pattern MIME_HEADER = Pattern.compile("(?im)^(mime-version|content-type)\\s*:");
    /** A header naming a web page as the message's type or its root part's type. */
    private static final Pattern HTML_ROOT = Pattern.compile(
            "(?is)^content-type\\s*:\\s*(?:text/html|multipart/related\\s*;[^\\n]*(?:\\n[ \\t][^\\n]*)*type\\s*=\\s*\"?text/html)",
            Pattern.MULTILINE);
    /** Quoted-printable's marks, for a part that is encoded so without saying so: an encoded "=" or a soft line break. */
    private static final Pattern QUOTED_PRINTABLE = Pattern.compile("=3D|=\\r?\\n");

    private MimeHtml() {
    }

    /** Whether a file's first bytes (decoded as ISO-8859-1 or UTF-8) are the header of a MIME message. */
    static boolean opensAs(String head) {
        String header = header(head);
        return !header.startsWith("<") && MIME_HEADER.matcher(header).find()
                && header.toLowerCase(Locale.ROOT).contains("content-type");
    }

    /** The message's own header: its lines up to the first blank one. */
    private static String header(String head) {
        int end = head.indexOf("\n\n");
        int crlfEnd = head.indexOf("\r\n\r\n");
        int headerEnd = end < 0 ? crlfEnd : crlfEnd < 0 ? end : Math.min(end, crlfEnd);
        return headerEnd < 0 ? head : head.substring(0, headerEnd);
    }

    /**
     * Whether a MIME header says its message is a web page: its type, or its root part's ({@code multipart/related;
     * type="text/html"}), is HTML. An e-mail with an HTML body says so only in a part below.
     */
    static boolean namesHtml(String head) {
        return HTML_ROOT.matcher(header(head)).find();
    }

    /**
     * The first HTML part's text.
     *
     * @throws IOException when the bytes are not a MIME message, or it has no HTML part; its message says why
     */
    static String html(byte[] bytes) throws IOException {
        MimeTokenStream stream = new MimeTokenStream(MimeConfig.PERMISSIVE);
        stream.parse(new ByteArrayInputStream(bytes));
        try {
            for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
                if (state == EntityState.T_BODY && "text/html".equals(stream.getBodyDescriptor().getMimeType())) {
                    return text(stream);
                }
            }
        } catch (MimeException e) {
            throw new IOException("not a readable MIME message: " + e.getMessage(), e);
        }
        throw new IOException("a MIME message without an HTML part");
    }

    private static String text(MimeTokenStream stream) throws IOException {
        BodyDescriptor part = stream.getBodyDescriptor();
        byte[] body;
        try (InputStream in = stream.getDecodedInputStream()) {
            body = in.readAllBytes();
        }
        String encoding = part.getTransferEncoding() == null ? "" : part.getTransferEncoding().toLowerCase(Locale.ROOT);
        if (!encoding.equals("quoted-printable") && !encoding.equals("base64")
                && QUOTED_PRINTABLE.matcher(new String(body, StandardCharsets.ISO_8859_1)).find()) {
            // some exports encode the page as quoted-printable without declaring it: "=3D" would stay in every attribute
            try (InputStream in = new QuotedPrintableInputStream(new ByteArrayInputStream(body), false)) {
                body = in.readAllBytes();
            }
        }
        Charset declared = charset(part.getCharset());
        // without a declared charset mime4j says US-ASCII, which UTF-8 (and the page's own meta charset) covers
        return declared == null || declared.equals(StandardCharsets.US_ASCII) ? HtmlDocument.decode(body)
                : new String(body, declared);
    }

    private static Charset charset(String name) {
        try {
            return name == null || name.isBlank() ? null : Charset.forName(name.strip());
        } catch (IllegalArgumentException unknown) { // an illegal or unsupported name
            return null;
        }
    }
}
