package dev.opshistory.reports.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Picks the summary's three findings that matter most. Each rule gives a share in [0, 1] of what it looks
 * at, and its score is that share times the rule's weight (printed in the Methodology section):
 * <ul>
 *   <li>{@code SHIFT_OVERLOAD} ×{@value #W_SHIFTS}: shifts with more pages than the SRE guide / shifts;</li>
 *   <li>{@code RECURRENCE} ×{@value #W_RECURRENCE}: postmortems whose alerts came back / postmortems;</li>
 *   <li>{@code NOISE} ×{@value #W_NOISE}: NON_ACTIONABLE + FALSE_POSITIVE alerts / alerts;</li>
 *   <li>{@code SLEEP} ×{@value #W_SLEEP}: pages in sleep hours / pages;</li>
 *   <li>{@code TREND} ×{@value #W_TREND}: rise in pages against the earlier window, capped at 100 %;</li>
 *   <li>{@code OVERDUE} ×{@value #W_OVERDUE}: overdue action items / action items;</li>
 *   <li>{@code ROOT_CAUSE} ×{@value #W_ROOT_CAUSE}: the largest known category's share of incidents; when the
 *       period has fewer than two incidents, of alerts, or of postmortems when it has no alert but dated
 *       postmortems;</li>
 *   <li>{@code RUNBOOKS} ×{@value #W_RUNBOOKS}: alarms without a runbook / alarms;</li>
 *   <li>{@code UNKNOWN} ×{@value #W_UNKNOWN}: alerts the classifier left UNKNOWN / alerts.</li>
 * </ul>
 * The highest three scores above zero win; ties go to the rule listed first.
 */
public final class Findings {

    public static final double W_SHIFTS = 1.5;
    public static final double W_RECURRENCE = 1.2;
    public static final double W_NOISE = 1.0;
    public static final double W_SLEEP = 1.0;
    public static final double W_TREND = 1.0;
    public static final double W_OVERDUE = 0.8;
    public static final double W_ROOT_CAUSE = 0.8;
    public static final double W_RUNBOOKS = 0.5;
    public static final double W_UNKNOWN = 0.5;

    /** How many findings the summary shows. */
    public static final int SHOWN = 3;

    private Findings() {
    }

    /** The figures the rules read. */
    public record Inputs(long alerts, long nonActionable, List<NoisyFingerprint> noisiest, PageLoad pages,
                         OnCallLoad onCall, List<RootCauseShare> rootCauses, long incidents, Trend trend,
                         List<PostmortemReview> postmortems, RunbookCoverage runbooks, DataQuality quality) {
    }

    /** Every rule's finding with a positive score, best first. */
    public static List<Finding> all(Inputs in) {
        List<Finding> found = new ArrayList<>();
        shifts(in, found);
        recurrence(in, found);
        noise(in, found);
        sleep(in, found);
        trend(in, found);
        overdue(in, found);
        rootCause(in, found);
        runbooks(in, found);
        unknown(in, found);
        List<Finding> positive = new ArrayList<>(found.stream().filter(f -> f.score() > 0).toList());
        // A stable sort keeps the listed order among equal scores.
        positive.sort(Comparator.comparingDouble(Finding::score).reversed());
        return positive;
    }

    /** The {@value #SHOWN} findings that matter most. */
    public static List<Finding> top(Inputs in) {
        return all(in).stream().limit(SHOWN).toList();
    }

    private static void shifts(Inputs in, List<Finding> found) {
        Double share = in.onCall().shareOverGuide();
        if (share == null || in.onCall().shiftsOverGuide() == 0) {
            return;
        }
        found.add(new Finding("SHIFT_OVERLOAD", share * W_SHIFTS, String.format(Locale.ROOT,
                "%s of on-call shifts (%,d of %,d) had more than %d pages, the SRE book's guide.",
                percent(share), in.onCall().shiftsOverGuide(), in.onCall().shifts(), in.onCall().guide())));
    }

    private static void recurrence(Inputs in, List<Finding> found) {
        if (in.postmortems().isEmpty()) {
            return;
        }
        long recurring = in.postmortems().stream().filter(p -> p.recurredAlerts() > 0).count();
        long alerts = in.postmortems().stream().mapToLong(PostmortemReview::recurredAlerts).sum();
        if (recurring == 0) {
            return;
        }
        double share = (double) recurring / in.postmortems().size();
        found.add(new Finding("RECURRENCE", share * W_RECURRENCE, String.format(Locale.ROOT,
                "%,d alerts recurred after their postmortem (%,d of %,d postmortems).", alerts, recurring,
                in.postmortems().size())));
    }

    private static void noise(Inputs in, List<Finding> found) {
        if (in.alerts() == 0 || in.nonActionable() == 0) {
            return;
        }
        double share = (double) in.nonActionable() / in.alerts();
        List<NoisyFingerprint> top = in.noisiest().stream()
                .sorted(Comparator.comparingLong((NoisyFingerprint n) -> n.nonActionable() + n.falsePositive()).reversed())
                .limit(3).filter(n -> n.nonActionable() + n.falsePositive() > 0).toList();
        long byTop = top.stream().mapToLong(n -> n.nonActionable() + n.falsePositive()).sum();
        String text = String.format(Locale.ROOT, "%s of alerts (%,d of %,d) were non-actionable or false positives",
                percent(share), in.nonActionable(), in.alerts());
        if (!top.isEmpty()) {
            text += String.format(Locale.ROOT, "; %d %s caused %s of them", top.size(),
                    top.size() == 1 ? "fingerprint" : "fingerprints", percent((double) byTop / in.nonActionable()));
        }
        found.add(new Finding("NOISE", share * W_NOISE, text + "."));
    }

    private static void sleep(Inputs in, List<Finding> found) {
        Double share = in.pages().sleepShare();
        if (share == null || in.pages().sleep() == 0) {
            return;
        }
        found.add(new Finding("SLEEP", share * W_SLEEP, String.format(Locale.ROOT,
                "%s of pages (%,d of %,d) came in sleep hours (22:00-08:00).", percent(share), in.pages().sleep(),
                in.pages().pages())));
    }

    private static void trend(Inputs in, List<Finding> found) {
        if (in.trend().mode() == Trend.Mode.NONE) {
            return;
        }
        Double change = Trend.change((double) in.trend().earlier().pages(), (double) in.trend().later().pages());
        // A rise within chance (2 -> 4 pages) is not a finding, however large in per cent.
        if (change == null || change <= 0
                || !Trend.significantRise(in.trend().earlier().pages(), in.trend().later().pages())) {
            return;
        }
        String against = in.trend().mode() == Trend.Mode.PREVIOUS_PERIOD ? "the previous period"
                : "the first half of the period";
        found.add(new Finding("TREND", Math.min(1, change) * W_TREND, String.format(Locale.ROOT,
                "Pages rose %s against %s (%,d to %,d).", percent(change), against, in.trend().earlier().pages(),
                in.trend().later().pages())));
    }

    private static void overdue(Inputs in, List<Finding> found) {
        long items = in.postmortems().stream().mapToLong(PostmortemReview::actionItems).sum();
        long overdue = in.postmortems().stream().mapToLong(PostmortemReview::overdue).sum();
        if (items == 0 || overdue == 0) {
            return;
        }
        double share = (double) overdue / items;
        found.add(new Finding("OVERDUE", share * W_OVERDUE, String.format(Locale.ROOT,
                "%,d of %,d postmortem action items are overdue.", overdue, items)));
    }

    private static void rootCause(Inputs in, List<Finding> found) {
        String over = rootCauseBasis(in);
        Function<RootCauseShare, Double> shareOf = switch (over) {
            case "incidents" -> RootCauseShare::incidentShare;
            case "postmortems" -> RootCauseShare::postmortemShare;
            default -> RootCauseShare::alertShare;
        };
        RootCauseShare top = in.rootCauses().stream()
                .filter(r -> !"UNKNOWN".equals(r.category()))
                .filter(r -> shareOf.apply(r) != null)
                .max(Comparator.comparingDouble(shareOf::apply))
                .orElse(null);
        if (top == null) {
            return;
        }
        double share = shareOf.apply(top);
        if (share == 0) {
            return;
        }
        found.add(new Finding("ROOT_CAUSE", share * W_ROOT_CAUSE, String.format(Locale.ROOT,
                "%s of %s had the root cause %s: invest in %s.", percent(share), over, top.category(),
                top.investment())));
    }

    /**
     * What the root-cause finding is taken over: incidents when there are at least two, else postmortems when
     * there are no alerts but dated postmortems (a folder of postmortems alone), else alerts.
     */
    private static String rootCauseBasis(Inputs in) {
        if (in.incidents() >= 2) {
            return "incidents";
        }
        boolean postmortems = in.rootCauses().stream().anyMatch(r -> r.postmortems() > 0);
        return in.alerts() == 0 && postmortems ? "postmortems" : "alerts";
    }

    private static void runbooks(Inputs in, List<Finding> found) {
        RunbookCoverage r = in.runbooks();
        if (r.fingerprints() == 0 || r.fingerprintsWith() == r.fingerprints()) {
            return;
        }
        double share = 1 - (double) r.fingerprintsWith() / r.fingerprints();
        found.add(new Finding("RUNBOOKS", share * W_RUNBOOKS, String.format(Locale.ROOT,
                "%s of alarms (%,d of %,d) have no runbook link.", percent(share),
                r.fingerprints() - r.fingerprintsWith(), r.fingerprints())));
    }

    private static void unknown(Inputs in, List<Finding> found) {
        Double share = in.quality().unknownActionabilityShare();
        if (share == null || share == 0) {
            return;
        }
        found.add(new Finding("UNKNOWN", share * W_UNKNOWN, String.format(Locale.ROOT,
                "%s of alerts (%,d) could not be classified as actionable or not.", percent(share),
                in.quality().unknownActionability())));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
