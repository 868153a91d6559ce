package dev.opshistory.reports.figures;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Drafts the review's risk matrix from the history: one risk per root-cause category seen in the period's
 * incidents, actionable alerts not linked to an incident, and postmortems no event is linked to (written-up
 * incidents the exports do not hold: severity unknown, their written duration as the time to resolve). The formulas (printed in the report's Methodology):
 * <ul>
 *   <li><b>likelihood</b> from frequency, occurrences per 30 days of the period: ≥ 4 (about weekly) → 5,
 *       ≥ 1 (monthly) → 4, ≥ 1/3 (quarterly) → 3, ≥ 1/12 (yearly) → 2, less → 1;</li>
 *   <li><b>severity</b> from the worst severity seen, SEV1 → 5, SEV2 → 4, SEV3 → 3, SEV4 → 2, SEV5 or
 *       unknown → 1, plus 1 (at most 5) when one took {@value #LONG_OUTAGE_MINUTES} minutes or more to resolve;</li>
 *   <li><b>mitigations</b> the category's investment ({@link Investments}).</li>
 * </ul>
 * Rows are ordered by severity × likelihood, then occurrences.
 */
public final class RiskMatrix {

    /** A resolution this long (4 hours) or longer raises the severity by one. */
    public static final double LONG_OUTAGE_MINUTES = 240;

    /** What the risk basis writes for events and postmortems without a service. */
    static final String NO_SERVICE = "(no service)";

    private RiskMatrix() {
    }

    /**
     * What the history says about one category.
     *
     * @param worstSeverityRank 1 = SEV1 … 5 = SEV5, 6 = unknown
     * @param longestMinutes    the longest time to resolve, null when none resolved
     * @param topServices       the services most affected, comma-separated (untrusted text)
     */
    public record Basis(String category, long occurrences, int worstSeverityRank, Double longestMinutes,
                        String topServices) {
    }

    /** The matrix over a period of the given length. */
    public static List<Risk> draft(List<Basis> bases, Duration period) {
        // Most frequent first, then a stable sort by score: equal scores (a long history saturates both scales at
        // 5) keep the more frequent risk on top instead of the alphabet's order.
        return bases.stream()
                .filter(b -> b.occurrences() > 0)
                .sorted(Comparator.comparingLong(Basis::occurrences).reversed().thenComparing(Basis::category))
                .map(b -> new Risk(b.category(), riskText(b), impactText(b),
                        severity(b.worstSeverityRank(), b.longestMinutes()), likelihood(b.occurrences(), period),
                        Investments.forCategory(b.category())))
                .sorted(Comparator.comparingInt(Risk::score).reversed())
                .toList();
    }

    /** Likelihood 1–5 from occurrences per 30 days; a period shorter than a day counts as a day. */
    public static int likelihood(long occurrences, Duration period) {
        double days = Math.max(1.0, period.toSeconds() / 86_400.0);
        double perMonth = occurrences * 30.0 / days;
        if (perMonth >= 4) {
            return 5;
        }
        if (perMonth >= 1) {
            return 4;
        }
        if (perMonth >= 1.0 / 3) {
            return 3;
        }
        if (perMonth >= 1.0 / 12) {
            return 2;
        }
        return 1;
    }

    /** Severity 1–5 from the worst severity rank seen and the longest time to resolve. */
    public static int severity(int worstSeverityRank, Double longestMinutes) {
        int base = switch (worstSeverityRank) {
            case 1 -> 5;
            case 2 -> 4;
            case 3 -> 3;
            case 4 -> 2;
            default -> 1;
        };
        boolean longOutage = longestMinutes != null && longestMinutes >= LONG_OUTAGE_MINUTES;
        return Math.min(5, base + (longOutage ? 1 : 0));
    }

    private static String riskText(Basis b) {
        // "(no service)" alone names nothing: postmortems and events without a service affect no service we know
        String services = b.topServices() == null || b.topServices().equals(NO_SERVICE) ? ""
                : " affecting " + b.topServices();
        return switch (b.category()) {
            case "DEPLOYED_DEFECT" -> "A defective deploy reaches production" + services;
            case "CONFIGURATION" -> "A bad configuration change" + services;
            case "CAPACITY_PERFORMANCE" -> "Load outgrows capacity" + services;
            case "DEPENDENCY" -> "A dependency fails and takes the service down" + services;
            case "NETWORKING" -> "A network fault cuts traffic" + services;
            case "INFRASTRUCTURE_HARDWARE" -> "A host, disk or zone fails" + services;
            case "DATA" -> "Bad or lost data" + services;
            case "SECURITY" -> "A security event" + services;
            case "MONITORING" -> "Alerts that page without cause hide real ones" + services;
            case "HUMAN_PROCESS" -> "A manual step goes wrong" + services;
            default -> "Incidents of unknown cause recur" + services;
        };
    }

    private static String impactText(Basis b) {
        String worst = b.worstSeverityRank() >= 1 && b.worstSeverityRank() <= 5
                ? "SEV" + b.worstSeverityRank() : "unknown severity";
        String longest = b.longestMinutes() == null ? "no resolution time"
                : String.format(Locale.ROOT, "longest %.1f h to resolve", b.longestMinutes() / 60);
        return b.occurrences() + (b.occurrences() == 1 ? " occurrence" : " occurrences") + ", worst " + worst + ", "
                + longest;
    }
}
