package dev.opshistory.ingest.hostile;

import java.nio.charset.StandardCharsets;

/**
 * One generated input for a parser and what its records must end in.
 *
 * @param fileName the name it is parsed under (logs and notes find their parent in it)
 * @param bytes    the file's content
 * @param records  how many records the input holds, counted independently of the parser
 * @param expect   how strictly {@code records} binds the calls the parser makes
 * @param recipe   how the input was made, for the failure report
 */
record FuzzInput(String fileName, byte[] bytes, int records, Expect expect, String recipe) {

    /** What the parser's calls must add up to. */
    enum Expect {
        /** exactly {@code records} calls: the input is well-formed, each record ends in one accept, fold or reject */
        EXACT,
        /** a document cut short: at least one reject and at most {@code records} + 1 calls */
        CUT_DOCUMENT,
        /** bytes were mangled, so records cannot be counted from outside: only the calls' contents are checked */
        ANY
    }

    /** The first 64 KiB as UTF-8, as the runner hands them to detection. */
    String head() {
        return new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        String start = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.UTF_8);
        return fileName + " (" + bytes.length + " bytes, " + records + " records, " + expect + "): " + recipe
                + "\n--- start of input ---\n" + start + "\n---";
    }
}
