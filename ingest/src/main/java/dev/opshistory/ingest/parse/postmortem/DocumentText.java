package dev.opshistory.ingest.parse.postmortem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Reads one postmortem document as text: UTF-8 (a byte-order mark dropped; bytes that are not UTF-8, as in
 * a Latin-1 file, become U+FFFD rather than failing the document), at most {@link #MAX_BYTES}, and tells
 * binary content from text.
 */
final class DocumentText {

    /** Largest document read; a postmortem is a few pages, and a 10 MB section is still read (and cut). */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    /** How much of the start is inspected for binary content. */
    private static final int SAMPLE_CHARS = 64 * 1024;

    private DocumentText() {
    }

    /** The result of reading: the text, or why there is none. */
    record Read(String text, String problem) {
    }

    static Read read(InputStream in) throws IOException {
        return read(in, DocumentText::decode);
    }

    /** A document's bytes, or why there are none to read. */
    record Bytes(byte[] bytes, String problem) {
    }

    /** The document's bytes, at most {@link #MAX_BYTES}: none for an empty file or a larger one, with the reason. */
    static Bytes readBytes(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return new Bytes(null, "file larger than " + (MAX_BYTES / (1024 * 1024))
                    + " MiB, too large for a postmortem document");
        }
        return bytes.length == 0 ? new Bytes(null, "empty file") : new Bytes(bytes, null);
    }

    /** As {@link #read(InputStream)}, with the bytes turned into text by {@code decoder}. */
    static Read read(InputStream in, Function<byte[], String> decoder) throws IOException {
        Bytes read = readBytes(in);
        if (read.problem() != null) {
            return new Read(null, read.problem());
        }
        String text = decoder.apply(read.bytes());
        if (text.isBlank()) {
            return new Read(null, "empty file");
        }
        if (looksBinary(text)) {
            return new Read(null, "binary content, not a text document");
        }
        return new Read(text, null);
    }

    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not throw", e);
        }
    }

    /** NUL characters, or more than 5% control or undecodable characters, in the first 64 K characters. */
    static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), SAMPLE_CHARS);
        int odd = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                odd++;
            }
        }
        return sample > 0 && odd * 20 > sample;
    }
}
