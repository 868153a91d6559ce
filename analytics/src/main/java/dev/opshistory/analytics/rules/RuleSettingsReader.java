package dev.opshistory.analytics.rules;

import dev.opshistory.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads rules YAML into {@link RuleSettings}: the shipped defaults define which keys exist; a user's file is
 * laid over them and every mistake is reported with the file name and the dotted key.
 */
final class RuleSettingsReader {

    /** Maps whose entries a user may add to; every other key must already exist in the defaults. */
    private static final Set<String> OPEN_MAPS =
            Set.of("severity.priority_names", "severity.alert_severity", "severity.urgency");
    private static final String DEFAULTS_NAME = "default-rules.yaml";

    private RuleSettingsReader() {
    }

    static RuleSettings defaults() {
        return toSettings(defaultTree(), DEFAULTS_NAME);
    }

    static RuleSettings load(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": cannot read the rules file " + file + " (" + e + ")", e);
        }
        Map<String, Object> user = parse(text, name);
        Map<String, Object> merged = defaultTree();
        overlay(merged, user, "", name);
        return toSettings(merged, name);
    }

    private static Map<String, Object> defaultTree() {
        try (InputStream in = RuleSettings.class.getResourceAsStream(RuleSettings.DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RuleSettings.DEFAULTS_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULTS_NAME);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RuleSettings.DEFAULTS_RESOURCE, e);
        }
    }

    private static Map<String, Object> parse(String text, String name) {
        LoaderOptions options = new LoaderOptions();
        // A key written twice is almost always a mistake; SnakeYAML would silently keep the last.
        options.setAllowDuplicateKeys(false);
        Object root;
        try {
            root = new Yaml(new SafeConstructor(options)).load(text);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(name + ": not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return new LinkedHashMap<>();
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(name + ": expected a mapping of rule keys at the top level");
        }
        return mutableCopy(map);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mutableCopy(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k),
                v instanceof Map<?, ?> inner ? mutableCopy(inner) : v));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static void overlay(Map<String, Object> base, Map<String, Object> user, String prefix, String name) {
        for (Map.Entry<String, Object> entry : user.entrySet()) {
            String key = prefix + entry.getKey();
            Object value = entry.getValue();
            if (OPEN_MAPS.contains(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1))) {
                base.put(entry.getKey().toLowerCase(Locale.ROOT), value);
                continue;
            }
            if (!base.containsKey(entry.getKey())) {
                throw new IllegalArgumentException(name + ": unknown key '" + key + "'");
            }
            Object current = base.get(entry.getKey());
            if (current instanceof Map<?, ?>) {
                if (!(value instanceof Map<?, ?>)) {
                    throw new IllegalArgumentException(name + ": '" + key + "' must be a mapping, got " + describe(value));
                }
                overlay((Map<String, Object>) current, (Map<String, Object>) value, key + ".", name);
            } else {
                base.put(entry.getKey(), value);
            }
        }
    }

    private static RuleSettings toSettings(Map<String, Object> tree, String name) {
        Values v = new Values(tree, name);
        int dayStart = v.hour("hour_bands.day_start_hour");
        int businessEnd = v.hour("hour_bands.business_end_hour");
        int sleepStart = v.hour("hour_bands.sleep_start_hour");
        if (!(dayStart < businessEnd && businessEnd <= sleepStart)) {
            throw new IllegalArgumentException(name + ": hour_bands must satisfy day_start_hour < business_end_hour"
                    + " <= sleep_start_hour, got " + dayStart + ", " + businessEnd + ", " + sleepStart);
        }
        return new RuleSettings(
                v.zone("time_zone"),
                v.severityMap("severity.priority_names"),
                v.severityMap("severity.alert_severity"),
                v.severityMap("severity.urgency"),
                Duration.ofMinutes(v.positiveInt("actionability.transient_minutes")),
                Duration.ofHours(v.positiveInt("actionability.stale_hours")),
                v.phrases("actionability.false_positive_phrases"),
                v.phrases("actionability.false_positive_verdicts"),
                v.patterns("actionability.false_positive_statements"),
                v.patterns("actionability.no_action_statements"),
                v.patterns("actionability.healthy_statements"),
                v.patterns("actionability.real_problem_statements"),
                v.patterns("actionability.work_statements"),
                v.phrases("actionability.system_actors"),
                v.positiveInt("repeats.min_alerts"),
                Duration.ofHours(v.positiveInt("repeats.window_hours")),
                v.positiveInt("flapping.min_cycles"),
                Duration.ofMinutes(v.positiveInt("flapping.window_minutes")),
                Duration.ofMinutes(v.positiveInt("duplicates.window_minutes")),
                v.days("hour_bands.business_days"),
                dayStart, businessEnd, sleepStart);
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        return value instanceof Map<?, ?> ? "a mapping" : value instanceof List<?> ? "a list" : "'" + value + "'";
    }

    /** Typed access to the merged tree by dotted key, with errors that name the file and the key. */
    private record Values(Map<String, Object> tree, String name) {

        Object get(String key) {
            Object node = tree;
            for (String part : key.split("\\.")) {
                node = node instanceof Map<?, ?> map ? map.get(part) : null;
            }
            if (node == null) {
                throw bad(key, "must be set");
            }
            return node;
        }

        int positiveInt(String key) {
            Object value = get(key);
            if (value instanceof Integer i && i > 0) {
                return i;
            }
            throw bad(key, "must be a positive whole number, got " + describe(value));
        }

        int hour(String key) {
            Object value = get(key);
            if (value instanceof Integer i && i >= 0 && i <= 23) {
                return i;
            }
            throw bad(key, "must be an hour from 0 to 23, got " + describe(value));
        }

        ZoneId zone(String key) {
            Object value = get(key);
            try {
                return ZoneId.of(String.valueOf(value).trim());
            } catch (DateTimeException e) {
                throw bad(key, "must be a time zone id such as UTC or Europe/Berlin, got " + describe(value));
            }
        }

        List<String> phrases(String key) {
            Object value = get(key);
            if (!(value instanceof List<?> list)) {
                throw bad(key, "must be a list of words or phrases, got " + describe(value));
            }
            List<String> out = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof String s) || s.isBlank()) {
                    throw bad(key, "must hold only non-empty text, got " + describe(item));
                }
                out.add(s.trim().toLowerCase(Locale.ROOT));
            }
            return out;
        }

        /** Regular expressions, checked here so that a bad one is reported with its key at start. */
        List<String> patterns(String key) {
            List<String> out = phrases(key);
            for (String regex : out) {
                try {
                    java.util.regex.Pattern.compile(regex);
                } catch (java.util.regex.PatternSyntaxException e) {
                    throw bad(key, "holds an invalid regular expression '" + regex + "': " + e.getDescription());
                }
            }
            return out;
        }

        Map<String, Severity> severityMap(String key) {
            Object value = get(key);
            if (!(value instanceof Map<?, ?> map)) {
                throw bad(key, "must be a mapping of names to SEV1..SEV5, got " + describe(value));
            }
            Map<String, Severity> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String sev = String.valueOf(e.getValue()).trim().toUpperCase(Locale.ROOT);
                Severity severity;
                try {
                    severity = Severity.valueOf(sev);
                } catch (IllegalArgumentException ex) {
                    severity = null;
                }
                if (severity == null || severity == Severity.UNKNOWN) {
                    throw bad(key + "." + e.getKey(), "must be one of SEV1..SEV5, got " + describe(e.getValue()));
                }
                out.put(String.valueOf(e.getKey()).trim().toLowerCase(Locale.ROOT), severity);
            }
            return out;
        }

        Set<DayOfWeek> days(String key) {
            Object value = get(key);
            if (!(value instanceof List<?> list) || list.isEmpty()) {
                throw bad(key, "must be a non-empty list of days such as [MONDAY, FRIDAY], got " + describe(value));
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (Object item : list) {
                try {
                    days.add(DayOfWeek.valueOf(String.valueOf(item).trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw bad(key, "must hold day names such as MONDAY, got " + describe(item));
                }
            }
            return days;
        }

        private IllegalArgumentException bad(String key, String problem) {
            return new IllegalArgumentException(name + ": '" + key + "' " + problem);
        }
    }
}
