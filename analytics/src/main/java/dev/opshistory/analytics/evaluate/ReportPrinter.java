package dev.opshistory.analytics.evaluate;

import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Prints a {@link ClassReport} as plain-text tables. */
final class ReportPrinter {

    private ReportPrinter() {
    }

    static void print(String title, ClassReport r, boolean showMisses, PrintStream out) {
        out.printf(Locale.ROOT, "%n== %s — %s (%d items) ==%n", title, r.split(), r.items());
        out.printf(Locale.ROOT, "%-24s %9s %9s %9s %8s%n", "class", "precision", "recall", "f1", "support");
        r.perClass().forEach((c, s) -> out.printf(Locale.ROOT, "%-24s %9.3f %9.3f %9.3f %8d%n",
                c, s.precision(), s.recall(), s.f1(), s.support()));
        out.printf(Locale.ROOT, "macro-F1 %.3f   accuracy %.3f   lowest recall %.3f%n", r.macroF1(), r.accuracy(), r.minRecall());

        Set<String> columns = new LinkedHashSet<>(r.classes());
        r.confusion().values().forEach(row -> columns.addAll(row.keySet()));
        out.println("confusion matrix (rows: truth, columns: predicted)");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-24s", ""));
        for (String c : columns) {
            header.append(String.format(Locale.ROOT, " %7s", abbreviate(c)));
        }
        out.println(header);
        for (String truth : r.classes()) {
            Map<String, Integer> row = r.confusion().getOrDefault(truth, Map.of());
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s", truth));
            for (String c : columns) {
                line.append(String.format(Locale.ROOT, " %7d", row.getOrDefault(c, 0)));
            }
            out.println(line);
        }
        if (showMisses) {
            for (ClassReport.Miss m : r.misses()) {
                out.printf(Locale.ROOT, "  miss %s: truth %s, predicted %s — %s%n", m.id(), m.truth(), m.predicted(), m.why());
            }
        } else if (!r.misses().isEmpty()) {
            out.printf(Locale.ROOT, "  (%d holdout misses not listed: the holdout is not for tuning)%n", r.misses().size());
        }
    }

    /** First letters of the words: CAPACITY_PERFORMANCE → CP, ACTIONABLE → ACTION. */
    private static String abbreviate(String c) {
        String[] parts = c.split("_");
        if (parts.length == 1) {
            return c.length() <= 7 ? c : c.substring(0, 7);
        }
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            b.append(p.charAt(0));
        }
        return b.toString();
    }
}
