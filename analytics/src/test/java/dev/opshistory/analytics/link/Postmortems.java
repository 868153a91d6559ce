package dev.opshistory.analytics.link;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.PostmortemDetails;
import dev.opshistory.model.Source;
import java.time.Instant;
import java.util.List;

/** Postmortems for the linking tests: one that names incident #4253 and says what caused it. */
public final class Postmortems {

    private Postmortems() {
    }

    /** A postmortem naming incident {@code #4253}, caused by a bad deploy. */
    public static CanonicalEvent deployDefect(Instant createdAt) {
        return withCause(createdAt, "A code change in release 2.14 introduced a null pointer regression in the "
                + "payment form; the bad deploy was rolled back.", "Deploy of release 2.14", "Rolled back the release");
    }

    /** A postmortem naming incident {@code #4253} whose text points to no cause. */
    public static CanonicalEvent causeUnknown(Instant createdAt) {
        return withCause(createdAt, null, null, null);
    }

    private static CanonicalEvent withCause(Instant createdAt, String rootCause, String trigger, String resolution) {
        return CanonicalEvent.builder().source(Source.POSTMORTEM).kind(EventKind.POSTMORTEM)
                .sourceId("2026-06-02-checkout").title("Checkout outage")
                .createdAt(createdAt)
                .postmortem(new PostmortemDetails("2026-06-02", List.of("#4253"), "Checkout failed for 40 minutes.",
                        null, "40 minutes", rootCause, trigger, resolution, null, List.of(), null, false))
                .build();
    }
}
