package dev.opshistory.analytics.overrides;

import dev.opshistory.model.Actionability;
import dev.opshistory.model.RootCause;
import dev.opshistory.model.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The verdicts a reviewer may correct, with the values each accepts (the warehouse column names). */
public enum OverrideField {
    ACTIONABILITY(enumValues(Actionability.class)),
    SEVERITY(enumValues(Severity.class)),
    ROOT_CAUSE(enumValues(RootCause.class)),
    REPEATED(Set.of("true", "false")),
    FLAPPING(Set.of("true", "false")),
    SIGNIFICANT(Set.of("true", "false")),
    /** An event id, or empty to say "not a duplicate". */
    DUPLICATE_OF(null);

    private final Set<String> allowed;

    OverrideField(Set<String> allowed) {
        this.allowed = allowed;
    }

    /** The column name, as written in the overrides file. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field named by a column name, case-insensitive. */
    public static Optional<OverrideField> ofColumn(String column) {
        return Arrays.stream(values()).filter(f -> f.column().equalsIgnoreCase(column.strip())).findFirst();
    }

    /** The value in canonical spelling, or empty when this field does not accept it. */
    Optional<String> normalise(String value) {
        String v = value.strip();
        if (allowed == null) {
            return Optional.of(v);
        }
        String canonical = this == REPEATED || this == FLAPPING || this == SIGNIFICANT
                ? v.toLowerCase(Locale.ROOT) : v.toUpperCase(Locale.ROOT);
        return allowed.contains(canonical) ? Optional.of(canonical) : Optional.empty();
    }

    String allowedValues() {
        return allowed == null ? "an event id or empty" : allowed.stream().sorted().collect(Collectors.joining(", "));
    }

    static String columns() {
        return Arrays.stream(values()).map(OverrideField::column).collect(Collectors.joining(", "));
    }

    private static <E extends Enum<E>> Set<String> enumValues(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
