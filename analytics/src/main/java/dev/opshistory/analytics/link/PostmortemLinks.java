package dev.opshistory.analytics.link;

import dev.opshistory.analytics.rootcause.PostmortemIndex;
import dev.opshistory.analytics.rootcause.PostmortemLinker;
import dev.opshistory.analytics.rules.ActionabilityClassifier;
import dev.opshistory.analytics.rules.ActionabilityVerdict;
import dev.opshistory.analytics.rules.RuleSettings;
import dev.opshistory.analytics.warehouse.ClassifiedPostmortem;
import dev.opshistory.model.Actionability;
import dev.opshistory.model.ClassifiedEvent;
import dev.opshistory.model.RootCause;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lets the cause a person wrote down win. An event that a postmortem names ({@link PostmortemLinker}: by URL,
 * id, key, number or title, looked up in a {@link PostmortemIndex}) takes the postmortem's root cause as
 * {@code human} (unless the postmortem's own cause is unknown), becomes significant, links to the postmortem,
 * and its actionability is decided again knowing the link (a false positive stays one). Pure: no Flink types;
 * Serializable so a Flink function can hold it.
 */
public final class PostmortemLinks implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ActionabilityClassifier actionability;

    public PostmortemLinks(RuleSettings rules) {
        this.actionability = new ActionabilityClassifier(rules);
    }

    /**
     * The event as linked to the postmortem that names it, or the event itself when none does.
     *
     * @param index  the postmortems known so far
     * @param lookup a postmortem by the event id the index returns; must know every postmortem of the index
     */
    public ClassifiedEvent apply(ClassifiedEvent event, PostmortemIndex index,
            Function<String, ClassifiedPostmortem> lookup) {
        Optional<PostmortemIndex.Match> match = index.find(event.event());
        if (match.isEmpty()) {
            return event;
        }
        return linked(event, lookup.apply(match.get().postmortemId()), match.get().link());
    }

    private ClassifiedEvent linked(ClassifiedEvent e, ClassifiedPostmortem postmortem, PostmortemLinker.Link link) {
        String postmortemId = postmortem.event().eventId();
        ActionabilityVerdict verdict = e.actionability() == Actionability.FALSE_POSITIVE
                ? null : actionability.classify(e.event(), postmortemId);
        String evidence = "postmortem \"" + postmortem.event().title() + "\" (linked by "
                + link.by().name().toLowerCase(Locale.ROOT) + " " + link.ref() + ")"
                + (postmortem.rootCauseEvidence() == null ? "" : ": " + postmortem.rootCauseEvidence());
        boolean known = postmortem.rootCause() != RootCause.UNKNOWN;
        return new ClassifiedEvent(e.event(), e.fingerprint(), e.severity(), e.sourceSeverity(),
                verdict == null ? e.actionability() : verdict.actionability(),
                verdict == null ? e.actionabilityReason() : verdict.reason(),
                e.repeated(), e.flapping(), e.duplicateOf(),
                known ? postmortem.rootCause() : e.rootCause(),
                known ? "human" : e.rootCauseSource(),
                known ? evidence : e.rootCauseEvidence(),
                known ? 1.0 : e.rootCauseConfidence(),
                postmortemId, e.secondsToAck(), e.secondsToResolve(), e.hourBand(), true, e.overridden());
    }
}
