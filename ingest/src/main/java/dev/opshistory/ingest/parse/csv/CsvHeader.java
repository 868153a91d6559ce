package dev.opshistory.ingest.parse.csv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV header row: where each column is, by its normalised name ({@link PagerDutyCsvColumns#normalise}).
 * When two header cells normalise to the same name, the first one counts for single reads; {@link #indexesOf} gives all.
 */
final class CsvHeader {

    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, List<Integer>> repeated = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    CsvHeader(Iterable<String> cells) {
        int index = 0;
        for (String cell : cells) {
            String name = PagerDutyCsvColumns.normalise(cell);
            names.add(name);
            positions.putIfAbsent(name, index);
            repeated.computeIfAbsent(name, n -> new ArrayList<>()).add(index++);
        }
    }

    /** The column's index, or -1 when the header lacks it. */
    int indexOf(String column) {
        return positions.getOrDefault(column, -1);
    }

    /** Every index of a column the header repeats (Jira writes one {@code Labels} column per label); empty when absent. */
    List<Integer> indexesOf(String column) {
        return repeated.getOrDefault(column, List.of());
    }

    /** The names of the columns that start with {@code prefix}, each once, in file order. */
    List<String> namesStartingWith(String prefix) {
        return names.stream().filter(n -> n.startsWith(prefix)).distinct().toList();
    }

    boolean has(String column) {
        return positions.containsKey(column);
    }

    /** The number of header cells. */
    int width() {
        return names.size();
    }

    /** Which of {@code columns} the header lacks, in the order given. */
    List<String> missing(Collection<String> columns) {
        return columns.stream().filter(c -> !has(c)).toList();
    }

    /** How many of {@code columns} the header has. */
    long count(Collection<String> columns) {
        return columns.stream().filter(this::has).count();
    }

    /** The normalised names in file order, for messages. */
    List<String> names() {
        return List.copyOf(names);
    }
}
