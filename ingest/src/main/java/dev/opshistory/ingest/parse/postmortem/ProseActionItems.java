package dev.opshistory.ingest.parse.postmortem;

import dev.opshistory.model.ActionItem;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Action items as a short write-up with no section for them promises them in its prose: "We will amend our test suite
 * to cover this as an additional case", "we plan to create scripts that update this page", "A proper fix will be
 * deployed on 12/11/2025". Each such sentence is one item, its status unknown. A status page's promise to keep its
 * readers posted ("We will provide an update within the hour", "we'll continue to monitor") and a post's promise to
 * its reader ("we will explain below") are no action items; nor is a promise in a question or a conditional.
 */
final class ProseActionItems {

    /** Enough for a write-up that gives its items as sentences; more are rather its story told in the future tense. */
    private static final int MOST_ITEMS = 8;
    /** What a status update or a post promises its readers, not a change to the system or the process. */
    private static final String NO_ACTION = "(?:provide|post|share|update|report|announce|communicate|keep|continue|be back|let|follow up|look into"
            + "|investigate|monitor|send|publish|notify|inform|reach out|contact|explain|describe|discuss|cover|detail"
            + "|go (?:through|over|into)|walk (?:through|you)|show|talk|write|dive|see|never|not|now|also be|be (?:posting"
            + "|sharing|providing|updating|monitoring|investigating|in touch|back|happy|glad|able))\\b";
    private static final Pattern PROMISE = Pattern.compile("(?i)(?:\\b(?:we|our team|the team)(?: will|'ll|’ll| are going to"
            + "| plan to| intend to| are planning to| have planned to)(?: (?:also|then|additionally|further|thoroughly"
            + "|carefully|soon|shortly|immediately))?) (?!" + NO_ACTION + ")\\p{L}{3,}"
            + "|\\b(?:a|the) (?:proper|permanent|long-term|full|final|definitive) fix (?:will|is going to) be"
            + " (?:deployed|released|shipped|rolled out|applied|implemented)");
    /** A promise that is conditional or asked: "if we will", "whether we'll". */
    private static final Pattern DENIED = Pattern.compile("(?i)\\b(?:if|unless|whether|once|when|until)\\b[^.!?]*$");

    private ProseActionItems() {
    }

    /** The items the texts promise, in order, each sentence once; empty when they promise none. */
    static List<ActionItem> find(String... texts) {
        return ProseSentences.all(PROMISE, DENIED, MOST_ITEMS, texts).stream()
                .map(sentence -> new ActionItem(sentence, null, null, null))
                .toList();
    }
}
