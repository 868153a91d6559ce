package dev.opshistory.ingest.parse.postmortem;

import java.util.Set;

/**
 * Postmortems kept as plain text ({@code .txt}): a Google Docs or Word "plain text" download, an e-mail saved as a
 * file (its mail header gives the title and, failing a day in the text, the date: {@link MailHeaders}). Such a text
 * has no heading marks: a line of its own that names a postmortem section ("Root cause",
 * "IMPACT", "Action items:") is read as that section's heading, and the first line, unless it names a section or
 * gives a field, as the title ({@link PlainText}); field lines ({@code Date: …}) and lists read as in Markdown.
 * Read as {@link ConvertedPostmortemParser} says: a text without postmortem sections is one reject.
 */
public final class PlainTextPostmortemParser extends ConvertedPostmortemParser {

    public static final String FORMAT = "postmortem-text";

    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text");

    public PlainTextPostmortemParser() {
        super(FORMAT, "text file", "not a .txt file");
    }

    @Override
    boolean takes(String extension, String head) {
        return TEXT_EXTENSIONS.contains(extension);
    }

    @Override
    AsMarkdown convert(String text) {
        // an e-mail sent to a list: titled by its subject, dated by when it was sent only if the report names no day
        return MailHeaders.read(text)
                .map(mail -> new AsMarkdown(PlainText.asMarkdown(mail.body(), mail.subject()), mail.sentDay()))
                .orElseGet(() -> new AsMarkdown(PlainText.asMarkdown(text), null));
    }
}
