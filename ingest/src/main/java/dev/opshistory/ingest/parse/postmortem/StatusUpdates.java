package dev.opshistory.ingest.parse.postmortem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An incident told the way a status page tells it: as its updates, each led by the page's status word and the time it
 * was posted ("## Investigating 2025-01-04 9:27a", "**Resolved** - This incident has been resolved." with "Jan 4,
 * 10:30 UTC" below it, "Identified (08:41): …"). Status pages (Atlassian Statuspage, Instatus, cState and the pages
 * people copy them into) use the same words, and a write-up made of them has no "Duration", "Root cause" or
 * "Resolution" section: the updates hold them. The first update says what was seen, the "Identified" one the cause
 * found, the "Resolved" one (or, when that only says it is resolved, the last "Monitoring" one) what brought the
 * service back, and the times of the first and the resolving update the incident's length.
 *
 * <p>A document is read this way only when at least two updates lead with the status words and say when they were
 * posted (or are marked the way cState and Statuspage mark them, "*Investigating* - …"), and one of them investigates
 * or resolves, so a single "Resolved: …" line in a timeline or a heading "Update on the migration" is
 * not taken for a status page. Pages list updates newest first or oldest first; a page that opens with its
 * resolution, or ends with its investigation, is read from the end. A page holding several incidents one after another
 * gives the first: its updates end at the first resolution, or at a heading that is no update (a log of incidents,
 * each under its own heading).
 */
final class StatusUpdates {

