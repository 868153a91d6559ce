package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.JsonHead;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The known export parsers: picks one for a file by detection, or by name for {@code --format}.
 * Detection asks every parser and takes the highest score; on a tie the parser registered first wins
 * and the reason says so.
 */
public final class ParserRegistry {

    private final List<ExportParser> parsers;

    /** @param parsers in order of preference for ties; format names must be unique */
    public ParserRegistry(List<ExportParser> parsers) {
        Set<String> seen = new HashSet<>();
        for (ExportParser parser : parsers) {
            if (!seen.add(parser.format())) {
                throw new IllegalArgumentException("two parsers for format " + parser.format());
            }
        }
        this.parsers = List.copyOf(parsers);
    }

    /**
     * The registry of every parser this module provides, one a line, in order of preference for ties: parsers
     * of records that are events first, then parsers of records folded into another event.
     */
    public static ParserRegistry defaults() {
        return new ParserRegistry(List.of(
                new PagerDutyIncidentsJsonParser(),
                new OpsgenieAlertsJsonParser(),
                new PagerDutyAnalyticsIncidentsJsonParser(),
                new dev.opshistory.ingest.parse.csv.PagerDutyIncidentsCsvParser(),
                new OpsgenieIncidentsJsonParser(),
                new dev.opshistory.ingest.parse.jira.JiraIssuesJsonParser(),
                new dev.opshistory.ingest.parse.csv.JiraIssuesCsvParser(),
                // API records a script wrote out as CSV (pandas' to_csv or json_normalize of GET /incidents, /v2/alerts)
                new dev.opshistory.ingest.parse.csv.ApiRecordsCsvParser(new PagerDutyIncidentsJsonParser(),
                        "pagerduty-incidents-api-csv"),
                new dev.opshistory.ingest.parse.csv.ApiRecordsCsvParser(new OpsgenieAlertsJsonParser(),
                        "opsgenie-alerts-api-csv"),
                new AlertmanagerWebhookJsonParser(),
                new GrafanaOnCallAlertGroupsJsonParser(),
                new dev.opshistory.ingest.parse.postmortem.MarkdownPostmortemParser(),
                new dev.opshistory.ingest.parse.postmortem.HtmlPostmortemParser(),
                new dev.opshistory.ingest.parse.postmortem.PlainTextPostmortemParser(),
                new dev.opshistory.ingest.parse.postmortem.RestructuredTextPostmortemParser(),
                new dev.opshistory.ingest.parse.postmortem.DocxPostmortemParser(),
                new dev.opshistory.ingest.parse.postmortem.DocPostmortemParser(),
                new dev.opshistory.ingest.parse.postmortem.MhtmlPostmortemParser(),
                new dev.opshistory.ingest.parse.postmortem.PdfPostmortemParser(),
                new dev.opshistory.ingest.parse.postmortem.OdtPostmortemParser(),
                new dev.opshistory.ingest.parse.postmortem.JsonPostmortemParser(),
                // records folded into their incident or alert
                new PagerDutyLogEntriesJsonParser(),
                new PagerDutyNotesJsonParser(),
                new PagerDutyIncidentAlertsJsonParser(),
                new OpsgenieAlertLogsJsonParser(),
                new OpsgenieAlertNotesJsonParser()));
    }

    /** The parsers, in registration order. */
    public List<ExportParser> parsers() {
        return parsers;
    }

    /** The format names, for {@code --format}'s help and error messages. */
    public List<String> formats() {
        return parsers.stream().map(ExportParser::format).toList();
    }

    /** The parser for a {@code --format} name (exact, case-insensitive). */
    public Optional<ExportParser> byFormat(String format) {
        return parsers.stream().filter(p -> p.format().equalsIgnoreCase(format.trim())).findFirst();
    }

    /**
     * Picks the parser for a file from its name and first bytes. When none takes it, the reason says what the file
     * is if it is a payload known to be no export ({@link KnownPayloads}), else why each parser declined.
     *
     * @param fileName the file's name, without directories
     * @param head     the first bytes of the file decoded as UTF-8 (at most 64 KiB)
     */
    public ParserChoice detect(String fileName, String head) {
        ExportParser best = null;
        Detection bestDetection = null;
        List<String> declined = new ArrayList<>();
        List<String> tied = new ArrayList<>();
        for (ExportParser parser : parsers) {
            if (bestDetection != null && parser.highestScore() < bestDetection.score()) {
                continue; // could neither win nor tie; its reason is only shown when no parser matches
            }
            Detection detection = parser.detect(fileName, head);
            if (!detection.matches()) {
                declined.add(parser.format() + ": " + detection.reason());
            } else if (bestDetection == null || detection.score() > bestDetection.score()) {
                best = parser;
                bestDetection = detection;
                tied.clear();
            } else if (detection.score() == bestDetection.score()) {
                tied.add(parser.format());
            }
        }
        if (best == null) {
            // a file named for what it is needs no parser's reason: each would only say it is none of theirs
            String why = KnownPayloads.describe(fileName, head).map(what -> ": it is " + what)
                    .orElseGet(() -> unreadShape(head, declined));
            return new ParserChoice(null, null, "no parser recognises " + fileName + why);
        }
        String reason = best.format() + " (score " + bestDetection.score() + "): " + bestDetection.reason();
        if (!tied.isEmpty()) {
            reason += "; tied with " + tied.stream().collect(Collectors.joining(", ")) + ", first registered wins";
        }
        return new ParserChoice(best, bestDetection, reason);
    }

    /**
     * Why no parser read a file: the JSON shape it has first, once (each JSON parser's refusal repeats it in brackets,
     * and a reader of the rejects or of the report's reasons, which keep only the start, needs it most), then each
     * parser's refusal.
     */
    private static String unreadShape(String head, List<String> declined) {
        String refusals = String.join("; ", declined);
        JsonHead json = JsonHead.of(head);
        String shape = json.describe();
        if (!shape.startsWith("JSON object") && !shape.startsWith("JSON array")) {
            return " (" + refusals + ")";
        }
        return ": it is a " + shape + ", a shape none of the parsers reads (" + refusals.replace(" (" + shape + ")", "") + ")";
    }
}
