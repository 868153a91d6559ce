package dev.opshistory.ingest.parse;

/**
 * The registry's answer for one file: the parser that reads it, or null when none does, and the reason
 * either way ({@code inspect} prints it; the runner logs it for files it skips).
 *
 * @param parser    the chosen parser, or null
 * @param detection the chosen parser's detection, or null when none matched
 * @param reason    why this parser was chosen, or why every parser declined
 */
public record ParserChoice(ExportParser parser, Detection detection, String reason) {

    /** Whether a parser was chosen. */
    public boolean found() {
        return parser != null;
    }
}
