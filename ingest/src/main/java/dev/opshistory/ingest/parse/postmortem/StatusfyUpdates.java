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

    /** The time of the page's latest "Resolved" update (reopened, it was resolved again), if one has a time that reads. */
    static Optional<PostmortemDate> resolvedAt(String body) {
        if (body == null || body.indexOf('|') < 0) {
            return Optional.empty();
        }
        Matcher resolved = RESOLVED.matcher(body);
        Optional<PostmortemDate> latest = Optional.empty();
        while (resolved.find()) {
            Optional<PostmortemDate> at = PostmortemDate.fromTimestamp(resolved.group(1));
            if (at.isPresent() && (latest.isEmpty() || at.get().instant().isAfter(latest.get().instant()))) {
                latest = at;
            }
        }
        return latest;
    }
}
