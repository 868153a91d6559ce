package dev.opshistory.app.generate;

import dev.opshistory.model.RootCause;
import java.util.List;

/**
 * A real incident's story in one root-cause category: its title, the notes responders wrote while working
 * on it, and the postmortem's text. Placeholders: {@code {svc}} service, {@code {domain}} its domain,
 * {@code {release}} a release name, {@code {n}} a number of the incident's own.
 */
record Story(RootCause cause, String title, List<String> notes, String summary, String impact, String rootCause,
        String trigger, String resolution, String detection, List<ActionItem> actionItems, String wentWell,
        String wentWrong, String lucky) {

    /** One row of the action-item table. */
    record ActionItem(String text, String type) {
    }

    /** The story told about one incident. */
    Told tell(String service, String domain, String release, int number) {
        return new Told(this, service, domain, release, number);
    }

    /** A story with its placeholders filled. */
    record Told(Story story, String service, String domain, String release, int number) {
        String fill(String text) {
            return text.replace("{svc}", service).replace("{domain}", domain).replace("{release}", release)
                    .replace("{n}", Integer.toString(number));
        }

        String title() {
            return fill(story.title());
        }
    }
}
