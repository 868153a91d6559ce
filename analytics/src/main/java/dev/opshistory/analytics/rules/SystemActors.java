package dev.opshistory.analytics.rules;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells acknowledgers and resolvers that are not people ("System", "Alert API", "Datadog Integration",
 * "Auto-resolve timeout") from people, by whole words of {@link RuleSettings#systemActors()}. Used only when
 * the export itself does not say whether a person acted.
 */
public final class SystemActors implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Pattern pattern;

    public SystemActors(List<String> names) {
        String alternatives = names.stream()
                .map(n -> Pattern.quote(n.trim().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("|"));
        // An empty list would compile to a pattern that matches every name.
        this.pattern = names.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    /** True when the name is an integration, the API, a timeout or the tool itself; false for null or blank. */
    public boolean isSystem(String actor) {
        return pattern != null && actor != null && !actor.isBlank() && pattern.matcher(actor.toLowerCase(Locale.ROOT)).find();
    }
}
