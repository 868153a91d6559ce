package dev.opshistory.ingest.parse.postmortem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an incident was ended, as a write-up without a resolution section tells it in its timeline: the last remedial
 * step at or before the entry that says it was over ("00:48Z Rollback to rev 300; errors clear", "12:08 PM Primary CDN
 * failed over to the secondary" before "12:15 PM Service restored"). A timeline that never says the incident ended
 * gives none: its last step may have been one more attempt.
 */
final class TimelineResolution {

    /** A step that ends incidents: rolling back, failing over, restarting, shipping a fix. */
    private static final Pattern REMEDY = Pattern.compile("(?i)\\b(?:roll(?:ed|ing|s)?[ -]?back|rollback|revert(?:ed|ing|s)?"
            + "|fail(?:ed|ing|s)?[ -]over|failover (?:to|of|completed|complete|done|triggered|performed|executed|finished)"
            + "|(?:triggered|performed|executed|completed|initiated) (?:a |the )?(?:manual )?failover"
            + "|restart(?:ed|ing|s)?|reboot(?:ed|ing|s)?|redeploy(?:ed|ing|s)?"
            + "|hot-?fix(?:ed|es)?|(?:fix|patch)(?:es)? (?:was |is |were |are )?(?:deployed|released|applied|merged|shipped"
            + "|rolled out)|(?:deploy(?:ed|s)?|release[sd]?|appl(?:ied|ies)|ship(?:ped|s)?|roll(?:ed|s)? out) (?:a |the )?"
            + "(?:\\S+ )?(?:fix|patch)|scaled (?:up|out)|re-?enabled)\\b");
    /** An entry that says the incident was over. */
    private static final Pattern OVER = Pattern.compile("(?i)\\b(?:resolved|restored|recovered|mitigated|back (?:online|up"
            + "|to normal)|(?:fully )?operational again|errors? (?:clear|cleared|stop|stopped|subside|subsided)"
            + "|all clear|incident (?:closed|ended|over)|(?:is|was|are|were) (?:now )?(?:available|reachable|up|working) again)\\b");
    /**
     * An attempt, not a step taken ("attempts to restart", "tried to fail over", "could not roll back"), or what befell
     * the system rather than what its people did ("an unplanned reboot", "crashed and restarted").
     */
    private static final Pattern ATTEMPTED = Pattern.compile("(?i)(?:\\b(?:not|never|no|without|attempts?|attempted|tries"
            + "|tried|try|trying|unable|considered|considering|prepar(?:es|ed|ing)|unplanned|unexpected|unexpectedly"
            + "|spontaneous|accidental|accidentally|random|crashed|crashes)|n['’]t)\\b(?:\\s+\\S+){0,3}\\s*$");
    /**
     * A step told as a possibility, not as taken: "an outage will recur after restarting", "if we roll back" (not the
     * month: "May 3 14:00 Rolled back").
     */
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:will|would|could|might|should|if|unless"
            + "|whether)\\b|\\bmay\\b(?!\\s+\\d)");
    private static final int SHORTEST_ENTRY_WORDS = 3;
    /** Longer than an entry: several entries run together. */
    private static final int LONGEST_ENTRY = 300;

    private TimelineResolution() {
    }

    /** The last remedial entry at or before the first that says the incident was over, without its list mark; or null. */
    static String find(String timeline) {
        if (timeline == null) {
            return null;
        }
        String remedy = null;
        for (String line : TimelineDetection.ENTRY_BREAK.split(timeline)) {
            String entry = TimelineDetection.LIST_MARK.matcher(line).replaceFirst("").strip();
            if (entry.split("\\s+").length < SHORTEST_ENTRY_WORDS) {
                continue;
            }
            Matcher step = REMEDY.matcher(entry);
            // longer than an entry: several run together, which say more than one step
            if (entry.length() <= LONGEST_ENTRY && step.find() && !ATTEMPTED.matcher(entry.substring(0, step.start())).find()
                    && !HYPOTHETICAL.matcher(entry.substring(0, step.start())).find()
                    && !ProseResolution.FAILED.matcher(entry.substring(step.end())).find()) {
                remedy = entry;
            }
            Matcher over = OVER.matcher(entry);
            if (over.find() && !TimelineDetection.DENIED.matcher(entry.substring(0, over.start())).find()) {
                return remedy;
            }
        }
        return null;
    }
}
