package dev.opshistory.analytics.rootcause;

import dev.opshistory.common.RecentResults;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.PostmortemDetails;
import dev.opshistory.model.RootCause;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers the root-cause category of an alert, incident or postmortem from weighted terms over its text
 * (DESIGN.md §4): title, description, notes, tags, resolve reason, and a postmortem's summary, root-cause,
 * trigger and resolution sections. How terms match, negation, scoring, UNKNOWN and confidence are described
 * in the rules file, {@code rootcause/root-cause-rules.yaml}. A term counts by where it stands
 * ({@link SentenceContext}): more in the words that state the cause ("caused by …", "… led to the outage"),
 * less in a sentence that only suspects or lists hypotheses ("we first suspected the network"), and not at
 * all when negated or ruled out; when the two strongest categories score almost alike the text does not
 * decide and the verdict is UNKNOWN; so is it when the authors say they did not find the cause and no sentence
 * states the leading category as one. A vehicle term (how a change arrived: "rolled out", "merged") counts less
 * in a segment that names another category's cause and none of its own. Pure and serializable: no clock, no
 * I/O after construction; safe to share between threads.
 */
public final class RootCauseClassifier implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Words before a term that are checked for a negation. */
    private static final int NEGATION_WORDS = 4;
    /**
     * An UNKNOWN score from which the authors' "we don't know" decides against a leading category that no
     * sentence states as the cause (one verdict term such as "do not know" or "still open" reaches it) ...
     */
    private static final double UNDETERMINED_SCORE = 4;
    /** ... when it is also at least this share of the leader's score: the leader has mentions, not a cause. */
    private static final double UNDETERMINED_RATIO = 0.75;
    /**
     * A setting quoted as an assignment in inline code: "`worker.concurrency: 1`", "`statement_timeout = 30s`",
     * "`MAX_POOL=5`". A key that reads as a name (letters, digits, dots, dashes, underscores; no quotes, so a
     * JSON record such as "`\"price\": 0`" is not one), then = or :, then a short value.
     */
    static final Pattern SETTING_ASSIGNMENT = Pattern.compile(
            "`[A-Za-z_][\\w.\\-]{0,60}\\s*[:=]\\s*[^`\\s][^`\\n]{0,40}`");
    /** The rules-file term that stands for a setting assignment in inline code (see {@link #SETTING_ASSIGNMENT}). */
    static final String SETTING_ASSIGNMENT_TERM = "`setting = value`";
    /** Words after a term that are checked for a "ruled out" phrase. */
    private static final int RULED_OUT_WORDS = 5;
    /** Clause boundaries: sentence punctuation, commas, semicolons, colons, line breaks, "but". */
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("[.;:!?,\\n\\r]|\\bbut\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[_:=]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACES_AND_COMMAS = Pattern.compile("[\\s,]");
    /** Ruled-out phrases that need a complement to rule out: "was not" alone may contrast or state a failure. */
    private static final java.util.Set<String> BARE_COPULAS = java.util.Set.of("was not", "were not", "wasn't",
            "weren't", "is not", "isn't", "are not", "aren't");
    /** First words after a bare negated copula that make it rule a term out ("was not the cause", "… involved"). */
    private static final java.util.Set<String> RULING_OUT_COMPLEMENTS = java.util.Set.of("the", "involved",
            "related", "responsible", "to", "at", "a", "an", "affected", "changed", "part", "behind", "relevant",
            "implicated", "contributing", "a factor");
    /** Separators of the items of a list: "routing, the firewall and the partners' networks". */
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",|\\band\\b|\\bor\\b", Pattern.CASE_INSENSITIVE);
    /** Words that make a piece of a sentence a clause of its own rather than an item of a list of subjects. */
    private static final java.util.Set<String> COPULAS = java.util.Set.of("is", "was", "were", "are", "be", "been");
    /** The most words an item of a list of subjects holds ("the partners' networks", "the zone's network"). */
    private static final int LIST_ITEM_WORDS = 4;
    /** A relative clause right after a term belongs to it: "the provider, which reported no problems". */
    private static final Pattern RELATIVE = Pattern.compile("^\\s*,\\s*(?:which|who|that)\\b", Pattern.CASE_INSENSITIVE);

    /** The states of a status-page update that open its lines. */
    private static final java.util.Set<String> STATUS_STATES = java.util.Set.of("investigating", "identified",
            "monitoring", "update", "resolved", "mitigated", "verifying", "scheduled", "completed");
    private static final Pattern LINE_LEAD = Pattern.compile(StatusPageLines.LEAD);
    private static final Pattern STATE_TAIL = Pattern.compile(StatusPageLines.TAIL);

    /**
     * @param vehicle  the term says how a change arrived (context.vehicle_terms)
     * @param modifier the term only says where a fault was when it modifies another category's term
     *                 (context.modifier_categories and context.modifier_terms)
     */
    private record CompiledTerm(RootCause category, String term, double weight, Pattern pattern, String anchor,
                                boolean vehicle, boolean modifier) implements Serializable {
    }

    private final RootCauseRules rules;
    private static final Pattern OPENING_LABEL = Pattern.compile("\\s*(\\p{L}[\\p{L}\\p{N} '’/&-]{1,60}?)\\s*:\\s+\\S");
    private static final Pattern NARRATING = Pattern.compile(
            "(?i)(we|i|they|he|she|it|our|the team|someone|nobody|engineers?|on-?call)\\b");
    private static final int OPENING_LABEL_WORDS = 6;

    private final List<CompiledTerm> terms = new ArrayList<>();
    private final List<String> negationWords = new ArrayList<>();
    private final List<String> negationPhrases = new ArrayList<>();
    /** Words after a negation that make it deny the care taken, not the act ("without properly configuring"). */
    private final java.util.Set<String> negationExceptions;
    private final List<String> ruledOut;
    private final SentenceContext context;
    private final double vehicleFactor;

    /** With the shipped default rules. */
    public RootCauseClassifier() {
        this(RootCauseRules.defaults());
    }

    public RootCauseClassifier(RootCauseRules rules) {
        this.rules = rules;
        for (RootCause category : RootCause.values()) {
            Map<String, Double> categoryTerms = rules.terms().get(category);
            if (categoryTerms == null) {
                continue;
            }
            boolean modifierCategory = rules.context().modifierCategories().contains(category.name());
            categoryTerms.forEach((term, weight) -> terms.add(compiled(category, term, weight,
                    rules.context().vehicleTerms().contains(term),
                    modifierCategory || rules.context().modifierTerms().contains(term))));
        }
        // Longer terms first, so that "by mistake" claims its words before "mistake" can count them again, and
        // "load balancer" claims "load" before the capacity term can.
        terms.sort(Comparator.comparingInt((CompiledTerm t) -> t.term().length()).reversed());
        this.vehicleFactor = rules.context().vehicleFactor();
        this.negationExceptions = rules.negationExceptions().stream().map(RootCauseClassifier::normalize)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        for (String n : rules.negations()) {
            String lower = normalize(n);
            (lower.contains(" ") ? negationPhrases : negationWords).add(lower);
        }
        this.ruledOut = rules.ruledOutAfter().stream().map(RootCauseClassifier::normalize).toList();
        this.context = new SentenceContext(rules.context());
    }

    /** The rules in force. */
    public RootCauseRules rules() {
        return rules;
    }

    /** How many recent field texts keep their reading at hand, and up to which length in characters. */
    static final int RECENT_TEXTS = 8192;
    static final int CACHED_TEXT_CHARS = 1024;

    /**
     * Readings of recent short field texts (long ones are rarely repeated and would make the memory unbounded).
     * Kept per field, not per event: an alert's title repeats with every firing of its check, and its notes
     * and tags repeat across alerts, but rarely all of them together.
     */
    private final RecentResults<FieldTexts, List<Scored>> recent = new RecentResults<>(RECENT_TEXTS);

    /**
     * The fields of an alert that its monitor wrote: its title and description. Every alert names its check
     * ("Synthetic check 'Login' failed", "Health check failing on web-3"), so those words there never say the
     * alert was wrong (MONITORING); people say that in notes, tags and resolve reasons (DESIGN.md §4 reads false
     * positives the same way).
     */
    private static final Set<TextField> WRITTEN_BY_THE_MONITOR =
            EnumSet.of(TextField.TITLE, TextField.DESCRIPTION);

    /** The texts of one field, and whether its MONITORING terms are the monitor's own words. */
    private record FieldTexts(TextField field, List<String> values, boolean monitorsWords) {
    }

    /** A term found in a field: its category, its points, whether a sentence states it, and the evidence. */
    private record Scored(RootCause category, double points, boolean stated, RootCauseEvidence evidence) {
    }

    /** The verdict on any event; never null. Names in its texts are masked first ({@link NamesInText}). */
    public RootCauseVerdict classify(CanonicalEvent event) {
        NamesInText names = NamesInText.of(event.service());
        Map<TextField, List<String>> texts = new EnumMap<>(TextField.class);
        put(texts, TextField.TITLE, AlertNameWords.spelledOut(event.title()), names);
        put(texts, TextField.DESCRIPTION, beyondFields(event.description(), event.postmortem()), names);
        texts.put(TextField.NOTES, event.notes().stream().map(names::mask).toList());
        if (!event.tags().isEmpty()) {
            // Tags are read as words: "root-cause:network" and "deploy_failure" both say something.
            texts.put(TextField.TAGS, List.of(TAG_SEPARATORS.matcher(
                    names.mask(AlertNameWords.spelledOut(String.join("; ", event.tags())))).replaceAll(" ")));
        }
        put(texts, TextField.RESOLVE_REASON, event.resolveReason(), names);
        PostmortemDetails pm = event.postmortem();
        if (pm != null) {
            if (!holds(event.description(), pm.summary())) {
                put(texts, TextField.SUMMARY, pm.summary(), names);
            }
            if (!pm.rootCauseInProse()) {
                // a cause picked out of the prose is read where it stands (the summary or the account): such a
                // sentence often names the part that failed, not why, and weighed as the root cause it cost the
                // public collections' verdicts (docs/decisions/0013)
                put(texts, TextField.ROOT_CAUSE, pm.rootCause(), names);
            }
            put(texts, TextField.TRIGGER, pm.trigger(), names);
            if (!holds(event.description(), pm.resolution())) {
                put(texts, TextField.RESOLUTION, pm.resolution(), names);
            }
        }
        return classify(texts, event.kind() == EventKind.ALERT ? WRITTEN_BY_THE_MONITOR : Set.of(), true);
    }

    /**
     * The description without the text a postmortem's root-cause and trigger fields hold, so that no text counts twice
     * and those fields keep their weight: a status page's updates are both its account and those fields. A summary or
     * a resolution the description holds (its opening paragraph, a status page's first or resolving update, a sentence
     * of a write-up's prose that tells the fix) is read as the description instead: the authors' account of the
     * incident, not a fix they set apart, and a resolution weighs less.
     */
    private static String beyondFields(String description, PostmortemDetails pm) {
        if (description == null || pm == null) {
            return description;
        }
        String rest = description;
        for (String field : Arrays.asList(pm.rootCauseInProse() ? null : pm.rootCause(), pm.trigger())) {
            if (holds(rest, field)) {
                rest = rest.replace(field.strip(), " ");
            }
        }
        return rest;
    }

    private static boolean holds(String description, String field) {
        return description != null && field != null && !field.isBlank() && description.contains(field.strip());
    }

    private static int length(List<String> values) {
        int chars = 0;
        for (String value : values) {
            chars += value == null ? 0 : value.length();
        }
        return chars;
    }

    /** The verdict on texts by field; fields with no weight in the rules are not read. */
    public RootCauseVerdict classify(Map<TextField, List<String>> texts) {
        return classify(texts, Set.of(), true);
    }

    /** {@link #classify(Map)} reading every text afresh, never from the recent readings: a test's reference. */
    RootCauseVerdict classifyAfresh(Map<TextField, List<String>> texts) {
        return classify(texts, Set.of(), false);
    }

    /**
     * {@link #classify(Map)}, where the MONITORING terms do not count in {@code writtenByTheMonitor}, taking a
     * field's reading from the recent ones when {@code recentReadings} allows it.
     */
    private RootCauseVerdict classify(Map<TextField, List<String>> texts, Set<TextField> writtenByTheMonitor,
            boolean recentReadings) {
        Map<RootCause, Double> scores = new EnumMap<>(RootCause.class);
        Map<RootCause, List<RootCauseEvidence>> evidence = new EnumMap<>(RootCause.class);
        // Categories with a match in a sentence that states the cause (multiplier above 1).
        java.util.Set<RootCause> stated = java.util.EnumSet.noneOf(RootCause.class);
        texts.forEach((field, values) -> {
            if (rules.fieldWeights().getOrDefault(field, 0.0) <= 0 || values == null || values.isEmpty()) {
                return;
            }
            FieldTexts read = new FieldTexts(field, values, writtenByTheMonitor.contains(field));
            List<Scored> found = recentReadings && length(values) <= CACHED_TEXT_CHARS
                    ? recent.get(read, this::read) : read(read);
            for (Scored f : found) {
                scores.merge(f.category(), f.points(), Double::sum);
                if (f.stated()) {
                    stated.add(f.category());
                }
                evidence.computeIfAbsent(f.category(), c -> new ArrayList<>()).add(f.evidence());
            }
        });
        RootCause best = null;
        double bestScore = 0;
        double runnerUp = 0;
        double total = 0;
        for (Map.Entry<RootCause, Double> e : scores.entrySet()) {
            total += e.getValue();
            if (e.getValue() > bestScore) {
                runnerUp = bestScore;
                best = e.getKey();
                bestScore = e.getValue();
            } else if (e.getValue() > runnerUp) {
                runnerUp = e.getValue();
            }
        }
        Comparator<RootCauseEvidence> strongestFirst = Comparator.comparingDouble(RootCauseEvidence::points).reversed();
        boolean closeCall = best != RootCause.UNKNOWN && runnerUp >= rules.context().closeCallRatio() * bestScore;
        // The authors say they did not find the cause, and no sentence states one of the leading category: what
        // it names are symptoms and candidates ("the nightly load ran late … we don't know why").
        boolean undetermined = best != RootCause.UNKNOWN && !stated.contains(best)
                && scores.getOrDefault(RootCause.UNKNOWN, 0.0) >= UNDETERMINED_SCORE
                && scores.getOrDefault(RootCause.UNKNOWN, 0.0) >= UNDETERMINED_RATIO * bestScore;
        if (best == null || bestScore < rules.minScore() || closeCall || undetermined) {
            List<RootCauseEvidence> all = new ArrayList<>();
            evidence.values().forEach(all::addAll);
            all.sort(strongestFirst);
            return new RootCauseVerdict(RootCause.UNKNOWN, 0.0, all, scores);
        }
        double confidence = (bestScore / total) * (1 - Math.exp(-bestScore / rules.confidenceScale()));
        List<RootCauseEvidence> chosen = new ArrayList<>(evidence.get(best));
        chosen.sort(strongestFirst);
        return new RootCauseVerdict(best, Math.round(confidence * 100) / 100.0, chosen, scores);
    }

    /** The terms one field's texts name, with their points, in the order the terms are tried. */
    private List<Scored> read(FieldTexts texts) {
        TextField field = texts.field();
        List<String> values = texts.values();
        double fieldWeight = rules.fieldWeights().getOrDefault(field, 0.0);
        // Words already counted in this field: one phrase counts once, for the longest term that names it
        // ("security group" is networking, not security; "data centre" is hardware, not data).
        List<int[]> claimed = new ArrayList<>();
        String lowered = String.join("\n", values.stream().map(v -> v == null ? "" : v).toList())
                .toLowerCase(Locale.ROOT);
        SentenceContext.Reading[] readings = new SentenceContext.Reading[values.size()];
        // Only a root-cause text opens with the label of its category ('Capacity: …').
        int[] labelEnds = values.stream().mapToInt(v -> field == TextField.ROOT_CAUSE && v != null
                ? openingLabelEnd(v) : -1).toArray();
        List<Found> found = new ArrayList<>();
        for (CompiledTerm term : terms) {
            if (texts.monitorsWords() && term.category() == RootCause.MONITORING) {
                continue;
            }
            if (!lowered.contains(term.anchor())) {
                continue; // the term's literal part is nowhere in the field, so its pattern cannot match
            }
            Match best = strongestAffirmedMatch(term, values, readings, claimed, labelEnds);
            if (best != null) {
                claimed.add(new int[] {best.value(), best.start(), best.end()});
                int segment = term.category() == RootCause.UNKNOWN ? -1
                        : readings[best.value()].segmentStart(best.start());
                found.add(new Found(term, best, segment));
            }
        }
        List<Scored> scored = new ArrayList<>(found.size());
        for (Found f : found) {
            double points = f.term().weight() * fieldWeight * f.match().multiplier()
                    * (carriesAnotherCause(f, found) ? vehicleFactor : 1);
            scored.add(new Scored(f.term().category(), points, f.match().multiplier() > 1,
                    new RootCauseEvidence(f.term().category(), field, f.match().text(), points)));
        }
        return List.copyOf(scored);
    }

    private static CompiledTerm compiled(RootCause category, String term, double weight, boolean vehicle,
            boolean modifier) {
        if (term.equals(SETTING_ASSIGNMENT_TERM)) {
            return new CompiledTerm(category, term, weight, SETTING_ASSIGNMENT, "`", vehicle, modifier);
        }
        TermPattern pattern = new TermPattern(term);
        return new CompiledTerm(category, term, weight, pattern.pattern(), pattern.anchor(), vehicle, modifier);
    }

    /** A term's strongest match in a field and where its segment starts (-1 for UNKNOWN's terms). */
    private record Found(CompiledTerm term, Match match, int segment) {
    }

    /**
     * Whether a vehicle term ("deployed", "rolled back") only says how another category's cause arrived: its
     * segment names a cause of another category ("the config change was rolled out", "a new firewall rule was
     * deployed") and none of the vehicle's own category ("the deploy shipped a bug" keeps its weight).
     */
    private static boolean carriesAnotherCause(Found vehicle, List<Found> found) {
        if (!vehicle.term().vehicle() || vehicle.segment() < 0) {
            return false;
        }
        boolean other = false;
        for (Found f : found) {
            if (f == vehicle || f.segment() != vehicle.segment() || f.match().value() != vehicle.match().value()
                    || f.term().vehicle() || f.term().category() == RootCause.UNKNOWN) {
                continue;
            }
            if (f.term().category() == vehicle.term().category()) {
                return false;
            }
            other = true;
        }
        return other;
    }

    /** A match of a term: which value of the field, where, the text and its sentence multiplier. */
    private record Match(int value, int start, int end, String text, double multiplier) {
    }

    /**
     * The match of a term with the highest sentence multiplier among those that are not negated and not on words
     * a longer term already counted; null when there is none. The UNKNOWN category's terms
     * are statements about the cause not being found and count at their weight wherever they stand. A match in
     * the opening label of its value (before {@code labelEnds[value]}, see {@link #openingLabelEnd}) states the cause.
     */
    private Match strongestAffirmedMatch(CompiledTerm term, List<String> values, SentenceContext.Reading[] readings,
            List<int[]> claimed, int[] labelEnds) {
        Match best = null;
        for (int v = 0; v < values.size(); v++) {
            String text = values.get(v);
            if (text == null || text.isBlank()) {
                continue;
            }
            Matcher m = term.pattern().matcher(text);
            while (m.find()) {
                if (overlaps(claimed, v, m.start(), m.end()) || negated(text, m.start(), m.end())
                        || statusLabel(text, m.start(), m.end())) {
                    continue;
                }
                if (term.category() != RootCause.UNKNOWN && readings[v] == null) {
                    readings[v] = context.read(text);
                }
                double multiplier = term.category() == RootCause.UNKNOWN ? 1 : readings[v].multiplier(m.start());
                if (multiplier == 1 && m.start() < labelEnds[v]) {
                    multiplier = rules.context().causeBoost();
                }
                if (term.modifier() && modifiesHead(term, text, m.end())) {
                    multiplier *= rules.context().modifierFactor();
                }
                if (best == null || multiplier > best.multiplier()) {
                    best = new Match(v, m.start(), m.end(), text.substring(m.start(), m.end()), multiplier);
                }
            }
        }
        return best;
    }

    /** The least weight of a term that heads a compound whose modifier then counts less ("config": 3). */
    static final double HEAD_WEIGHT = 1.5;
    /** What may stand between a modifier and its head: spaces or a hyphen on one line. */
    private static final Pattern MODIFIER_GAP = Pattern.compile("[ \\t\\-]+");

    /**
     * Whether the term matched before {@code end} modifies the term of another category right after it, the head
     * of a compound that names the kind of fault ("a bad BGP config", "the DNS configuration change", "a firewall
     * misconfiguration"): the modifier says which part the fault was in, the head what kind of fault it was. Only
     * a head of weight {@link #HEAD_WEIGHT} or more counts, so "network traffic" or "the DNS outage" keep their
     * first word.
     */
    private boolean modifiesHead(CompiledTerm modifier, String text, int end) {
        Matcher gap = MODIFIER_GAP.matcher(text);
        gap.region(end, text.length());
        if (!gap.lookingAt()) {
            return false;
        }
        int head = gap.end();
        String next = text.substring(head, Math.min(text.length(), head + 40)).toLowerCase(Locale.ROOT);
        for (CompiledTerm t : terms) {
            if (t.category() == modifier.category() || t.category() == RootCause.UNKNOWN || t.weight() < HEAD_WEIGHT
                    || !next.contains(t.anchor())) {
                continue;
            }
            Matcher m = t.pattern().matcher(text);
            m.region(head, text.length());
            m.useTransparentBounds(true);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the label that opens a root-cause text ends, or -1: a short phrase and a colon before the account
     * ("Bad configuration during a planned change: the secret was …", "Capacity: the pool …") is the category
     * the authors filed the cause under. Phrases that tell what someone did or thought ("We checked the network:
     * …") are not labels, and a hypothesis or a quote keeps its own weight.
     */
    static int openingLabelEnd(String text) {
        Matcher label = OPENING_LABEL.matcher(text);
        if (!label.lookingAt() || label.group(1).strip().split("\\s+").length > OPENING_LABEL_WORDS
                || NARRATING.matcher(label.group(1)).lookingAt()) {
            return -1;
        }
        return label.end(1);
    }

    /**
     * Whether the match is the state that opens a line of a status-page update ("Monitoring — 15:20 Traffic is
     * back…", "[Monitoring] …", "**Monitoring** - …"): the state of the incident, not a word about its cause.
     */
    static boolean statusLabel(String text, int start, int end) {
        if (!STATUS_STATES.contains(text.substring(start, end).toLowerCase(Locale.ROOT))) {
            return false; // "Firewall: the rule blocked …" is a label naming a part, and counts
        }
        int lineStart = start;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        if (!LINE_LEAD.matcher(text.substring(lineStart, start)).matches()) {
            return false;
        }
        Matcher tail = STATE_TAIL.matcher(text);
        tail.region(end, text.length());
        return tail.lookingAt();
    }

    private static boolean overlaps(List<int[]> claimed, int value, int start, int end) {
        for (int[] c : claimed) {
            if (c[0] == value && start < c[2] && c[1] < end) {
                return true;
            }
        }
        return false;
    }

    /** A negation among the few words before the match, or a "ruled out" phrase right after it, in the same clause. */
    private boolean negated(String text, int start, int end) {
        String before = normalize(clauseBefore(text, start));
        List<String> words = words(before);
        for (int i = Math.max(0, words.size() - NEGATION_WORDS); i < words.size(); i++) {
            String w = words.get(i);
            if ((negationWords.contains(w) || w.endsWith("n't"))
                    && !(i + 1 < words.size() && negationExceptions.contains(words.get(i + 1)))) {
                return true;
            }
        }
        if (negatedAcrossOr(words)) {
            return true;
        }
        String tail = String.join(" ", words.subList(Math.max(0, words.size() - NEGATION_WORDS - 2), words.size()));
        for (String phrase : negationPhrases) {
            if (tail.contains(phrase)) {
                return true;
            }
        }
        List<String> after = words(normalize(clauseAfter(text, end)));
        String next = String.join(" ", after.subList(0, Math.min(RULED_OUT_WORDS, after.size())));
        for (String phrase : ruledOut) {
            if ((" " + next + " ").contains(" " + phrase + " ") && !elliptical(next, phrase)) {
                return true;
            }
        }
        // The rest of the sentence is read further only when a ruled-out phrase occurs in it at all: a few
        // substring checks on one sentence, so most matches cost no more than before.
        String rest = normalize(sentenceAfter(text, end));
        if (ruledOut.stream().noneMatch(rest::contains)) {
            return false;
        }
        return ruledOutAsListItem(text, start, end) || ruledOutByCoordinatedPredicate(text, start, end);
    }

    /**
     * Whether a negation reaches the term across "or"/"nor": the term is the second item of a coordination whose
     * first item a negation governs ("no recent OS package or configuration changes", "neither the network nor the
     * firewall"). The "or" stands among the few words before the term, and the negation among the few words
     * before the "or".
     */
    private boolean negatedAcrossOr(List<String> words) {
        for (int i = words.size() - 1; i >= Math.max(0, words.size() - NEGATION_WORDS); i--) {
            String w = words.get(i);
            if (!w.equals("or") && !w.equals("nor")) {
                continue;
            }
            for (int j = i - 1; j >= Math.max(0, i - NEGATION_WORDS); j--) {
                String n = words.get(j);
                if (negationWords.contains(n) || n.endsWith("n't")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the term stands in the noun phrase that opens its sentence and a second predicate of that
     * sentence rules it out: "The packet loss reports came from one carrier and were unrelated", "the deploy
     * finished at ten and was unrelated". Only a predicate joined by "and" or "but" that opens with a verb of
     * being counts, so "the disk filled and the network was fine" keeps the disk.
     */
    private boolean ruledOutByCoordinatedPredicate(String text, int start, int end) {
        String after = sentenceAfter(text, end);
        if (!after.contains(" and ") && !after.contains(" but ")) {
            return false;
        }
        if (!listItem(words(normalize(sentenceBefore(text, start))))) {
            return false; // the term is not in the sentence's subject
        }
        String following = " " + String.join(" ", words(normalize(after))) + " ";
        for (String phrase : ruledOut) {
            String first = phrase.split(" ")[0];
            if (!COPULAS.contains(first)) {
                continue;
            }
            for (String joint : List.of(" and ", " but ")) {
                int at = following.indexOf(joint + phrase + " ");
                if (at >= 0 && !elliptical(following.substring(at + joint.length()).trim(), phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the term is one item of a list of subjects that the phrase closing the list rules out: "Routing,
     * the firewall and the partners' networks were all fine", "security groups, route tables and the zone's
     * network were all in order". The clause around the term ends at its comma, so the ruled-out phrase is
     * too far for the check after each term. Only a list counts: from the sentence's start (or a colon) to the
     * phrase every piece between commas, "and" and "or" is a short item without a verb of being, and the
     * term's own item ends at most one word after it; "the firewall dropped the packets, and the other hosts
     * were fine" keeps the firewall.
     */
    private boolean ruledOutAsListItem(String text, int start, int end) {
        String before = sentenceBefore(text, start);
        String after = sentenceAfter(text, end);
        if (after.indexOf(',') < 0 && !after.contains(" and ") && !after.contains(" or ")
                && before.indexOf(',') < 0 && !before.contains(" and ") && !before.contains(" or ")) {
            return false; // no list around the term: the check after it has already decided
        }
        String[] lead = LIST_SEPARATOR.split(normalize(before), -1);
        for (String item : lead) {
            if (!listItem(words(item))) {
                return false;
            }
        }
        int items = lead.length;
        String[] pieces = LIST_SEPARATOR.split(normalize(after), -1);
        for (int i = 0; i < pieces.length; i++) {
            List<String> words = words(pieces[i]);
            String head = " " + String.join(" ", words.subList(0, Math.min(LIST_ITEM_WORDS + RULED_OUT_WORDS,
                    words.size()))) + " ";
            for (String phrase : ruledOut) {
                if (head.contains(" " + phrase + " ") && !elliptical(head.trim(), phrase)) {
                    return items + i >= 2;
                }
            }
            if (i == 0 ? words.size() > 1 : !listItem(words)) {
                return false;
            }
        }
        return false;
    }

    private static boolean listItem(List<String> words) {
        return words.size() <= LIST_ITEM_WORDS && words.stream().noneMatch(COPULAS::contains);
    }

    /** The text before {@code start} back to the start of its sentence or a colon (at most 200 characters). */
    private static String sentenceBefore(String text, int start) {
        int from = Math.max(0, start - 200);
        for (int i = start - 1; i >= from; i--) {
            if (sentenceEnd(text.charAt(i))) {
                return text.substring(i + 1, start);
            }
        }
        return text.substring(from, start);
    }

    /** The text after {@code end} to the end of its sentence or a colon (at most 200 characters). */
    private static String sentenceAfter(String text, int end) {
        int to = Math.min(text.length(), end + 200);
        for (int i = end; i < to; i++) {
            if (sentenceEnd(text.charAt(i))) {
                return text.substring(end, i);
            }
        }
        return text.substring(end, to);
    }

    private static boolean sentenceEnd(char c) {
        return c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n' || c == '\r';
    }

    /**
     * A bare negated copula rules a term out only when what follows says so ("the network was not the cause",
     * "the deploy wasn't involved"). When it ends the clause ("the disks were fine; the cooling was not") it
     * contrasts the term with what came before, and when a state follows ("the disk was not responding") it
     * states the failure: both affirm the term.
     */
    private static boolean elliptical(String next, String phrase) {
        if (!BARE_COPULAS.contains(phrase)) {
            return false;
        }
        int at = (" " + next + " ").indexOf(" " + phrase + " ");
        String rest = next.substring(Math.min(next.length(), at + phrase.length())).trim();
        String following = rest.isEmpty() ? "" : rest.split(" ")[0];
        return !RULING_OUT_COMPLEMENTS.contains(following);
    }

    private static String clauseBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - 200), start);
        Matcher m = CLAUSE_BOUNDARY.matcher(before);
        int cut = 0;
        while (m.find()) {
            cut = m.end();
        }
        return before.substring(cut);
    }

    private static String clauseAfter(String text, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 200));
        Matcher m = CLAUSE_BOUNDARY.matcher(after);
        if (!m.find()) {
            return after;
        }
        String clause = after.substring(0, m.start());
        Matcher relative = RELATIVE.matcher(after.substring(m.start()));
        if (clause.isBlank() && relative.find()) {
            String rest = after.substring(m.start() + relative.end());
            Matcher next = CLAUSE_BOUNDARY.matcher(rest);
            return SPACES_AND_COMMAS.matcher(relative.group()).replaceAll("") + " " + (next.find() ? rest.substring(0, next.start()) : rest);
        }
        return clause;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String normalize(String s) {
        return SPACES.matcher(s.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ").trim();
    }

    private static void put(Map<TextField, List<String>> texts, TextField field, String value, NamesInText names) {
        if (value != null && !value.isBlank()) {
            texts.put(field, List.of(names.mask(value)));
        }
    }
}
