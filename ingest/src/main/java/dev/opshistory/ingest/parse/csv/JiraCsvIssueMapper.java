package dev.opshistory.ingest.parse.csv;

import dev.opshistory.ingest.parse.jira.JiraIssueKind;
import dev.opshistory.ingest.parse.jira.JiraReview;
import dev.opshistory.ingest.parse.jira.JiraText;
import dev.opshistory.ingest.parse.json.RecordProblem;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps one row of a Jira issue CSV export as the JSON reader maps the same issue ({@code JiraIssueMapper}), with
 * the same event id ({@code jsm:incident:<Issue id>}), so that an issue exported both ways counts once: an incident
 * type gives an INCIDENT (summary, description in wiki markup, status, priority, created, updated, resolved,
 * every {@code Labels} cell as a tag, every {@code Comment} cell's text as a note, {@code Custom field (Affected
 * services)} else the first {@code Component/s} as service, {@code Custom field (Major incident)} as major), a
 * review type a POSTMORTEM (with the keys of its {@code Inward/Outward issue link (…)} cells as incident references),
 * another type a reject. The CSV has no REST URL, so no link to the issue.
 */
final class JiraCsvIssueMapper implements CsvExport.RowMapper {

    /** A comment cell: {@code 07/Mar/23 10:15 AM;<account id>;<text>}. */
    private static final Pattern COMMENT = Pattern.compile("(?s)^\\s*\\d{1,2}/\\p{Alpha}{3}/\\d{2,4} [^;]{3,12};[^;]*;(.*)$");
    private static final Set<String> NOT_MAJOR = Set.of("no", "false", "none");

    @Override
    public CanonicalEvent map(CsvRow row, String fileName) throws RecordProblem {
        String id = row.required(JiraCsvColumns.ISSUE_ID);
        Instant created = row.requiredInstant(JiraCsvColumns.CREATED, JiraCsvTimestamps::parse, JiraCsvTimestamps::problem);
        String key = row.trimmed(JiraCsvColumns.ISSUE_KEY);
        String type = row.trimmed(JiraCsvColumns.ISSUE_TYPE);
        String description = row.text(JiraCsvColumns.DESCRIPTION);
        String markdown = description == null ? null : JiraText.wiki(description);
        switch (JiraIssueKind.of(type)) {
            case REVIEW -> {
                try {
                    CanonicalEvent review = JiraReview.of(key != null ? key : id, row.trimmed(JiraCsvColumns.SUMMARY),
                            markdown, linkedKeys(row), created, null, fileName);
                    return review.toBuilder().truncated(review.truncated() || row.truncated()).build();
                } catch (IllegalArgumentException e) {
                    throw new RecordProblem(JiraCsvColumns.DESCRIPTION, e.getMessage());
                }
            }
            case OTHER -> throw new RecordProblem(JiraCsvColumns.ISSUE_TYPE, JiraIssueKind.notRead(type));
            default -> {
                // an incident, below
            }
        }
        List<String> components = row.texts(JiraCsvColumns.COMPONENTS);
        String affected = row.trimmed(JiraCsvColumns.AFFECTED_SERVICES);
        String major = row.trimmed(JiraCsvColumns.MAJOR_INCIDENT);
        CanonicalEvent.Builder event = CanonicalEvent.builder()
                .kind(EventKind.INCIDENT)
                .source(Source.JSM)
                .sourceId(id)
                .sourceNumber(key)
                .title(row.text(JiraCsvColumns.SUMMARY))
                .description(markdown)
                .service(affected != null ? affected : components.isEmpty() ? null : components.get(0).trim())
                .priority(row.trimmed(JiraCsvColumns.PRIORITY))
                .status(row.trimmed(JiraCsvColumns.STATUS))
                .createdAt(created)
                .updatedAt(row.instant(JiraCsvColumns.UPDATED, JiraCsvTimestamps::parse, JiraCsvTimestamps::problem))
                .resolvedAt(row.instant(JiraCsvColumns.RESOLVED, JiraCsvTimestamps::parse, JiraCsvTimestamps::problem))
                .major(major != null && !NOT_MAJOR.contains(major.toLowerCase(Locale.ROOT)))
                .tags(row.texts(JiraCsvColumns.LABELS).stream().map(String::trim).toList())
                .notes(comments(row))
                .sourceFile(fileName);
        return event.truncated(row.truncated()).build();
    }

    private static List<String> comments(CsvRow row) {
        List<String> notes = new ArrayList<>();
        for (String cell : row.texts(JiraCsvColumns.COMMENT)) {
            Matcher comment = COMMENT.matcher(cell);
            String text = (comment.matches() ? comment.group(1) : cell).strip();
            if (!text.isEmpty()) {
                notes.add(JiraText.wiki(text));
            }
        }
        return notes;
    }

    private static List<String> linkedKeys(CsvRow row) {
        List<String> keys = new ArrayList<>();
        for (String prefix : JiraCsvColumns.LINK_PREFIXES) {
            for (String column : row.columnsStartingWith(prefix)) {
                row.texts(column).forEach(k -> keys.add(k.trim()));
            }
        }
        return keys;
    }
}
