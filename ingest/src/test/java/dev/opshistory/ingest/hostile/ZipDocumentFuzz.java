package dev.opshistory.ingest.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Inputs for the parsers of zipped documents (Word, OpenDocument) made from real files: the bytes of one part (the
 * document, its styles, its numbering, its manifest or relationships) mangled inside an archive that is still a
 * valid zip, which reaches the XML readers behind the zip reader; then possibly the archive's own bytes mangled, which
 * reaches the zip reader. One file is one postmortem, whatever was done to it: exactly one accept or one reject.
 */
final class ZipDocumentFuzz {

    /** The parts of a Word document whose XML a broken writer or a hostile file can spoil. */
    static final List<String> WORD_PARTS = List.of("word/document.xml", "word/styles.xml", "word/numbering.xml",
            "[Content_Types].xml", "word/_rels/document.xml.rels");
    /** The same for an OpenDocument text. */
    static final List<String> OPEN_DOCUMENT_PARTS = List.of("content.xml", "styles.xml", "meta.xml", "mimetype",
            "META-INF/manifest.xml");

    private ZipDocumentFuzz() {
    }

    /** Documents with one of {@code parts} edited, parsed under {@code fileName}. */
    static Arbitrary<FuzzInput> inputs(List<byte[]> documents, List<String> parts, String fileName) {
        return Combinators.combine(Arbitraries.integers().between(0, documents.size() - 1), Arbitraries.of(parts),
                ByteEdit.some(), ByteEdit.some()).as((seed, part, partEdits, archiveEdits) -> {
                    byte[] bytes = withPartEdited(documents.get(seed), part, partEdits);
                    for (ByteEdit edit : archiveEdits) {
                        bytes = edit.apply(bytes);
                    }
                    return new FuzzInput(fileName, bytes, 1, FuzzInput.Expect.EXACT, "document " + seed + " with "
                            + part + " edited by " + partEdits + (archiveEdits.isEmpty() ? "" : ", then the archive by " + archiveEdits));
                });
    }

    /** The archive rewritten with one part's bytes edited; the other parts as they were. */
    private static byte[] withPartEdited(byte[] docx, String part, List<ByteEdit> edits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    for (ByteEdit edit : edits) {
                        content = edit.apply(content);
                    }
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
