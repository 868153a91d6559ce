package dev.opshistory.ingest.parse.jira;

import dev.opshistory.ingest.parse.postmortem.EmbeddedPostmortem;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.PostmortemDetails;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A post-incident review kept as a Jira issue, as a POSTMORTEM event: its description read as a Markdown
 * postmortem under its summary as title, named by its key, with the keys of the issues it links among its incident
 * references (the incident it reviews is linked, not always named in the text), dated by its text, else by the
 * issue's creation.
 */
public final class JiraReview {

    private JiraReview() {
    }

    /**
     * @param key         the issue key, the postmortem's name
     * @param title       the summary, or null
     * @param markdown    the description as Markdown, or null
     * @param linkedKeys  keys of the issues it links
     * @param created     the creation
     * @throws IllegalArgumentException when the description opens with front matter that cannot be read
     */
    public static CanonicalEvent of(String key, String title, String markdown, Collection<String> linkedKeys,
            Instant created, String htmlUrl, String sourceFile) {
        CanonicalEvent read = EmbeddedPostmortem.read("# " + (title == null ? "" : title.replace('\n', ' ')) + "\n\n"
                + (markdown == null ? "" : markdown), key);
        PostmortemDetails pm = read.postmortem();
        Set<String> refs = new LinkedHashSet<>(pm.incidentRefs());
        refs.addAll(linkedKeys);
        CanonicalEvent.Builder event = read.toBuilder()
                .postmortem(new PostmortemDetails(pm.date(), List.copyOf(refs), pm.summary(), pm.impact(), pm.duration(),
                        pm.rootCause(), pm.trigger(), pm.resolution(), pm.detection(), pm.actionItems(), pm.lessons(), pm.rootCauseInProse()))
                .htmlUrl(htmlUrl)
                .sourceFile(sourceFile);
        if (pm.date() == null) {
            event.createdAt(created);
        }
        return event.build();
    }
}
