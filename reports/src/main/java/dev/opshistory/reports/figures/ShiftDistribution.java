package dev.opshistory.reports.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Folds shift-load.sql's (queue, pages in a shift, shifts) rows into an {@link OnCallLoad}. */
public final class ShiftDistribution {

    private ShiftDistribution() {
    }

    /** {@code shifts} shifts of {@code queue} had {@code pages} pages each. */
    public record Cell(String queue, long pages, long shifts) {
    }

    /** The distribution over all queues and the load of each. */
    public static OnCallLoad of(List<Cell> cells) {
        Map<Long, Long> overall = new TreeMap<>();
        Map<String, List<Cell>> byQueue = new LinkedHashMap<>();
        for (Cell cell : cells) {
            overall.merge(cell.pages(), cell.shifts(), Long::sum);
            byQueue.computeIfAbsent(cell.queue(), q -> new ArrayList<>()).add(cell);
        }
        List<OnCallLoad.QueueLoad> queues = new ArrayList<>();
        byQueue.forEach((queue, rows) -> queues.add(queueLoad(queue, rows)));
        queues.sort(Comparator.comparing(OnCallLoad.QueueLoad::shareOverGuide, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Comparator.comparingLong(OnCallLoad.QueueLoad::pages).reversed())
                .thenComparing(OnCallLoad.QueueLoad::queue));
        List<OnCallLoad.ShiftCount> distribution = overall.entrySet().stream()
                .map(e -> new OnCallLoad.ShiftCount(e.getKey(), e.getValue())).toList();
        long shifts = distribution.stream().mapToLong(OnCallLoad.ShiftCount::shifts).sum();
        long over = distribution.stream().filter(c -> c.pages() > OnCallLoad.SRE_GUIDE)
                .mapToLong(OnCallLoad.ShiftCount::shifts).sum();
        return new OnCallLoad(OnCallLoad.SRE_GUIDE, distribution, shifts, over, queues);
    }

    private static OnCallLoad.QueueLoad queueLoad(String queue, List<Cell> rows) {
        rows.sort(Comparator.comparingLong(Cell::pages));
        long shifts = rows.stream().mapToLong(Cell::shifts).sum();
        long pages = rows.stream().mapToLong(c -> c.pages() * c.shifts()).sum();
        long max = rows.stream().mapToLong(Cell::pages).max().orElse(0);
        long over = rows.stream().filter(c -> c.pages() > OnCallLoad.SRE_GUIDE).mapToLong(Cell::shifts).sum();
        return new OnCallLoad.QueueLoad(queue, shifts, pages, max, over, median(rows, shifts));
    }

    /** The median pages per shift, interpolated between the two middle shifts when their number is even. */
    static Double median(List<Cell> sortedRows, long shifts) {
        if (shifts == 0) {
            return null;
        }
        long lower = (shifts - 1) / 2;
        long upper = shifts / 2;
        return (pagesAt(sortedRows, lower) + pagesAt(sortedRows, upper)) / 2.0;
    }

    private static long pagesAt(List<Cell> sortedRows, long index) {
        long seen = 0;
        for (Cell cell : sortedRows) {
            seen += cell.shifts();
            if (index < seen) {
                return cell.pages();
            }
        }
        throw new IllegalArgumentException("index " + index + " beyond " + seen + " shifts");
    }
}
