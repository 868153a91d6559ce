package dev.opshistory.analytics.evaluate;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.PostmortemDetails;
import dev.opshistory.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one evaluation text (a Markdown postmortem or incident description) into a POSTMORTEM event for the
 * root-cause rules: the first {@code #} heading is the title; sections, written as {@code ##} headings, bold
 * paragraph leads ({@code **Cause.** …}) or label lines ({@code Root cause: …}), are sorted by their heading
 * into summary, root cause, trigger and resolution; impact, detection, timeline, lessons and action items are
 * left out (they describe symptoms and alerts, not causes); anything else, and a text with no sections at all,
 * is the description. YAML front matter is dropped. A small stand-in for the ingest postmortem parser, which
 * analytics cannot depend on.
 */
final class EvalTexts {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R.*?\\R---\\R", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("^#{2,6}\\s+(.+?)\\s*#*$");
    private static final Pattern BOLD_LEAD = Pattern.compile("^\\*\\*([^*]{2,40}?)[.:]?\\*\\*[.:]?\\s*(.*)$");
    private static final Pattern LABEL_LINE = Pattern.compile(
            "^(root causes?|causes?|summary|resolution|trigger|impact|fix|mitigation|status|duration|detection)\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);

    private enum Kind { SUMMARY, ROOT_CAUSE, TRIGGER, RESOLUTION, SKIP, DESCRIPTION }

    private EvalTexts() {
    }

    static CanonicalEvent toEvent(String id, String markdown) {
        String body = FRONT_MATTER.matcher(markdown.replace("\r\n", "\n")).replaceFirst("");
        String title = null;
        StringBuilder[] parts = new StringBuilder[Kind.values().length];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = new StringBuilder();
        }
        Kind current = Kind.DESCRIPTION;
        for (String line : body.split("\n")) {
            String trimmed = line.strip();
            if (title == null && trimmed.startsWith("# ")) {
                title = trimmed.substring(2).strip();
                continue;
            }
            Matcher h = HEADING.matcher(trimmed);
            if (h.matches()) {
                current = kindOf(h.group(1));
                continue;
            }
            Matcher lead = BOLD_LEAD.matcher(trimmed);
            Matcher label = LABEL_LINE.matcher(trimmed);
            if (lead.matches()) {
                current = kindOf(lead.group(1));
                trimmed = lead.group(2);
            } else if (label.matches()) {
                current = kindOf(label.group(1));
                trimmed = label.group(2);
            }
            if (!trimmed.isEmpty()) {
                parts[current.ordinal()].append(trimmed).append('\n');
            }
        }
        PostmortemDetails details = new PostmortemDetails(null, List.of(), text(parts, Kind.SUMMARY), null, null,
                text(parts, Kind.ROOT_CAUSE), text(parts, Kind.TRIGGER), text(parts, Kind.RESOLUTION), null,
                new ArrayList<>(), null);
        return CanonicalEvent.builder()
                .kind(EventKind.POSTMORTEM).source(Source.POSTMORTEM).sourceId(id)
                .title(title).description(text(parts, Kind.DESCRIPTION)).postmortem(details).build();
    }

    private static Kind kindOf(String heading) {
        String h = heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").trim();
        if (h.contains("root cause") || h.equals("cause") || h.equals("causes") || h.startsWith("why")) {
            return Kind.ROOT_CAUSE;
        }
        if (h.contains("trigger") || h.contains("leadup") || h.contains("lead up")) {
            return Kind.TRIGGER;
        }
        if (h.contains("summary") || h.contains("overview") || h.contains("what happened")) {
            return Kind.SUMMARY;
        }
        if (h.contains("resolution") || h.contains("recovery") || h.contains("mitigation") || h.equals("fix")
                || h.startsWith("how we fixed") || h.contains("remediation")) {
            return Kind.RESOLUTION;
        }
        if (h.contains("impact") || h.contains("detection") || h.contains("timeline") || h.contains("action")
                || h.contains("lesson") || h.contains("went") || h.contains("lucky") || h.contains("author")
                || h.equals("status") || h.equals("date") || h.equals("duration")) {
            return Kind.SKIP;
        }
        return Kind.DESCRIPTION;
    }

    private static String text(StringBuilder[] parts, Kind kind) {
        String s = parts[kind.ordinal()].toString().strip();
        return s.isEmpty() ? null : s;
    }
}
