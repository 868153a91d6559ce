package dev.opshistory.ingest.parse.postmortem;

import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
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
 * {@code key: value} lines. Hugo's TOML front matter ({@code +++} … {@code +++}) is read with Jackson's TOML
 * reader. Keys are compared in lower case with {@code -} as {@code _}.
 *
 * @param values    the front matter's top-level keys, normalised; empty when there is none
 * @param body      the document after the front matter
 * @param bodyLine  the 1-based line of the file where the body starts
 */
record FrontMatter(Map<String, Object> values, String body, int bodyLine) {

    private static final Pattern BLOCK = Pattern.compile("\\A---[ \\t]*\\r?\\n(.*?)(?:\\r?\\n)?^(?:---|\\.\\.\\.)[ \\t]*$\\r?\\n?",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern TOML_BLOCK = Pattern.compile("\\A\\+\\+\\+[ \\t]*\\r?\\n(.*?)(?:\\r?\\n)?^\\+\\+\\+[ \\t]*$\\r?\\n?",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final TomlMapper TOML = new TomlMapper();
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("(?:[ \\t]*\\r?\\n)+");
    private static final Pattern FLAT_TOML_ENTRY = Pattern.compile("^([A-Za-z][\\w-]{0,63})\\s*=\\s*(.*)$");
    private static final int MAX_YAML_CHARS = 256 * 1024;
    private static final Pattern FLAT_ENTRY = Pattern.compile("^([A-Za-z][\\w -]{0,63}?)\\s*:\\s*(.*)$");
    /** A metadata header: "Title: …" and more "Key: value" lines, up to a blank line. */
    private static final Pattern METADATA_HEADER = Pattern.compile(
            "((?i:title)[ \\t]*:[^\\n]*\\S[^\\n]*\\r?\\n(?:[A-Za-z][\\w -]{0,63}?[ \\t]*:[^\\n]*\\r?\\n)*)(?:[ \\t]*\\r?\\n|$)");

    /**
     * Nikola's metadata in a comment that opens a Markdown post: {@code <!--}, lines {@code .. title: Server outage},
     * {@code .. date: 2016-12-22 10:00:00 UTC+09:00}, {@code -->}.
     */
    private static final Pattern NIKOLA_HEADER = Pattern.compile(
            "[ \\t]*<!--[ \\t]*\\r?\\n((?:[ \\t]*\\.\\.[ \\t]+[A-Za-z][\\w -]{0,63}?[ \\t]*:[^\\n]*\\r?\\n|[ \\t]*\\r?\\n)+)[ \\t]*-->[ \\t]*(?:\\r?\\n|$)");

    /** Thrown when the front matter is too long to be one (a file that only starts like a document). */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** The document's front matter as written, its delimiters included; empty when it has none. */
    static String block(String document) {
        Matcher block = (document.startsWith("+++") ? TOML_BLOCK : BLOCK).matcher(document);
        return (document.startsWith("+++") || document.startsWith("---")) && block.lookingAt() ? block.group() : "";
    }

    /**
     * Splits the front matter from the body; a document without one has empty values. Front matter after blank lines
     * (a stray line before the opening {@code ---}) counts only when it is YAML of keys: a blank line and a rule
     * ({@code ---}) also open Markdown.
     */
    static FrontMatter split(String document) throws Unreadable {
        Matcher blanks = LEADING_BLANK_LINES.matcher(document);
        if (blanks.lookingAt() && document.startsWith("---", blanks.end())) {
            String rest = document.substring(blanks.end());
            Matcher block = BLOCK.matcher(rest);
            if (block.lookingAt() && block.group(1).length() <= MAX_YAML_CHARS
                    && yamlOrNull(block.group(1)) instanceof Map<?, ?> keys && !keys.isEmpty()) {
                FrontMatter later = split(rest);
                int blankLines = (int) document.substring(0, blanks.end()).chars().filter(c -> c == '\n').count();
                return new FrontMatter(later.values(), later.body(), later.bodyLine() + blankLines);
            }
            return new FrontMatter(Map.of(), document, 1);
        }
        boolean toml = document.startsWith("+++");
        Matcher block = (toml ? TOML_BLOCK : BLOCK).matcher(document);
        if (!(toml || document.startsWith("---")) || !block.lookingAt()) {
            return metadataHeader(document);
        }
        String yaml = block.group(1);
        if (yaml.length() > MAX_YAML_CHARS) {
            throw new Unreadable("front matter longer than " + MAX_YAML_CHARS + " characters");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Object loaded = toml ? tomlOrNull(yaml) : yamlOrNull(yaml);
        if (loaded instanceof Map<?, ?> map) {
            map.forEach((k, v) -> values.putIfAbsent(normalKey(String.valueOf(k)), v));
        } else if (loaded == null && !yaml.isBlank()) {
            values.putAll(flatLines(yaml, toml ? FLAT_TOML_ENTRY : FLAT_ENTRY));
        }
        int line = 1 + (int) document.substring(0, block.end()).chars().filter(c -> c == '\n').count();
        return new FrontMatter(values, document.substring(block.end()), line);
    }

    /**
     * Pelican's and MultiMarkdown's metadata header, {@code Key: value} lines that open the file up to its first blank
     * line, {@code Title:} first ("Title: Authentication down", "Date: 2024-08-23 03:00+0000"), and Nikola's in a
     * comment ({@link #NIKOLA_HEADER}): read as front matter.
     * Any other document has none.
     */
    private static FrontMatter metadataHeader(String document) {
        Matcher nikola = NIKOLA_HEADER.matcher(document);
        if (nikola.lookingAt()) {
            Map<String, Object> values = flatLines(nikola.group(1).replaceAll("(?m)^[ \\t]*\\.\\.[ \\t]+", ""), FLAT_ENTRY);
            int line = 1 + (int) nikola.group().chars().filter(c -> c == '\n').count();
            return new FrontMatter(values, document.substring(nikola.end()), line);
        }
        Matcher header = METADATA_HEADER.matcher(document);
        if (!header.lookingAt()) {
            return new FrontMatter(Map.of(), document, 1);
        }
        Map<String, Object> values = flatLines(header.group(1), FLAT_ENTRY);
        int line = 1 + (int) header.group().chars().filter(c -> c == '\n').count();
        return new FrontMatter(values, document.substring(header.end()), line);
    }

    /**
     * The front matter as YAML, or null when it is not YAML or not a map of keys. People write front matter
     * by hand, and a colon or a quote inside a title ({@code title: Outage: checkout down},
     * {@code title: "Broken pipe" errors}) is enough to make it invalid YAML; such a document is still a
     * postmortem, so its front matter is then read as the flat {@code key: value} lines its author meant.
     * Aliases are never expanded (SnakeYAML's limit refuses a "billion laughs", and flat lines have none).
     */
    private static Object yamlOrNull(String yaml) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            Object loaded = new Yaml(new SafeConstructor(options)).load(yaml);
            return loaded instanceof Map ? loaded : null;
        } catch (YAMLException e) {
            return null;
        }
    }

    /** The front matter as TOML (a table of keys), or null when it is not valid TOML; read as flat lines then. */
    private static Object tomlOrNull(String toml) {
        try {
            return TOML.readValue(toml, Map.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Top-level {@code key: value} (TOML: {@code key = value}) lines: the key up to the first colon, the value after it without one pair of
     * enclosing quotes or brackets; indented lines, comments and lines without a key are skipped.
     */
    private static Map<String, Object> flatLines(String yaml, Pattern entryPattern) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String line : yaml.lines().toList()) {
            Matcher entry = entryPattern.matcher(line);
            if (entry.matches()) {
                String value = unwrapped(entry.group(2).strip());
                if (!value.isEmpty()) {
                    values.putIfAbsent(normalKey(entry.group(1)), value);
                }
            }
        }
        return values;
    }

    private static String unwrapped(String value) {
        if (value.length() >= 2) {
            char first = value.charAt(0);
            char last = value.charAt(value.length() - 1);
            if ((first == '"' || first == '\'' || first == '[') && last == (first == '[' ? ']' : first)) {
                return value.substring(1, value.length() - 1).strip();
            }
        }
        return value;
    }

    private static String normalKey(String key) {
        return key.toLowerCase(Locale.ROOT).replace('-', '_').strip();
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

    /** Every top-level value that is text, a number or a date, one per line, in the front matter's order. */
    String scalarText() {
        StringBuilder out = new StringBuilder();
        values.values().stream().filter(v -> v != null && !(v instanceof Map) && !(v instanceof Collection))
                .forEach(v -> out.append(v).append('\n'));
        return out.toString();
    }

    /** Whether any of these keys is present. */
    boolean hasAny(Collection<String> keys) {
        return keys.stream().anyMatch(values::containsKey);
    }
}
