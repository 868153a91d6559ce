package dev.opshistory.app.generate;

import dev.opshistory.app.generate.PagerDutyAccount.User;
import dev.opshistory.app.generate.Story.ActionItem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Writes a real incident's postmortem in the Google SRE book layout (title, date, authors, status, summary,
 * impact, root causes, trigger, resolution, detection, action items table, lessons learned, timeline,
 * supporting information), naming the incident as {@code incident #<number>} and by its PagerDuty URL, as the
 * postmortem parser expects. The text is the generator's own (no export text), so nothing needs escaping.
 */
final class PostmortemWriter {

    private final OutputFiles files;

    PostmortemWriter(OutputFiles files) {
        this.files = files;
    }

    /** Writes the postmortem of a resolved real incident and returns its path relative to the output folder. */
    String write(PdIncident inc) throws IOException {
        Story.Told told = inc.truth.story;
        Story story = told.story();
        String path = "postmortems/" + Times.date(inc.created) + "-" + story.cause().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + "-" + inc.number + ".md";
        try (OutputStream out = files.create(path); Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write(text(inc, told));
        }
        return path;
    }

    private static String text(PdIncident inc, Story.Told told) {
        Story story = told.story();
        Instant t0 = inc.created;
        Instant ack = inc.ack.at();
        Instant resolved = inc.resolved.at();
        long minutes = Duration.between(t0, resolved).toMinutes();
        long toAck = Duration.between(t0, ack).toMinutes() + 1;
        User author = inc.ack.user();
        List<User> team = inc.service.team().rota();
        String url = inc.htmlUrl();
        String ticket = told.domain().substring(0, Math.min(3, told.domain().length())).toUpperCase(Locale.ROOT);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(told.title()).append(" Postmortem (incident #").append(inc.number).append(")\n\n");
        section(md, "Date", Times.date(t0));
        section(md, "Authors", "* " + author.name());
        section(md, "Status", "Complete, action items in progress");
        section(md, "Summary", told.fill(story.summary()) + " PagerDuty incident #" + inc.number + " (" + url + "), "
                + minutes + " minutes from the first page to resolution.");
        section(md, "Impact", told.fill(story.impact()));
        section(md, "Root Causes", told.fill(story.rootCause()));
        section(md, "Trigger", told.fill(story.trigger()).replaceAll("\\.$", "") + ", at "
                + Times.hourMinute(t0.minus(Duration.ofMinutes(3))) + " UTC.");
        section(md, "Resolution", told.fill(story.resolution()));
        section(md, "Detection", told.fill(story.detection()) + " Acknowledged within " + toAck + " minutes"
                + (inc.escalated != null ? ", after escalation to the secondary by timeout." : "."));
        md.append("## Action Items\n\n| Action Item | Type | Owner | Bug |\n| ----------- | ---- | ----- | --- |\n");
        List<ActionItem> items = story.actionItems();
        for (int i = 0; i < items.size(); i++) {
            ActionItem item = items.get(i);
            User owner = team.get((int) ((inc.number + i) % team.size()));
            String status = (inc.number + i) % 3 == 0 ? "TODO" : "DONE";
            md.append("| ").append(told.fill(item.text())).append(" | ").append(item.type()).append(" | ").append(owner.name())
                    .append(" | ").append(ticket).append('-').append(inc.number * 10 + i).append(" **").append(status).append("** |\n");
        }
        md.append('\n');
        md.append("## Lessons Learned\n\n");
        md.append("### What went well\n\n* ").append(told.fill(story.wentWell())).append("\n\n");
        md.append("### What went wrong\n\n* ").append(told.fill(story.wentWrong())).append("\n\n");
        md.append("### Where we got lucky\n\n* ").append(told.fill(story.lucky())).append("\n\n");
        md.append("## Timeline\n\n").append(Times.date(t0)).append(" (*all times UTC*)\n\n");
        md.append("| Time  | Description |\n| ----- | ----------- |\n");
        row(md, t0.minus(Duration.ofMinutes(3)), "**OUTAGE BEGINS** -- " + told.fill(story.trigger()));
        row(md, t0, "PagerDuty incident #" + inc.number + " triggered");
        if (inc.escalated != null) {
            row(md, inc.escalated.at(), "Escalated to the secondary by timeout");
        }
        row(md, ack, author.name() + " acknowledges");
        for (PdIncident.Note note : inc.notes) {
            row(md, note.at(), note.content());
        }
        row(md, resolved, "**INCIDENT ENDS**, incident resolved");
        md.append('\n');
        section(md, "Supporting Information", "* PagerDuty incident: " + url);
        return md.toString();
    }

    private static void section(StringBuilder md, String name, String body) {
        md.append("## ").append(name).append("\n\n").append(body).append("\n\n");
    }

    private static void row(StringBuilder md, Instant at, String text) {
        md.append("| ").append(Times.hourMinute(at)).append(" | ").append(text.replace("|", "/")).append(" |\n");
    }
}
