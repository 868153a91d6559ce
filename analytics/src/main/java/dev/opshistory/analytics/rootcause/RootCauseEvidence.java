package dev.opshistory.analytics.rootcause;

import dev.opshistory.model.RootCause;
import java.io.Serializable;

/**
 * One matched term: where, what text, for which category, and the points it gave (term weight × field weight).
 *
 * @param category the category the term speaks for
 * @param field    the field it was found in
 * @param matched  the text as written in the field
 * @param points   term weight × field weight, &gt; 0
 */
public record RootCauseEvidence(RootCause category, TextField field, String matched, double points)
        implements Serializable {

    /** {@code root_cause:"disk failure" +15}, as shown to reviewers. */
    @Override
    public String toString() {
        return field.key() + ":\"" + matched + "\" +" + RootCauseVerdict.format(points);
    }
}
