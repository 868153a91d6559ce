package dev.opshistory.ingest.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A change to the raw bytes of a serialised input: what a broken download, a bad editor or a hostile file
 * does. {@code at} is a fraction of the length, so that one edit fits inputs of any size.
 */
record ByteEdit(Kind kind, double at, byte[] data) {

    enum Kind {
        /** cut the file at {@code at} */
        TRUNCATE,
        /** insert {@code data} (garbage bytes: NUL, 0xFF, lone UTF-8 continuation bytes, brackets, quotes) */
        INSERT,
        /** drop up to {@code data.length} bytes */
        DELETE,
        /** xor one byte with {@code data[0]} */
        FLIP,
        /** insert 1,500 opening brackets: deeper than any JSON reader allows */
        DEEP_OPEN,
        /** re-encode the whole text as UTF-16 with a byte-order mark */
        UTF16,
        /** put a UTF-8 byte-order mark in front */
        BOM
    }

    private static final List<byte[]> NASTY = List.of(new byte[] {0}, new byte[] {(byte) 0xFF, (byte) 0xFE},
            new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC3, '('}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            "\"".getBytes(StandardCharsets.UTF_8), "{".getBytes(StandardCharsets.UTF_8), "]".getBytes(StandardCharsets.UTF_8),
            ",".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8), "\r\n".getBytes(StandardCharsets.UTF_8),
            "\\u".getBytes(StandardCharsets.UTF_8), "NaN".getBytes(StandardCharsets.UTF_8), "\u2028".getBytes(StandardCharsets.UTF_8));

    /** Zero to two byte edits, none about half of the time. */
    static Arbitrary<List<ByteEdit>> some() {
        Arbitrary<ByteEdit> edit = Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.oneOf(Arbitraries.of(NASTY), Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16)))
                .as(ByteEdit::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(List.of())),
                net.jqwik.api.Tuple.of(1, edit.list().ofMinSize(1).ofMaxSize(2)));
    }

    byte[] apply(byte[] in) {
        int position = (int) Math.min(in.length, Math.floor(at * (in.length + 1)));
        return switch (kind) {
            case TRUNCATE -> Arrays.copyOf(in, position);
            case INSERT -> splice(in, position, 0, data);
            case DELETE -> splice(in, position, Math.min(data.length, in.length - position), new byte[0]);
            case FLIP -> {
                byte[] out = in.clone();
                if (out.length > 0) {
                    int i = Math.min(position, out.length - 1);
                    out[i] = (byte) (out[i] ^ (data[0] == 0 ? 0x20 : data[0]));
                }
                yield out;
            }
            case DEEP_OPEN -> splice(in, position, 0, "[".repeat(1_500).getBytes(StandardCharsets.US_ASCII));
            case UTF16 -> new String(in, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
            case BOM -> splice(in, 0, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        };
    }

    /** Whether the edit only cut the end off, leaving what came before intact. */
    boolean truncation() {
        return kind == Kind.TRUNCATE;
    }

    private static byte[] splice(byte[] in, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + insert.length);
        out.write(in, 0, at);
        out.write(insert, 0, insert.length);
        out.write(in, at + remove, in.length - at - remove);
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return kind + "@" + String.format("%.3f", at) + (kind == Kind.INSERT || kind == Kind.FLIP ? Arrays.toString(data) : "");
    }
}
