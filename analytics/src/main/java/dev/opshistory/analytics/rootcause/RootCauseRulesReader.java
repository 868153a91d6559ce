package dev.opshistory.analytics.rootcause;

import dev.opshistory.model.RootCause;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads and validates a root-cause rules file; every error names the file and the key. */
final class RootCauseRulesReader {

    private static final Set<String> REQUIRED_KEYS = Set.of("min_score", "confidence_scale", "field_weights",
            "negations", "ruled_out_after", "categories");
    /** Optional, so that rules files written before it existed still load (no context: every term at its weight). */
    private static final String CONTEXT = "context";
    /** Optional: without it, every negation negates. */
    private static final String NEGATION_EXCEPTIONS = "negation_exceptions";
    private static final Set<String> TOP_KEYS = Set.of("min_score", "confidence_scale", "field_weights", "negations",
            "ruled_out_after", NEGATION_EXCEPTIONS, "categories", CONTEXT);
    private static final Set<String> CONTEXT_KEYS = Set.of("cause_cues_after", "cause_cues_before", "hypothesis_cues",
            "cause_boost", "hypothesis_factor", "close_call_ratio", "quote_factor", "vehicle_terms", "vehicle_factor",
            "modifier_categories", "modifier_factor", "modifier_terms");
    /** Context keys a rules file may leave out: quoted text and vehicle terms count like any other without them. */
    private static final Set<String> OPTIONAL_CONTEXT_KEYS = Set.of("quote_factor", "vehicle_terms", "vehicle_factor",
            "modifier_categories", "modifier_factor", "modifier_terms");

    private static volatile RootCauseRules defaults;

    private RootCauseRulesReader() {
    }

