package dev.opshistory.ingest.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Inputs for the Markdown postmortem parser made from real postmortems: lines deleted, repeated, swapped or cut;
 * garbage, nested quotes and lists, table rows with any number of cells, headings and YAML front matter
 * inserted; then possibly mangled byte by byte. One file is one postmortem, whatever was done to it.
 */
final class MarkdownFuzz {

    enum EditKind { DELETE, DUPLICATE, SWAP, GARBAGE, NESTING, TABLE_ROW, HEADING, FRONT_MATTER, CUT_LINE }

    private static final List<String> FRONT_MATTERS = List.of("---\ntitle: [unclosed\n---\n", "---\n- a list\n---\n",
            "---\ndate: 2026-13-45\nincidents: {a: [b, c]}\n---\n", "---\na: &a [x, *a]\n---\n", "---\n\u0000: \"\\x\"\n---\n",
            "---\ntitle: x\n", "---\nkey: !!python/object/apply:os.system [\"true\"]\n---\n",
            "---\ndate: 0000-00-00\naction_items: 7\n---\n");

    record Edit(EditKind kind, int line, int choice, String garbage) {
        @Override
        public String toString() {
            return kind + "#" + line + "/" + choice + (kind == EditKind.GARBAGE || kind == EditKind.HEADING
                    || kind == EditKind.TABLE_ROW ? " " + JsonFuzz.quote(garbage) : "");
        }
    }

    private MarkdownFuzz() {
    }

    static Arbitrary<FuzzInput> inputs(List<String> documents) {
        return inputs(documents, "postmortem.md");
    }

    /** The same edits on other line-based documents, HTML pages among them, parsed under {@code fileName}. */
    static Arbitrary<FuzzInput> inputs(List<String> documents, String fileName) {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(EditKind.class), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 1_000), Arbitraries.strings().all().ofMaxLength(60)).as(Edit::new);
        return Combinators.combine(Arbitraries.integers().between(0, documents.size() - 1), edit.list().ofMaxSize(8), ByteEdit.some())
                .as((seed, edits, bytes) -> build(documents.get(seed), fileName, seed, edits, bytes));
    }

    private static FuzzInput build(String document, String fileName, int seed, List<Edit> edits, List<ByteEdit> byteEdits) {
        List<String> lines = new ArrayList<>(document.lines().toList());
        for (Edit edit : edits) {
            apply(lines, edit);
        }
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        for (ByteEdit edit : byteEdits) {
            bytes = edit.apply(bytes);
        }
        // A Markdown file (an HTML page) is one postmortem, so exactly one call, even when the bytes were mangled.
        return new FuzzInput(fileName, bytes, 1, FuzzInput.Expect.EXACT,
                "document " + seed + " with " + edits + (byteEdits.isEmpty() ? "" : " then bytes " + byteEdits));
    }

    private static void apply(List<String> lines, Edit edit) {
        int at = lines.isEmpty() ? 0 : edit.line() % lines.size();
        switch (edit.kind()) {
            case DELETE -> {
                if (!lines.isEmpty()) {
                    lines.remove(at);
                }
            }
            case DUPLICATE -> {
                if (!lines.isEmpty()) {
                    lines.add(at, lines.get(at));
                }
            }
            case SWAP -> {
                if (lines.size() > 1) {
                    int other = edit.choice() % lines.size();
                    String line = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, line);
                }
            }
            case GARBAGE -> lines.add(at, edit.garbage());
            // Deep enough to stress the block parser; the 100,000-deep case lives in the corpus.
            case NESTING -> lines.add(at, switch (edit.choice() % 3) {
                case 0 -> ">".repeat(1 + edit.choice() % 200) + " quoted";
                case 1 -> "[".repeat(1 + edit.choice()) + "*_".repeat(edit.choice() / 2);
                default -> "- ".repeat(1 + edit.choice() % 100) + "item";
            });
            case TABLE_ROW -> lines.add(at, "|" + String.join("|", edit.garbage().split("", 1 + edit.choice() % 9)) + "|");
            case HEADING -> lines.add(at, "#".repeat(1 + edit.choice() % 7) + " " + edit.garbage());
            case FRONT_MATTER -> lines.add(0, FRONT_MATTERS.get(edit.choice() % FRONT_MATTERS.size()));
            case CUT_LINE -> {
                if (!lines.isEmpty()) {
                    String line = lines.get(at);
                    lines.set(at, line.substring(0, Math.min(line.length(), edit.choice() % (line.length() + 1))));
                    lines.subList(at + 1, lines.size()).clear();
                }
            }
        }
    }
}
