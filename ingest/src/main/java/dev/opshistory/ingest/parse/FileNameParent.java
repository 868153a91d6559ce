package dev.opshistory.ingest.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the id of a parent incident or alert from the name of a per-item export file, the way the vendors'
 * {@code GET /incidents/{id}/notes} or {@code GET /v2/alerts/{id}/logs} answers are usually saved
 * (DESIGN.md §3). For a word such as {@code notes} it accepts, with the extension {@code .json},
 * {@code .ndjson} or {@code .jsonl}:
 * <ul>
 *   <li>{@code <id>.notes.json}, {@code <id>_notes.json}, {@code <id>-notes.json};</li>
 *   <li>{@code notes-<id>.json}, {@code notes_<id>.json}, {@code notes.<id>.json}.</li>
 * </ul>
 * The word matches case-insensitively; the id must match the vendor's id syntax in full, so that
 * {@code GET_incidents_id_notes.response.json} or {@code log-entries-offset-0200.json} name no parent.
 */
final class FileNameParent {

    private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(json|ndjson|jsonl)$");
    private static final List<String> SEPARATORS = List.of(".", "_", "-");

    private FileNameParent() {
    }

    /**
     * @param fileName the file's name; directories before it (the runner passes paths) are ignored
     * @param words    what the file holds ({@code notes}, {@code logs}…)
     * @param id       the vendor's id syntax
     * @return the parent id, or null when the name names none
     */
    static String find(String fileName, List<String> words, Pattern id) {
        if (fileName == null) {
            return null;
        }
        fileName = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        var extension = EXTENSION.matcher(fileName);
        if (!extension.find()) {
            return null;
        }
        String stem = fileName.substring(0, extension.start());
        String lower = stem.toLowerCase(Locale.ROOT);
        for (String word : words) {
            for (String separator : SEPARATORS) {
                String suffix = separator + word;
                if (lower.endsWith(suffix) && id.matcher(stem.substring(0, stem.length() - suffix.length())).matches()) {
                    return stem.substring(0, stem.length() - suffix.length());
                }
                String prefix = word + separator;
                if (lower.startsWith(prefix) && id.matcher(stem.substring(prefix.length())).matches()) {
                    return stem.substring(prefix.length());
                }
            }
        }
        return null;
    }
}
