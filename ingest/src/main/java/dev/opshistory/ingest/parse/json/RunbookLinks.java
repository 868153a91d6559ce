package dev.opshistory.ingest.parse.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a runbook link in an alert's custom details (PagerDuty {@code body.details}, Opsgenie
 * {@code details}, JSM {@code extraProperties}) and among PagerDuty's link {@code contexts}. A link is named a
 * runbook or playbook by its key ({@code runbook_url}), its Markdown text ({@code [runbook](…)}), a label just
 * before it on its line ("Runbook: https://…") or its address ({@code …/runbooks/api-errors}); such a link wins over
 * a link that is only on a wiki (a key {@code wiki}, an address with "wiki": every Confluence page has one), which is
 * taken when there is no other. A link to a postmortem or an incident review is never a runbook, wherever it is
 * ("[Post-mortem: 2026-02-15 CPU incident](https://wiki.internal/postmortems/2026-02-15)").
 */
public final class RunbookLinks {

    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>)\\]]+");
    private static final Pattern RUNBOOK_WORD = Pattern.compile("(?i)run[-_ ]?books?|play[-_ ]?books?");
    private static final Pattern WIKI_WORD = Pattern.compile("(?i)wiki");
    /** What a write-up of a past incident is called, in its address or its link's text. */
    private static final Pattern REVIEW_WORD = Pattern.compile("(?i)post[-_ +]?mortem|incident[-_ +]review|retrospective"
            + "|\\bretro\\b|\\brca\\b|root[-_ +]cause[-_ +]analysis");
    /** A Markdown link's text before its address: {@code [text](}. */
    private static final Pattern LINK_TEXT = Pattern.compile("\\[([^\\]\\n]{0,200})\\]\\(\\s*$");
    /** How far before a link on its line a label naming it is looked for ("Runbook: ", "see the playbook at "). */
    private static final int LABEL_CHARS = 40;

    private RunbookLinks() {
    }

    /** How well a link is named as a runbook. */
    private enum Naming { NONE, WIKI, RUNBOOK }

    /** The runbook URL in {@code details} (an object of key/values or free text), or null. */
    public static String find(JsonNode details) {
        if (details == null || details.isNull()) {
            return null;
        }
        if (details.isTextual()) {
            return new Best().inText(details.asText()).url;
        }
        if (!details.isObject()) {
            return null;
        }
        Best best = new Best();
        for (Iterator<Map.Entry<String, JsonNode>> it = details.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isValueNode()) {
                Naming byKey = naming(field.getKey());
                Matcher url = URL.matcher(field.getValue().asText());
                if (byKey != Naming.NONE && url.find()) {
                    best.offer(url.group(), "", byKey);
                }
            }
        }
        for (Iterator<JsonNode> it = details.elements(); it.hasNext() && best.naming != Naming.RUNBOOK; ) {
            JsonNode value = it.next();
            if (value.isValueNode()) {
                best.inText(value.asText());
            }
        }
        return best.url;
    }

    /**
     * The runbook URL among PagerDuty {@code contexts} ({@code [{type:"link", href, text}]}): a link whose
     * text or address names a runbook or playbook, else one on a wiki, or null.
     */
    public static String fromContexts(JsonNode contexts) {
        if (contexts == null || !contexts.isArray()) {
            return null;
        }
        Best best = new Best();
        for (JsonNode context : contexts) {
            JsonNode href = context.get("href");
            if (href == null || !href.isTextual()) {
                continue;
            }
            Matcher url = URL.matcher(href.asText());
            JsonNode text = context.get("text");
            String label = text != null && text.isValueNode() ? text.asText() : "";
            if (url.find()) {
                best.offer(url.group(), label, naming(label));
            }
        }
        return best.url;
    }

    private static Naming naming(String text) {
        return RUNBOOK_WORD.matcher(text).find() ? Naming.RUNBOOK : WIKI_WORD.matcher(text).find() ? Naming.WIKI : Naming.NONE;
    }

    private static Naming max(Naming a, Naming b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The best-named link seen so far: the first of the best naming. */
    private static final class Best {
        private String url;
        private Naming naming = Naming.NONE;

        /** A link named by its label (or NONE) or else by its address; never a link to a review, however named. */
        void offer(String candidate, String label, Naming byLabel) {
            if (!REVIEW_WORD.matcher(label).find() && !REVIEW_WORD.matcher(candidate).find()) {
                offer(candidate, max(byLabel, naming(candidate)));
            }
        }

        private void offer(String candidate, Naming how) {
            if (how.compareTo(naming) > 0) {
                url = candidate;
                naming = how;
            }
        }

        /** Every link of a free text, named by its Markdown text, a label before it on its line, or its address. */
        Best inText(String text) {
            Matcher url = URL.matcher(text);
            while (url.find() && naming != Naming.RUNBOOK) {
                String before = text.substring(Math.max(0, url.start() - 200), url.start());
                Matcher linkText = LINK_TEXT.matcher(before);
                String label = linkText.find() ? linkText.group(1) + " " + lineBefore(before.substring(0, linkText.start()))
                        : lineBefore(before);
                // a label of free text names a runbook, not a wiki: "wiki" before a link is no more than its address says
                offer(url.group(), label, RUNBOOK_WORD.matcher(label).find() ? Naming.RUNBOOK : Naming.NONE);
            }
            return this;
        }

        private static String lineBefore(String before) {
            int lineStart = before.lastIndexOf('\n') + 1;
            String line = before.substring(lineStart);
            return line.length() <= LABEL_CHARS ? line : line.substring(line.length() - LABEL_CHARS);
        }
    }
}
