package dev.opshistory.ingest.privacy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names of acknowledgers, resolvers and agents that are not people ("System", "Alert API", "Datadog
 * Integration", "Auto-resolve timeout"): whole words, any case. These stay readable under
 * {@code --pseudonymize}, because the classifier tells people from systems by them when an export does not say
 * (the list mirrors {@code system_actors} of the analytics module's default rules).
 */
final class SystemActorNames {

    private static final List<String> WORDS = List.of("system", "api", "integration", "automation", "automatic",
            "auto-resolve", "auto resolve", "timeout", "heartbeat", "webhook", "bot", "opsgenie", "pagerduty",
            "jira service management");
    private static final Pattern PATTERN = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
            + WORDS.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");

    private SystemActorNames() {
    }

    /** True when the name is a system, an integration, the API or a timeout rather than a person. */
    static boolean isSystem(String name) {
        return name != null && PATTERN.matcher(name.toLowerCase(Locale.ROOT)).find();
    }
}
