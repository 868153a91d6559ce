package dev.opshistory.ingest.parse.postmortem;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a Statusfy status page's incident was resolved. Statusfy keeps an incident as Markdown with its start as the
 * front matter's {@code date} and each update as a container headed by its status and time,
 * {@code ::: update Resolved | 2019-08-14T19:06:00.000Z} (or, where the container was lost, the bare
 * {@code Resolved | 2019-08-14T19:06:00.000Z} line); a page that was never updated otherwise has only this one line
 * to say how long the incident lasted.
 */
final class StatusfyUpdates {

    private static final Pattern RESOLVED = Pattern.compile(
            "(?im)^[ \\t]*(?::::[ \\t]*update[ \\t]+)?resolved[ \\t]*\\|[ \\t]*(\\d{4}-\\d{2}-\\d{2}T[^\\s|]+)[ \\t]*$");

    private StatusfyUpdates() {
    }

    /** The time of the page's last "Resolved" update, if it has one with a time that reads. */
    static Optional<PostmortemDate> resolvedAt(String body) {
        if (body == null || body.indexOf('|') < 0) {
            return Optional.empty();
        }
        Matcher resolved = RESOLVED.matcher(body);
        String last = null;
        while (resolved.find()) {
            last = resolved.group(1);
        }
        return last == null ? Optional.empty() : PostmortemDate.fromTimestamp(last);
    }
}
