package dev.opshistory.analytics.rootcause;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much a term counts where it stands in its sentence. Incident write-ups name many things; the sentence
 * that states the cause ("… was caused by X", "because X", "the trigger was X", "X led to the outage") is
 * what the authors concluded, while sentences that suspect or list hypotheses ("we first suspected X",
 * "possible explanations: X, Y", "it looked like X at first") name what they did not conclude. A term in a
 * hypothesis segment is multiplied by {@link Rules#hypothesisFactor()}; a term in the stated-cause part of a
 * segment by {@link Rules#causeBoost()}; anything else by 1.
 *
 * <p>A segment runs to the end of its sentence ({@code . ! ?} before a space, {@code ;}, a line break) or to a
 * contrast word ("but", "however", "although", "whereas"), so "we first suspected the network, but the cause
 * was a bug in the new release" damps "network" and boosts "bug" and "release". The stated-cause part runs
 * from an after-cue ("caused by", "due to", "because", "the root cause was") to the end of the segment or to a
 * before-cue that opens the consequence ("…, which brought down the network"), or from the start of the segment
 * to a before-cue ("led to", "was the cause") that is not passive ("was brought down by" is none). Cues are
 * whole words, any case; "..." in a cue stands for a few words of the same sentence ("cause of ... was").
 *
 * <p>A contrast word inside parentheses does not end the segment: an aside such as "(no packet loss recorded,
 * but the counters are sampled)" belongs to the sentence around it, hypothesis and all. A term inside double
 * quotes ("the app showed “network error”", "logged \"connection refused\"") is what a user, a log or a page
 * said, a symptom in someone else's words rather than the authors' conclusion, and counts
 * {@link Rules#quoteFactor()} times its weight (never boosted).
 */
final class SentenceContext implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern SEGMENT_END = Pattern.compile(
            "[.!?](?=\\s|$)|[;\\n\\r]|(?<![\\p{L}\\p{N}])(?:but|however|although|though|whereas)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    /**
     * A quoted span on one line: straight or curly double quotes, at most 100 characters, so that a stray quote
     * mark does not damp a paragraph.
     */
    /** What may stand before a cue that opens its segment: spaces, list marks, emphasis, a label line's colon. */
    private static final Pattern LEAD = Pattern.compile("[\\s\\-*_>#:]*");
    /**
     * Cues that open a subordinate clause ("Because X, Y", "Due to X, Y"); a label ("Cause: X, Y") states the
     * cause through its commas.
     */
    private static final Pattern SUBORDINATING = Pattern.compile("(?:because|due\\s+to|since|owing\\s+to)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\n\\r]{1,100}\"|“[^”\\n\\r]{1,100}”");
    /** A question of a five-whys chain: "Why did the job fail?", "2. **Why?**", on one line. */
    private static final Pattern WHY_QUESTION = Pattern.compile("(?<![\\p{L}\\p{N}])why(?![\\p{L}\\p{N}])[^?\\n\\r]{0,200}\\?",
            Pattern.CASE_INSENSITIVE);
    /**
     * A why-question about how the failure went unnoticed or how long it lasted ("Why was it not caught?",
     * "Why did nobody notice?"): its answer explains detection or response, not the cause.
     */
    private static final Pattern DETECTION_QUESTION = Pattern.compile(
            "caught|catch|detect|notice|spott?ed|alert|paged|monitor|so long|longer|not see|find out",
            Pattern.CASE_INSENSITIVE);
    /** What may stand between a question and its answer: emphasis, spaces, a line break. */
    private static final Pattern ANSWER_LEAD = Pattern.compile("[\\s*_]*");
    /** Fewer words than this between a cause cue and a colon only announce the cause: "The cause was ours: …". */
    private static final int ANNOUNCING_WORDS = 2;
    /**
     * Words before a cause cue that make its clause explain how long the failure lasted or how it was noticed
     * or stopped, not the failure itself: "The incident lasted as long as it did because …", "It took us until
     * noon to reach them, because …", "It was stopped because a clerk noticed …". Such a cue states no cause.
     */
    static final Pattern DURATION_OR_DETECTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:lasted|as long as|so long|took (?:us|them|me) |"
                    + "took until|went unnoticed|unnoticed|not (?:noticed|detected|caught|spotted)|was (?:stopped|caught|"
                    + "noticed|detected|spotted)|were (?:stopped|caught|noticed|detected|spotted)|(?:noticed|detected|"
                    + "caught|spotted) (?:it|this|the problem|the issue) )",
            Pattern.CASE_INSENSITIVE);
    /**
     * A line that opens the remediation part of a text: a label alone on its line ("What we are changing", "**Next
     * steps**") or followed by a colon ("Actions: reject rows …"). What follows, to the end of the field or to a
     * line that opens a cause again ("Root cause", "Why …", "Trigger"), says what was or will be changed: it names
     * the parts that were fixed, not the cause, and counts like a hypothesis.
     */
    static final Pattern REMEDIATION_LABEL = Pattern.compile(
            "^[\\s*_#>\\-]*(?:what we(?:'re|’re| are| have| will| did)? (?:be )?(?:chang|fix|do|improv)\\w*(?: next)?|"
                    + "action(?:s| items?)?|next steps|follow[- ]?ups?|remediations?|corrective actions?|"
                    + "preventive (?:actions?|measures)|preventative (?:actions?|measures)|lessons learn[et]d?|"
                    + "how we fixed it|what we fixed)[\\s*_]*(?::|\\.?[\\s*_]*$)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    /**
     * A paragraph that opens by saying what was done about the failure or what it did to customers ("Remediation
     * involved …", "To prevent a recurrence, …", "In response, …", "Customer impact was …"): it names the parts
     * that were fixed or hurt, not the cause, and counts like a hypothesis to the end of the paragraph.
     */
    static final Pattern REMEDIATION_PARAGRAPH = Pattern.compile(
            "^[\\s*_#>\\-]*(?:(?:immediate |long-term )?remediation (?:involved|efforts|included|steps|was|work)|"
                    + "to (?:prevent|resolve|mitigate|address|avoid) |in response\\b|as a result of this incident|"
                    + "(?:the )?customer impact\\b|going forward\\b|moving forward\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    /** The end of a paragraph: a blank line. */
    private static final Pattern PARAGRAPH_END = Pattern.compile("\\n[ \\t]*\\r?\\n");
    /** A line that opens a cause again after a remediation label: "Root cause", "Cause:", "Why …", "Trigger". */
    private static final Pattern CAUSE_LABEL = Pattern.compile(
            "^[\\s*_#>\\-]*(?:root cause|cause|causes|why|trigger|contributing|what happened)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    /**
     * A status-page update that says the cause has been identified ({@link StatusPageLines#IDENTIFIED_UPDATE}):
     * the whole update, to the end of its line, states the cause, however many sentences it takes.
     */
    static final Pattern IDENTIFIED_UPDATE = StatusPageLines.IDENTIFIED_UPDATE;
    /** Words right before a before-cue that deny it: "nothing was wrong with the volume", "no one was to blame". */
    private static final Pattern DENIED_BEFORE_CUE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:nothing|no|none|nobody|no one|neither|never|not)\\s*$", Pattern.CASE_INSENSITIVE);
    /**
     * "by" right after a before-cue makes it passive: in "the site was brought down by a bad config" or "the
     * outage was caused by a bug" what precedes the cue is what suffered, not the cause.
     */
    private static final Pattern PASSIVE_AFTER_CUE = Pattern.compile("\\s+by(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);

    /**
     * The context rules of a rules file.
     *
     * @param causeCuesAfter   cues after which the segment states the cause ("caused by", "due to", "because")
     * @param causeCuesBefore  cues before which the segment states the cause ("led to", "was the root cause")
     * @param hypothesisCues   cues that make a segment a hypothesis or a suspicion ("suspected", "possible",
     *                         "looked like", "hypothesis")
     * @param causeBoost       multiplier of a term in the stated-cause part of a segment (≥ 1)
     * @param hypothesisFactor multiplier of a term in a hypothesis segment (in [0,1])
     * @param closeCallRatio   when the runner-up's score is at least this share of the winner's, the verdict is
     *                         UNKNOWN: the text does not decide between them (1 or more: never)
     * @param quoteFactor      multiplier of a term inside double quotes, a quoted message or symptom (in [0,1])
     * @param vehicleTerms     terms that say how a change arrived ("deploy", "rolled back", "merged"), not what
     *                         was wrong with it
     * @param vehicleFactor    multiplier of a vehicle term whose segment names another category's cause and no
     *                         cause of the vehicle's own category (in [0,1]): "the config change was rolled out"
     * @param modifierCategories categories (names) whose terms, right before a term of another category, only say
     *                         which part a fault of that other kind was in: "a bad BGP config", "the DNS
     *                         configuration change", "a security bug"
     * @param modifierFactor   multiplier of such a modifying term (in [0,1])
     * @param modifierTerms    terms of any category that, right before a term of another category, only say how
     *                         a fault of that other kind came about: "an accidental environment variable", "a
     *                         mistaken config change"; they count modifierFactor times too
     */
    record Rules(List<String> causeCuesAfter, List<String> causeCuesBefore, List<String> hypothesisCues,
                 double causeBoost, double hypothesisFactor, double closeCallRatio, double quoteFactor,
                 List<String> vehicleTerms, double vehicleFactor, List<String> modifierCategories,
                 double modifierFactor, List<String> modifierTerms) implements Serializable {

        private static final long serialVersionUID = 1L;

        /** No context: every term counts at its weight, and only a tie of scores is not decided by order. */
        static final Rules NONE = new Rules(List.of(), List.of(), List.of(), 1, 1, 2);

        Rules {
            causeCuesAfter = List.copyOf(causeCuesAfter);
            causeCuesBefore = List.copyOf(causeCuesBefore);
            hypothesisCues = List.copyOf(hypothesisCues);
            vehicleTerms = List.copyOf(vehicleTerms);
            modifierCategories = List.copyOf(modifierCategories);
            modifierTerms = List.copyOf(modifierTerms);
        }

        /** Terms that modify another category's term count like any other (rules written before they were read). */
        Rules(List<String> causeCuesAfter, List<String> causeCuesBefore, List<String> hypothesisCues,
              double causeBoost, double hypothesisFactor, double closeCallRatio, double quoteFactor,
              List<String> vehicleTerms, double vehicleFactor) {
            this(causeCuesAfter, causeCuesBefore, hypothesisCues, causeBoost, hypothesisFactor, closeCallRatio,
                    quoteFactor, vehicleTerms, vehicleFactor, List.of(), 1, List.of());
        }

        /** Quoted text and vehicle terms count like any other (rules written before they were read). */
        Rules(List<String> causeCuesAfter, List<String> causeCuesBefore, List<String> hypothesisCues,
              double causeBoost, double hypothesisFactor, double closeCallRatio) {
            this(causeCuesAfter, causeCuesBefore, hypothesisCues, causeBoost, hypothesisFactor, closeCallRatio, 1,
                    List.of(), 1);
        }
    }

    private final Rules rules;
    private final List<Cue> after;
    private final List<Cue> before;
    private final List<Cue> hypotheses;

    SentenceContext(Rules rules) {
        this.rules = rules;
        this.after = compile(rules.causeCuesAfter());
        this.before = compile(rules.causeCuesBefore());
        this.hypotheses = compile(rules.hypothesisCues());
    }

    /** The multiplier of a match of {@code text} starting at {@code start}. */
    double multiplier(String text, int start) {
        return read(text).multiplier(start);
    }

    /**
     * A text read once for many matches: its segment boundaries are found on the first call and each
     * segment's cues on the first match inside it, so the terms of a rules file (hundreds) do not each scan
     * the text again.
     */
    Reading read(String text) {
        return new Reading(text);
    }

    /** The segments of one text and the cues found in each; not thread-safe, one per classification. */
    final class Reading {

        private final String text;
        private int[] boundaryStarts;
        private int[] boundaryEnds;
        private int[] quoteStarts;
        private int[] quoteEnds;
        private int[] lastAnswer;
        private List<int[]> remediation;
        private List<int[]> identified;
        private final Map<Long, Cues> cuesBySegment = new HashMap<>();

        private Reading(String text) {
            this.text = text;
        }

        /** The multiplier of a match starting at {@code start}. */
        double multiplier(int start) {
            int[] segment = segment(start);
            Cues cues = cuesBySegment.computeIfAbsent(((long) segment[0] << 32) | segment[1],
                    k -> cues(text.substring(segment[0], segment[1])));
            int at = start - segment[0];
            if (cues.hypothesis() && at >= cues.hypothesisFrom()) {
                return rules.hypothesisFactor();
            }
            if (quoted(start)) {
                return rules.quoteFactor();
            }
            if (inRemediation(start)) {
                return rules.hypothesisFactor();
            }
            if (inLastAnswer(start) || inIdentifiedUpdate(start)) {
                return rules.causeBoost();
            }
            // "The outage was caused by a bad config, which led to …": before an after-cue stands what suffered,
            // so a before-cue after it does not make those words the cause.
            boolean beforeCueStatesFromStart = cues.firstAfterCueEnd() > cues.lastBeforeCueStart();
            if ((cues.firstAfterCueEnd() <= at && at < cues.statedCauseEnd())
                    || (beforeCueStatesFromStart && cues.lastBeforeCueStart() >= at)) {
                return rules.causeBoost();
            }
            return 1;
        }

        /** Where the segment holding {@code position} starts: matches with the same start share a segment. */
        int segmentStart(int position) {
            return segment(position)[0];
        }

        /** [start, end) of the segment holding {@code position}. */
        private int[] segment(int position) {
            if (boundaryStarts == null) {
                findBoundaries();
            }
            int start = 0;
            int end = text.length();
            for (int i = 0; i < boundaryStarts.length; i++) {
                if (boundaryEnds[i] <= position) {
                    start = boundaryEnds[i];
                } else if (boundaryStarts[i] >= position) {
                    end = boundaryStarts[i];
                    break;
                }
            }
            return new int[] {start, end};
        }

        /**
         * Whether {@code position} is in the last answer of a five-whys chain (at least two why-questions in
         * the text): the answer to the last question about the failure itself, up to the next question or the
         * end of its line. Each answer explains the one before, so the last is the deepest cause the authors
         * reached; an answer to a question about detection ("Why was it not caught?") is skipped.
         */
        private boolean inLastAnswer(int position) {
            if (lastAnswer == null) {
                lastAnswer = lastWhyAnswer(text);
            }
            return lastAnswer[0] <= position && position < lastAnswer[1];
        }

        /**
         * Whether {@code position} follows a remediation label (see {@link #REMEDIATION_LABEL}) or is in a paragraph
         * that opens with the remediation or the impact (see {@link #REMEDIATION_PARAGRAPH}).
         */
        private boolean inRemediation(int position) {
            if (remediation == null) {
                remediation = remediationSpans(text);
            }
            return covers(remediation, position);
        }

        /** Whether {@code position} is in a status-page "Identified" update (see {@link #IDENTIFIED_UPDATE}). */
        private boolean inIdentifiedUpdate(int position) {
            if (identified == null) {
                List<int[]> spans = new ArrayList<>();
                Matcher m = IDENTIFIED_UPDATE.matcher(text);
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                identified = spans;
            }
            return covers(identified, position);
        }

        private static boolean covers(List<int[]> spans, int position) {
            for (int[] span : spans) {
                if (span[0] <= position && position < span[1]) {
                    return true;
                }
            }
            return false;
        }

        private boolean quoted(int position) {
            if (quoteStarts == null) {
                List<int[]> spans = new ArrayList<>();
                Matcher m = QUOTED.matcher(text);
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                quoteStarts = spans.stream().mapToInt(q -> q[0]).toArray();
                quoteEnds = spans.stream().mapToInt(q -> q[1]).toArray();
            }
            for (int i = 0; i < quoteStarts.length; i++) {
                if (quoteStarts[i] < position && position < quoteEnds[i]) {
                    return true;
                }
            }
            return false;
        }

        private void findBoundaries() {
            List<int[]> found = new ArrayList<>();
            Matcher m = SEGMENT_END.matcher(text);
            while (m.find()) {
                if (Character.isLetter(text.charAt(m.start())) && insideParentheses(m.start())) {
                    continue; // a contrast word in an aside does not end the sentence around it
                }
                found.add(new int[] {m.start(), m.end()});
            }
            boundaryStarts = found.stream().mapToInt(b -> b[0]).toArray();
            boundaryEnds = found.stream().mapToInt(b -> b[1]).toArray();
        }

        /** Whether an opening parenthesis before {@code position} on its line is still open there. */
        private boolean insideParentheses(int position) {
            int depth = 0;
            for (int i = position - 1; i >= 0; i--) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    break;
                }
                if (c == ')') {
                    depth--;
                } else if (c == '(') {
                    depth++;
                    if (depth > 0) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * The parts of {@code text} that follow a remediation label, each to the next line that opens a cause again
     * or to the end of the text, and the paragraphs that open with the remediation or the impact, each to its end.
     */
    static List<int[]> remediationSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher paragraph = REMEDIATION_PARAGRAPH.matcher(text);
        while (paragraph.find()) {
            Matcher blank = PARAGRAPH_END.matcher(text);
            int end = blank.find(paragraph.end()) ? blank.start() : text.length();
            spans.add(new int[] {paragraph.start(), end});
        }
        Matcher m = REMEDIATION_LABEL.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int start = m.start();
            Matcher cause = CAUSE_LABEL.matcher(text);
            int lineEnd = text.indexOf('\n', m.end());
            int end = lineEnd >= 0 && cause.find(lineEnd + 1) ? cause.start() : text.length();
            spans.add(new int[] {start, end});
            from = Math.max(end, m.end());
        }
        return spans;
    }

    /** [start, end) of the last answer of a five-whys chain in {@code text}, or [-1, -1) when there is none. */
    static int[] lastWhyAnswer(String text) {
        List<int[]> questions = new ArrayList<>();
        Matcher m = WHY_QUESTION.matcher(text);
        while (m.find()) {
            questions.add(new int[] {m.start(), m.end()});
        }
        if (questions.size() < 2) {
            return new int[] {-1, -1};
        }
        for (int i = questions.size() - 1; i >= 0; i--) {
            int[] q = questions.get(i);
            if (DETECTION_QUESTION.matcher(text.substring(q[0], q[1])).find()) {
                continue;
            }
            Matcher lead = ANSWER_LEAD.matcher(text);
            lead.region(q[1], text.length());
            int start = lead.lookingAt() ? lead.end() : q[1];
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (i + 1 < questions.size()) {
                end = Math.min(end, questions.get(i + 1)[0]);
            }
            if (end > start) {
                return new int[] {start, end};
            }
        }
        return new int[] {-1, -1};
    }

    /**
     * The cues of one segment: whether it is a hypothesis and from where (0: all of it), where the first match of
     * each after-cue ends (the smallest such end), where the stated cause after it ends (the first comma when the
     * cue opens the segment, else nowhere), and where the last match of any before-cue starts.
     */
    private record Cues(boolean hypothesis, int hypothesisFrom, int firstAfterCueEnd, int statedCauseEnd,
                        int lastBeforeCueStart) {
    }

    private Cues cues(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        int hypothesisStart = Integer.MAX_VALUE;
        for (Cue h : hypotheses) {
            if (!h.mayMatch(lower)) {
                continue;
            }
            Matcher m = h.pattern().matcher(part);
            if (m.find()) {
                hypothesisStart = Math.min(hypothesisStart, m.start());
            }
        }
        if (hypothesisStart != Integer.MAX_VALUE) {
            // "Incorrectly configured backup identifiers led to data leaks and possible data loss": a hypothesis
            // cue after a before-cue doubts the consequence; the cause before the cue is stated.
            int firstBefore = firstBeforeCueStart(part, lower);
            if (firstBefore < 0 || firstBefore > hypothesisStart) {
                return new Cues(true, 0, Integer.MAX_VALUE, Integer.MAX_VALUE, -1);
            }
            return new Cues(true, firstBefore, Integer.MAX_VALUE, Integer.MAX_VALUE, firstBefore);
        }
        int firstAfterEnd = Integer.MAX_VALUE;
        int firstAfterStart = Integer.MAX_VALUE;
        String firstAfterCue = "";
        for (Cue a : after) {
            if (!a.mayMatch(lower)) {
                continue;
            }
            Matcher m = a.pattern().matcher(part);
            if (m.find() && m.end() < firstAfterEnd) {
                firstAfterEnd = m.end();
                firstAfterStart = m.start();
                firstAfterCue = m.group();
            }
        }
        // "Because the app showed an error, support asked customers to switch networks": a segment that opens
        // with the cue states the cause only up to the comma; what follows is the consequence.
        // "The incident lasted as long as it did because our alerts …": the cue explains the duration or the
        // detection, not the failure.
        if (firstAfterEnd != Integer.MAX_VALUE
                && DURATION_OR_DETECTION.matcher(part.substring(0, firstAfterStart)).find()) {
            firstAfterEnd = Integer.MAX_VALUE;
            firstAfterStart = Integer.MAX_VALUE;
            firstAfterCue = "";
        }
        int statedCauseEnd = Integer.MAX_VALUE;
        if (SUBORDINATING.matcher(firstAfterCue).matches()
                && LEAD.matcher(part.substring(0, firstAfterStart)).matches()) {
            int comma = part.indexOf(',', firstAfterEnd);
            statedCauseEnd = comma < 0 ? Integer.MAX_VALUE : comma;
        }
        // "The problem was in the feature's code: when the order was split, the default currency was used": the
        // cue's own words are the conclusion; a colon after them opens the account of how it happened, whose
        // words name the parts involved rather than the cause.
        // A cue followed by one word or none before the colon only announces the cause ("The cause was ours:
        // the job's environment file …", "Root cause was simple: …"); what follows the colon is the cause.
        int colon = firstAfterEnd == Integer.MAX_VALUE ? -1 : part.indexOf(':', firstAfterEnd);
        if (colon >= 0 && part.substring(firstAfterEnd, colon).trim().split("\\s+").length >= ANNOUNCING_WORDS) {
            statedCauseEnd = Math.min(statedCauseEnd, colon);
        }
        int lastBeforeStart = -1;
        int consequenceStart = Integer.MAX_VALUE;
        for (Cue b : before) {
            if (!b.mayMatch(lower)) {
                continue;
            }
            Matcher m = b.pattern().matcher(part);
            while (m.find()) {
                if (statesCause(part, m)) {
                    lastBeforeStart = Math.max(lastBeforeStart, m.start());
                    if (m.start() >= firstAfterEnd) {
                        consequenceStart = Math.min(consequenceStart, m.start());
                    }
                }
            }
        }
        // "The failure was caused by metadata that changed between versions, which brought down the networking":
        // a before-cue after the stated cause opens its consequence, which is not the cause.
        statedCauseEnd = Math.min(statedCauseEnd, consequenceStart);
        return new Cues(false, 0, firstAfterEnd, statedCauseEnd, lastBeforeStart);
    }

    /**
     * Whether a before-cue's match states a cause: not denied by the word before it ("nothing was wrong with"),
     * not passive ("was brought down by").
     */
    private static boolean statesCause(String part, Matcher cue) {
        if (DENIED_BEFORE_CUE.matcher(part.substring(0, cue.start())).find()) {
            return false;
        }
        Matcher passive = PASSIVE_AFTER_CUE.matcher(part);
        passive.region(cue.end(), part.length());
        return !passive.lookingAt();
    }

    /** Where the first before-cue of the segment that states a cause (not denied, not passive) starts, or -1. */
    private int firstBeforeCueStart(String part, String lower) {
        int first = -1;
        for (Cue b : before) {
            if (!b.mayMatch(lower)) {
                continue;
            }
            Matcher m = b.pattern().matcher(part);
            while (m.find()) {
                if (first >= 0 && m.start() >= first) {
                    break;
                }
                if (statesCause(part, m)) {
                    first = m.start();
                    break;
                }
            }
        }
        return first;
    }

    /**
     * A cue's pattern and a lower-case ASCII piece every match contains ({@link TermPattern#anchor(String[])}, ""
     * when it has none): a segment without it cannot hold the cue, and checking is far cheaper than the pattern.
     */
    private record Cue(Pattern pattern, String anchor) implements Serializable {

        private static final long serialVersionUID = 1L;

        boolean mayMatch(String lowerCaseSegment) {
            return lowerCaseSegment.contains(anchor);
        }
    }

    /** A cue word that stands for a few words of the same clause. */
    static final String GAP = "...";
    /** What {@link #GAP} matches: one to eight words, with no sentence punctuation between them. */
    private static final String GAP_WORDS = "[^\\s.;:!?]+(?:[ \\t]+[^\\s.;:!?]+){0,7}?";

    private static List<Cue> compile(List<String> cues) {
        List<Cue> out = new ArrayList<>();
        for (String cue : cues) {
            String[] words = cue.trim().toLowerCase(Locale.ROOT).split("\\s+");
            List<String> quoted = new ArrayList<>();
            List<String> literal = new ArrayList<>();
            for (String w : words) {
                if (w.equals(GAP)) {
                    // "..." is a few words of the same sentence: "root cause of ... was" reads "the root cause of
                    // the computer overload was".
                    quoted.add(GAP_WORDS);
                    continue;
                }
                literal.add(w);
                // A trailing * is any continuation: "hypothes*" is "hypothesis" and "hypotheses".
                quoted.add(w.endsWith("*") ? Pattern.quote(w.substring(0, w.length() - 1)) + "[\\p{L}\\p{N}\\-]*"
                        : Pattern.quote(w));
            }
            char last = cue.trim().charAt(cue.trim().length() - 1);
            String tail = Character.isLetterOrDigit(last) || last == '*' ? "(?![\\p{L}\\p{N}])" : "";
            out.add(new Cue(Pattern.compile("(?<![\\p{L}\\p{N}])" + String.join("\\s+", quoted) + tail,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), TermPattern.anchor(literal.toArray(String[]::new))));
        }
        return out;
    }
}