    /**
     * The words status pages lead their updates with, and what each means; "update" is a page's plain progress note.
     * Pages in French, German and Spanish use their own ("Problème identifié", "Behoben", "Resuelto").
     */
    private static final Map<String, String> STATUS_NAMES = statusNames();
    private static final String STATUSES = STATUS_NAMES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).collect(Collectors.joining("|"));
    private static final String EMPHASIS = "(?:\\*\\*|__|\\*|_)?";
    /** A heading that is a status and, if anything, when: "## Investigating 2025-01-04 9:27a", "### Resolved — 14:00". */
    private static final Pattern HEADING = Pattern.compile("(?iu)^#{1,6}\\s*" + EMPHASIS + "(" + STATUSES + ")" + EMPHASIS
            + "(?:\\s*[-–—:|,(]\\s*|\\s+)?([^\\n]*?)\\)?\\s*#*\\s*$");
    /**
     * A paragraph led by a status: "**Resolved** - This incident…", "*Investigating* - We are aware…" (cState),
     * "**Problème identifié** Une panne…", "Identified (08:41): The cause…", "Update 2023-06-14 22:00UTC: The attack
     * seems over", "**Investigating** - 16:20 - Orders…", "**Investigating - 09:12 CET**" over its text, "Monitoring: …".
     */
    private static final Pattern LEAD = Pattern.compile("(?iu)^(?<mark>" + EMPHASIS + ")(?<status>" + STATUSES + ")"
            + EMPHASIS + "(?:\\s*\\((?<bracketed>[^)\\n]{1,40})\\)|\\s+(?<stamp>(?:\\d{4}-\\d{2}-\\d{2}[ T]?)?\\d{1,2}:\\d{2}"
            + "(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,5})?))?" + EMPHASIS
            + "\\s*(?<separator>[-–—:]\\s*|$|(?<=[*_])\\s+)"
            + "(?:(?<after>\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[A-Z]{2,5})?)" + EMPHASIS + "\\s*(?:[-–—:]\\s*|$))?"
            + "(?<text>.*)$");
    /** A line that only says when an update was posted: "Posted 3 months ago. Jan 04, 2025 - 10:30 UTC", "Jan 4, 10:30 UTC". */
    private static final Pattern POSTED = Pattern.compile("(?i)^(?:_|\\*)?(?:posted|updated|published)\\b[^\\n]*$");
    private static final Pattern STAMP_ONLY = Pattern.compile("(?i)^[_*]*(?:[a-z]{3,9}\\.? \\d{1,2}(?:st|nd|rd|th)?,?"
            + "(?: \\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2} [a-z]{3,9}\\.?(?: \\d{4})?)[,\\s-–—]*(?:at )?\\d{1,2}:\\d{2}"
            + "(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,5}|[+-]\\d{2}:?\\d{2})?[_*]*$");
    /** A heading's rest that says when, not what: it opens with a clock time or a date. */
    private static final Pattern WHEN = Pattern.compile("(?i)^(?:at |on )?(?:\\d{1,4}[:\\-/.]\\d"
            + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b)");
    private static final Pattern TRACK = Pattern.compile("\\{\\{<\\s*track\\s+\"([^\"]+)\"\\s*>\\s*}}");
    private static final Pattern ANY_HEADING = Pattern.compile("^#{1,6}\\s");
    /** The page's own default texts, which say nothing of this incident. */
    private static final Pattern DEFAULT_TEXT = Pattern.compile("(?i)^(?:this incident has been resolved"
            + "|we are (?:currently )?investigating (?:this|the) issue"
            + "|the issue has been identified and a fix is being (?:implemented|worked on)"
            + "|a fix has been implemented and we are monitoring the results"
            + "|we are continuing to (?:investigate|monitor|work on a fix for) (?:this|the) issue)\\.?$");
    /** Statuses of an update that tells what was first seen. */
    private static final Set<String> OPENING = Set.of("investigating", "update");

    private static Map<String, String> statusNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String name : List.of("investigating", "identified", "update", "monitoring", "resolved", "recovering", "mitigated")) {
            names.put(name, name);
        }
        names.put("updated", "update");
        List.of("investigation", "enquête en cours", "en cours d'investigation", "investigando", "untersuchung",
                "wird untersucht").forEach(n -> names.put(n, "investigating"));
        List.of("identifié", "problème identifié", "identificado", "problema identificado", "identifiziert",
                "problem identifiziert").forEach(n -> names.put(n, "identified"));
        List.of("mise à jour", "actualización", "aktualisierung").forEach(n -> names.put(n, "update"));
        List.of("surveillance", "supervisando", "monitoreando", "überwachung", "beobachtung")
                .forEach(n -> names.put(n, "monitoring"));
        List.of("résolu", "resolu", "resuelto", "behoben", "gelöst").forEach(n -> names.put(n, "resolved"));
        return Map.copyOf(names);
    }

    /**
     * One update: its status in lower case, when it was posted as written (or null), its text (or null), and whether
     * it is marked as a status page marks its updates (with its time, or cState's emphasised "*Investigating* - ").
     */
    record Update(String status, String when, String text, boolean marked) {
    }

    private final List<Update> updates;

    private StatusUpdates(List<Update> updates) {
        this.updates = updates;
    }

    /**
     * Whether a paragraph is led by a status page's status word ("Update - This incident has been resolved.",
     * "**Investigating** - …"): one update of a page, not a summary of the incident.
     */
    static boolean isUpdate(String paragraph) {
        return LEAD.matcher(paragraph.strip()).matches();
    }

    /** The updates of a document's Markdown body, oldest first; empty when it is not told as status updates. */
    static StatusUpdates read(String body) {
        List<Update> found = new ArrayList<>();
        if (body == null) {
            return new StatusUpdates(found);
        }
        String status = null;
        String when = null;
        boolean emphasised = false;
        boolean underHeading = false;
        StringBuilder text = new StringBuilder();
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher heading = HEADING.matcher(line);
            Matcher lead = LEAD.matcher(line);
            boolean isHeading = heading.matches() && (heading.group(2).isEmpty() || WHEN.matcher(heading.group(2)).lookingAt());
            boolean isLead = !isHeading && lead.matches();
            if (!isHeading && ANY_HEADING.matcher(line).find() && (status != null || !found.isEmpty())) {
                break; // a page of incidents, each under its heading: the first incident's updates end here
            }
            // an update led by its status ends at its paragraph's end, unless its time follows on a line of its own
            boolean paragraphEnds = !underHeading && line.isEmpty() && !text.toString().isBlank()
                    && !(when == null && stampFollows(lines, i));
            if (isHeading || isLead || (status != null && paragraphEnds)) {
                if (status != null) {
                    found.add(update(status, when, emphasised, text));
                }
                status = null;
                emphasised = false;
                when = null;
                text.setLength(0);
            }
            if (isHeading) {
                status = STATUS_NAMES.get(heading.group(1).toLowerCase(Locale.ROOT));
                when = heading.group(2).isEmpty() ? null : heading.group(2);
                underHeading = true;
            } else if (isLead) {
                status = STATUS_NAMES.get(lead.group("status").toLowerCase(Locale.ROOT));
                when = Stream.of(lead.group("bracketed"), lead.group("stamp"), lead.group("after")).filter(Objects::nonNull)
                        .findFirst().orElse(null);
                underHeading = false;
                // cState's and Statuspage's own form, "*Investigating* - …", marks an update without its time
                emphasised = !lead.group("mark").isEmpty() && !lead.group("separator").isEmpty();
                text.append(lead.group("text")).append('\n');
            } else if (status != null) {
                if (when == null && isStamp(line)) {
                    when = line;
                } else {
                    text.append(line).append('\n');
                }
            }
        }
        if (status != null) {
            found.add(update(status, when, emphasised, text));
        }
        boolean statusPage = found.stream().filter(Update::marked).count() >= 2 && found.stream()
                .anyMatch(u -> u.status().equals("investigating") || u.status().equals("resolved"));
        if (!statusPage) {
            return new StatusUpdates(List.of());
        }
        String first = found.get(0).status();
        String last = found.get(found.size() - 1).status();
        if ((first.equals("resolved") && !last.equals("resolved"))
                || (last.equals("investigating") && !first.equals("investigating"))) {
            Collections.reverse(found); // newest first, as Statuspage and cState list them
        }
        return new StatusUpdates(firstIncident(found));
    }

    private static boolean isStamp(String line) {
        return POSTED.matcher(line).matches() || STAMP_ONLY.matcher(line).matches();
    }

    /** Whether the next line with text after {@code blank} only says when the update was posted. */
    private static boolean stampFollows(String[] lines, int blank) {
        for (int i = blank + 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return isStamp(lines[i].strip());
            }
        }
        return false;
    }

    /** The updates up to and including the first that resolves: a page may hold a later incident after it. */
    private static List<Update> firstIncident(List<Update> chronological) {
        for (int i = 0; i < chronological.size(); i++) {
            if (chronological.get(i).status().equals("resolved")) {
                return List.copyOf(chronological.subList(0, i + 1));
            }
        }
        return List.copyOf(chronological);
    }

    /** An update; cState's {@code {{< track "2019-03-30 20:08:19" >}}} in its text says when it was posted. */
    private static Update update(String status, String when, boolean emphasised, StringBuilder text) {
        Matcher track = TRACK.matcher(text);
        String posted = when == null && track.find() ? track.group(1) : when;
        String stripped = TRACK.matcher(text).replaceAll("").strip();
        return new Update(status, posted, stripped.isEmpty() ? null : stripped, when != null || emphasised);
    }

    /** The updates, oldest first. */
    List<Update> updates() {
        return updates;
    }

    /** Whether the document is not told as status updates. */
    boolean isEmpty() {
        return updates.isEmpty();
    }

    /** What the first update saw, when it investigates: the incident in its first words. */
    String firstSeen() {
        return updates.isEmpty() || !OPENING.contains(updates.get(0).status()) ? null : told(updates.get(0));
    }

    /** What the "Identified" update found. */
    String identified() {
        return updates.stream().filter(u -> u.status().equals("identified")).map(StatusUpdates::told)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * How the service came back: the resolving update, else the last "Monitoring" one, when either says more than the
     * page's default.
     */
    String resolution() {
        for (int i = updates.size() - 1; i >= 0; i--) {
            Update update = updates.get(i);
            String told = told(update);
            if (told != null && (update.status().equals("resolved") || update.status().equals("monitoring")
                    || update.status().equals("mitigated"))) {
                return told;
            }
        }
        return null;
    }

    /** The incident's length from its first update to its resolution, when both say when they were posted. */
    Optional<String> span(PostmortemDate day) {
        if (updates.size() < 2 || !updates.get(updates.size() - 1).status().equals("resolved")) {
            return Optional.empty();
        }
        String start = updates.get(0).when();
        String end = updates.get(updates.size() - 1).when();
        return start == null || end == null ? Optional.empty() : IncidentSpan.between(start, end, day);
    }

    /** The day of the first update that names one. */
    Optional<PostmortemDate> firstDay() {
        return updates.stream().map(Update::when).filter(Objects::nonNull).map(PostmortemDate::find)
                .flatMap(Optional::stream).findFirst();
    }

    private static String told(Update update) {
        String text = update.text();
        return text == null || DEFAULT_TEXT.matcher(text).matches() ? null : text;
    }
}
