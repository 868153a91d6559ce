package dev.opshistory.ingest.parse.postmortem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Optional YAML front matter ({@code ---} … {@code ---} at the very start, as Jekyll, Hugo and the
 * PagerDuty postmortem docs write it), read with SnakeYAML's safe constructor so that any YAML (nested
 * maps, lists, quoted text) is understood; commonmark's own front-matter extension only reads flat
 * {@code key: value} lines. Keys are compared in lower case with {@code -} as {@code _}.
 *
 * @param values    the front matter's top-level keys, normalised; empty when there is none
 * @param body      the document after the front matter
 * @param bodyLine  the 1-based line of the file where the body starts
 */
record FrontMatter(Map<String, Object> values, String body, int bodyLine) {

    private static final Pattern BLOCK = Pattern.compile("\\A---[ \\t]*\\r?\\n(.*?)(?:\\r?\\n)?^(?:---|\\.\\.\\.)[ \\t]*$\\r?\\n?",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final int MAX_YAML_CHARS = 256 * 1024;

    /** Thrown when the front matter is not YAML or not a map. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** Splits the front matter from the body; a document without one has empty values. */
    static FrontMatter split(String document) throws Unreadable {
        Matcher block = BLOCK.matcher(document);
        if (!document.startsWith("---") || !block.lookingAt()) {
            return new FrontMatter(Map.of(), document, 1);
        }
        String yaml = block.group(1);
        if (yaml.length() > MAX_YAML_CHARS) {
            throw new Unreadable("front matter longer than " + MAX_YAML_CHARS + " characters");
        }
        Object loaded;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            loaded = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (YAMLException e) {
            throw new Unreadable("unreadable YAML front matter: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (loaded instanceof Map<?, ?> map) {
            map.forEach((k, v) -> values.putIfAbsent(String.valueOf(k).toLowerCase(Locale.ROOT).replace('-', '_').strip(), v));
        } else if (loaded != null) {
            throw new Unreadable("front matter is not a YAML map of keys and values");
        }
        int line = 1 + (int) document.substring(0, block.end()).chars().filter(c -> c == '\n').count();
        return new FrontMatter(values, document.substring(block.end()), line);
    }

    /** The first of these keys that has a value. */
    Object first(String... keys) {
        for (String key : keys) {
            Object value = values.get(key);
            if (value != null && !(value instanceof String s && s.isBlank())) {
                return value;
            }
        }
        return null;
    }

    /** The first of these keys as text (a list's elements joined by {@code , }), or null. */
    String text(String... keys) {
        Object value = first(keys);
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? null : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value == null || value instanceof Map ? null : String.valueOf(value).strip();
    }

    /** Every value of these keys as a list of texts: a list's elements, or a comma-separated text split. */
    List<String> list(String... keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            Object value = values.get(key);
            if (value instanceof Collection<?> list) {
                list.stream().filter(v -> v != null && !(v instanceof Map)).map(v -> String.valueOf(v).strip())
                        .filter(v -> !v.isEmpty()).forEach(out::add);
            } else if (value != null && !(value instanceof Map)) {
                for (String part : String.valueOf(value).split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }

    /** Whether any of these keys is present. */
    boolean hasAny(Collection<String> keys) {
        return keys.stream().anyMatch(values::containsKey);
    }
}