    static RootCauseRules defaults() {
        RootCauseRules d = defaults;
        if (d == null) {
            try (InputStream in = RootCauseRules.class.getResourceAsStream(RootCauseRules.DEFAULTS_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RootCauseRules.DEFAULTS_RESOURCE);
                }
                d = parse(in, RootCauseRules.DEFAULTS_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            defaults = d;
        }
        return d;
    }

    static RootCauseRules load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read root-cause rules: " + e.getMessage(), e);
        }
    }

    static RootCauseRules parse(InputStream in, String name) {
        // a term written twice in one category would silently keep only its last weight
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Object root;
        try {
            root = new Yaml(new SafeConstructor(options)).load(in);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(name + ": not valid YAML: " + e.getMessage(), e);
        }
        Map<String, Object> top = map(root, name, "(top level)");
        for (String key : top.keySet()) {
            if (!TOP_KEYS.contains(key)) {
                throw bad(name, key, "unknown key; expected one of " + TOP_KEYS);
            }
        }
        for (String key : REQUIRED_KEYS) {
            if (!top.containsKey(key)) {
                throw bad(name, key, "missing");
            }
        }
        Map<TextField, Double> fieldWeights = new EnumMap<>(TextField.class);
        for (Map.Entry<String, Object> e : map(top.get("field_weights"), name, "field_weights").entrySet()) {
            TextField field = TextField.ofKey(e.getKey());
            if (field == null) {
                throw bad(name, "field_weights." + e.getKey(), "unknown field");
            }
            fieldWeights.put(field, nonNegative(e.getValue(), name, "field_weights." + e.getKey()));
        }
        Map<RootCause, Map<String, Double>> terms = new EnumMap<>(RootCause.class);
        for (Map.Entry<String, Object> e : map(top.get("categories"), name, "categories").entrySet()) {
            RootCause category;
            try {
                category = RootCause.valueOf(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw bad(name, "categories." + e.getKey(), "unknown category");
            }
            Map<String, Double> weights = new LinkedHashMap<>();
            for (Map.Entry<String, Object> t : map(e.getValue(), name, "categories." + e.getKey()).entrySet()) {
                String key = "categories." + e.getKey() + "." + t.getKey();
                if (t.getKey().isBlank()) {
                    throw bad(name, key, "blank term");
                }
                double w = nonNegative(t.getValue(), name, key);
                if (w == 0) {
                    throw bad(name, key, "weight must be > 0");
                }
                weights.put(t.getKey(), w);
            }
            terms.put(category, weights);
        }
        return new RootCauseRules(nonNegative(top.get("min_score"), name, "min_score"),
                positive(top.get("confidence_scale"), name, "confidence_scale"), fieldWeights,
                strings(top.get("negations"), name, "negations"), strings(top.get("ruled_out_after"), name, "ruled_out_after"),
                top.containsKey(NEGATION_EXCEPTIONS) ? strings(top.get(NEGATION_EXCEPTIONS), name, NEGATION_EXCEPTIONS)
                        : List.of(),
                terms, top.containsKey(CONTEXT) ? context(top.get(CONTEXT), name) : SentenceContext.Rules.NONE);
    }

    private static SentenceContext.Rules context(Object value, String name) {
        Map<String, Object> c = map(value, name, CONTEXT);
        for (String key : c.keySet()) {
            if (!CONTEXT_KEYS.contains(key)) {
                throw bad(name, CONTEXT + "." + key, "unknown key; expected one of " + CONTEXT_KEYS);
            }
        }
        for (String key : CONTEXT_KEYS) {
            if (!c.containsKey(key) && !OPTIONAL_CONTEXT_KEYS.contains(key)) {
                throw bad(name, CONTEXT + "." + key, "missing");
            }
        }
        double boost = nonNegative(c.get("cause_boost"), name, CONTEXT + ".cause_boost");
        if (boost < 1) {
            throw bad(name, CONTEXT + ".cause_boost", "expected a number >= 1, got " + boost);
        }
        double factor = fraction(c, "hypothesis_factor", null, name);
        double quote = fraction(c, "quote_factor", 1.0, name);
        double vehicle = fraction(c, "vehicle_factor", 1.0, name);
        List<String> vehicles = c.containsKey("vehicle_terms")
                ? strings(c.get("vehicle_terms"), name, CONTEXT + ".vehicle_terms") : List.of();
        double modifier = fraction(c, "modifier_factor", 1.0, name);
        List<String> modifiers = c.containsKey("modifier_categories")
                ? strings(c.get("modifier_categories"), name, CONTEXT + ".modifier_categories") : List.of();
        for (String category : modifiers) {
            try {
                dev.opshistory.model.RootCause.valueOf(category);
            } catch (IllegalArgumentException e) {
                throw bad(name, CONTEXT + ".modifier_categories", "unknown category " + category);
            }
        }
        return new SentenceContext.Rules(strings(c.get("cause_cues_after"), name, CONTEXT + ".cause_cues_after"),
                strings(c.get("cause_cues_before"), name, CONTEXT + ".cause_cues_before"),
                strings(c.get("hypothesis_cues"), name, CONTEXT + ".hypothesis_cues"), boost, factor,
                positive(c.get("close_call_ratio"), name, CONTEXT + ".close_call_ratio"), quote, vehicles, vehicle,
                modifiers, modifier, c.containsKey("modifier_terms")
                        ? strings(c.get("modifier_terms"), name, CONTEXT + ".modifier_terms") : List.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String name, String key) {
        if (!(value instanceof Map<?, ?> m)) {
            throw bad(name, key, "expected a map");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.put(String.valueOf(e.getKey()), e.getValue());
        }
        return out;
    }

    private static List<String> strings(Object value, String name, String key) {
        if (!(value instanceof List<?> list)) {
            throw bad(name, key, "expected a list");
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof String s) || s.isBlank()) {
                throw bad(name, key, "expected non-blank text, got " + o);
            }
            out.add(s);
        }
        return out;
    }

    private static double nonNegative(Object value, String name, String key) {
        if (!(value instanceof Number n) || n.doubleValue() < 0 || Double.isNaN(n.doubleValue())) {
            throw bad(name, key, "expected a number >= 0, got " + value);
        }
        return n.doubleValue();
    }

    private static double positive(Object value, String name, String key) {
        double d = nonNegative(value, name, key);
        if (d == 0) {
            throw bad(name, key, "expected a number > 0");
        }
        return d;
    }

    private static IllegalArgumentException bad(String name, String key, String problem) {
        return new IllegalArgumentException(name + ": root-cause rules key '" + key + "': " + problem);
    }

    /**
     * A context factor from 0 to 1: {@code absent} when the key is missing, or required when {@code absent} is null.
     */
    private static double fraction(Map<?, ?> context, String key, Double absent, String name) {
        if (absent != null && !context.containsKey(key)) {
            return absent;
        }
        double value = nonNegative(context.get(key), name, CONTEXT + "." + key);
        if (value > 1) {
            throw bad(name, CONTEXT + "." + key, "expected a number from 0 to 1, got " + value);
        }
        return value;
    }
}
