package dev.opshistory.analytics.rootcause;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.PostmortemDetails;
import dev.opshistory.model.RootCause;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers the root-cause category of an alert, incident or postmortem from weighted terms over its text
 * (DESIGN.md §4): title, description, notes, tags, resolve reason, and a postmortem's summary, root-cause,
 * trigger and resolution sections. How terms match, negation, scoring, UNKNOWN and confidence are described
 * in the rules file, {@code rootcause/root-cause-rules.yaml}. Pure and serializable: no clock, no I/O after
 * construction; safe to share between threads.
 */
public final class RootCauseClassifier implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Words before a term that are checked for a negation. */
    private static final int NEGATION_WORDS = 3;
    /** Words after a term that are checked for a "ruled out" phrase. */
    private static final int RULED_OUT_WORDS = 5;
    /** Clause boundaries: sentence punctuation, commas, semicolons, colons, line breaks, "but". */
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("[.;:!?,\\n\\r]|\\bbut\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");

    private record CompiledTerm(RootCause category, String term, double weight, Pattern pattern)
            implements Serializable {
    }

    private final RootCauseRules rules;
    private final List<CompiledTerm> terms = new ArrayList<>();
    private final List<String> negationWords = new ArrayList<>();
    private final List<String> negationPhrases = new ArrayList<>();
    private final List<String> ruledOut;

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
            categoryTerms.forEach((term, weight) ->
                    terms.add(new CompiledTerm(category, term, weight, new TermPattern(term).pattern())));
        }
        for (String n : rules.negations()) {
            String lower = normalize(n);
            (lower.contains(" ") ? negationPhrases : negationWords).add(lower);
        }
        this.ruledOut = rules.ruledOutAfter().stream().map(RootCauseClassifier::normalize).toList();
    }

    /** The rules in force. */
    public RootCauseRules rules() {
        return rules;
    }

    /** The verdict on any event; never null. */
    public RootCauseVerdict classify(CanonicalEvent event) {
        Map<TextField, List<String>> texts = new EnumMap<>(TextField.class);
        put(texts, TextField.TITLE, event.title());
        put(texts, TextField.DESCRIPTION, event.description());
        texts.put(TextField.NOTES, event.notes());
        if (!event.tags().isEmpty()) {
            // Tags are read as words: "root-cause:network" and "deploy_failure" both say something.
            texts.put(TextField.TAGS, List.of(String.join("; ", event.tags()).replaceAll("[_:=]", " ")));
        }
        put(texts, TextField.RESOLVE_REASON, event.resolveReason());
        PostmortemDetails pm = event.postmortem();
        if (pm != null) {
            put(texts, TextField.SUMMARY, pm.summary());
            put(texts, TextField.ROOT_CAUSE, pm.rootCause());
            put(texts, TextField.TRIGGER, pm.trigger());
            put(texts, TextField.RESOLUTION, pm.resolution());
        }
        return classify(texts);
    }

    /** The verdict on texts by field; fields with no weight in the rules are not read. */
    public RootCauseVerdict classify(Map<TextField, List<String>> texts) {
        Map<RootCause, Double> scores = new EnumMap<>(RootCause.class);
        Map<RootCause, List<RootCauseEvidence>> evidence = new EnumMap<>(RootCause.class);
        texts.forEach((field, values) -> {
            double fieldWeight = rules.fieldWeights().getOrDefault(field, 0.0);
            if (fieldWeight <= 0 || values == null || values.isEmpty()) {
                return;
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (CompiledTerm term : terms) {
                String matched = firstAffirmedMatch(term.pattern(), values);
                // Two terms matching the same words ("route" and "routing" on "Routing") count once.
                if (matched != null && seen.add(term.category() + "|" + matched.toLowerCase(Locale.ROOT))) {
                    double points = term.weight() * fieldWeight;
                    scores.merge(term.category(), points, Double::sum);
                    evidence.computeIfAbsent(term.category(), c -> new ArrayList<>())
                            .add(new RootCauseEvidence(term.category(), field, matched, points));
                }
            }
        });
        RootCause best = null;
        double bestScore = 0;
        double total = 0;
        for (Map.Entry<RootCause, Double> e : scores.entrySet()) {
            total += e.getValue();
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        Comparator<RootCauseEvidence> strongestFirst = Comparator.comparingDouble(RootCauseEvidence::points).reversed();
        if (best == null || bestScore < rules.minScore()) {
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

    private String firstAffirmedMatch(Pattern pattern, List<String> values) {
        for (String text : values) {
            if (text == null || text.isBlank()) {
                continue;
            }
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (!negated(text, m.start(), m.end())) {
                    return text.substring(m.start(), m.end());
                }
            }
        }
        return null;
    }

    /** A negation among the few words before the match, or a "ruled out" phrase right after it, in the same clause. */
    private boolean negated(String text, int start, int end) {
        String before = normalize(clauseBefore(text, start));
        List<String> words = words(before);
        List<String> lastWords = words.subList(Math.max(0, words.size() - NEGATION_WORDS), words.size());
        for (String w : lastWords) {
            if (negationWords.contains(w) || w.endsWith("n't")) {
                return true;
            }
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
            if ((" " + next + " ").contains(" " + phrase + " ")) {
                return true;
            }
        }
        return false;
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
        return m.find() ? after.substring(0, m.start()) : after;
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
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").trim();
    }

    private static void put(Map<TextField, List<String>> texts, TextField field, String value) {
        if (value != null && !value.isBlank()) {
            texts.put(field, List.of(value));
        }
    }
}
