package dev.opshistory.analytics.stateful;

import dev.opshistory.analytics.rules.FingerprintTemplater;
import dev.opshistory.model.ClassifiedEvent;
import org.apache.flink.api.java.functions.KeySelector;

/**
 * The key of the stateful verdicts: the event kind and the title template without the service (see
 * {@link CrossSourceDuplicateStep} for why), such as {@code ALERT:high cpu on <host>}, spread ({@link
 * SpreadKeys}). Repeats and flapping go by fingerprint ({@code service | template}); each fingerprint lies
 * inside one such key, so {@link RepeatFlappingStep} splits the key's alerts by fingerprint.
 */
public final class TitleTemplateKey implements KeySelector<ClassifiedEvent, String> {

    private static final long serialVersionUID = 1L;
    private static final String SEPARATOR = ":";

    private final FingerprintTemplater templater = new FingerprintTemplater();

    @Override
    public String getKey(ClassifiedEvent event) {
        return SpreadKeys.spread(event.event().kind() + SEPARATOR
                + templater.templateOf(event.fingerprint(), event.event().service(), event.event().title()));
    }

    /** Whether a key of this selector has a non-empty template; untitled alerts cannot be matched. */
    static boolean hasTemplate(String key) {
        // Searched in place rather than in SpreadKeys.natural(key): asked several times per alert, a copy each.
        int separator = key.indexOf(SEPARATOR, SpreadKeys.PREFIX_LENGTH);
        return separator >= 0 && separator < key.length() - 1;
    }
}
