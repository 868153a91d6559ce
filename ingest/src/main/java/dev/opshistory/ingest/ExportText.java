package dev.opshistory.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.commons.io.input.ReaderInputStream;

/**
 * The text of an export file as the parsers read it: UTF-8. A file that opens with a UTF-16 byte order mark is
 * decoded and handed on as UTF-8: Windows PowerShell writes UTF-16 with {@code >} and {@code Out-File} (an API
 * response saved with {@code Invoke-RestMethod … | ConvertTo-Json > incidents.json}), and a spreadsheet saves
 * "Unicode text" so. Every other file passes through byte for byte (UTF-8, with or without its own BOM, which the
 * parsers skip; text in another encoding is the parsers' to reject).
 */
public final class ExportText {

    private static final int BOM_BYTES = 2;

    private ExportText() {
    }

    /** The first {@link IngestRunner#HEAD_BYTES} bytes of the file as text, for detecting its format. */
    public static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(IngestRunner.HEAD_BYTES);
            Charset utf16 = utf16(bytes);
            if (utf16 == null) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            // an even count of bytes after the mark: a character cut in two by the head's end is left out
            int length = (bytes.length - BOM_BYTES) & ~1;
            return new String(bytes, BOM_BYTES, length, utf16);
        }
    }

    /**
     * The stream as UTF-8: {@code buffered} itself when it does not open with a UTF-16 mark, else its text
     * re-encoded, over {@code buffered} but never closing it. The caller owns {@code buffered} either way: it reads
     * the rest after the parser (to hash the file) and closes it.
     */
    public static InputStream utf8(BufferedInputStream buffered) throws IOException {
        buffered.mark(BOM_BYTES);
        byte[] start = buffered.readNBytes(BOM_BYTES);
        buffered.reset();
        Charset utf16 = utf16(start);
        if (utf16 == null) {
            return buffered;
        }
        buffered.skipNBytes(BOM_BYTES);
        return ReaderInputStream.builder()
                .setReader(new InputStreamReader(CloseShieldInputStream.wrap(buffered), utf16))
                .setCharset(StandardCharsets.UTF_8)
                .get();
    }

    /** UTF-16LE or UTF-16BE when the bytes open with that byte order mark, else null. */
    private static Charset utf16(byte[] bytes) {
        if (bytes.length < BOM_BYTES) {
            return null;
        }
        if ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }
}
