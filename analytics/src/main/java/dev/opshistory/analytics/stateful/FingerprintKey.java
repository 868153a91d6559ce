package dev.opshistory.analytics.stateful;

import dev.opshistory.model.ClassifiedEvent;
import org.apache.flink.api.java.functions.KeySelector;

/**
 * The key of repeats and flapping: the event kind and the fingerprint ({@code service | title template}), so
 * alerts group with alerts and incidents with incidents; spread ({@link SpreadKeys}).
 */
public final class FingerprintKey implements KeySelector<ClassifiedEvent, String> {

    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(ClassifiedEvent event) {
        String fingerprint = event.fingerprint() == null ? "" : event.fingerprint();
        return SpreadKeys.spread(event.event().kind() + ":" + fingerprint);
    }
}
