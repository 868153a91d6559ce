package dev.opshistory.ingest.hostile;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Inputs for the PagerDuty incidents CSV parser made from the real rows of
 * {@code src/test/resources/parse/csv-all-columns.csv}: cells replaced by garbage, formulas, odd timestamps,
 * numbers out of range, oversized or empty text; cells dropped or added; rows repeated and reordered; columns
 * in another order; BOM and CRLF; written with RFC 4180 quoting, then possibly mangled byte by byte.
 */
final class CsvFuzz {

    static final List<String> ODD_CELLS = List.of("=cmd|' /C calc'!A0", "@SUM(1+1)", "+1+1", "-2+3", "", " ",
            "1677467200", "2023-13-45T00:00:00+00:00", "0000-00-00", "+275760-09-13T00:00:00Z", "27/02/2023 03:00",
            "2023-02-30 03:00:00", "99999999999", "-5", "1e9", "maybe", "\u0000", "line\nbreak", "\"quoted\"", "a,b;c",
            "PU1;;PU2,,", "\uFEFFbom", "\r");

    enum EditKind { ODD_CELL, GARBAGE, HUGE, DROP_CELL, ADD_CELL }

    record Edit(EditKind kind, int column, int choice, String garbage) {
        @Override
        public String toString() {
            return kind + "#" + column + "/" + choice + (kind == EditKind.GARBAGE ? " " + JsonFuzz.quote(garbage) : "");
        }
    }

    record RowPlan(int seed, List<Edit> edits) {
    }

    private CsvFuzz() {
    }

    static Arbitrary<FuzzInput> inputs(String realCsv) {
        List<List<String>> table = read(realCsv);
        List<String> header = table.get(0);
        List<List<String>> rows = table.subList(1, table.size());
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(EditKind.class), Arbitraries.integers().between(0, 1_000),
                Arbitraries.integers().between(0, 1_000), Arbitraries.strings().all().ofMaxLength(30)).as(Edit::new);
        Arbitrary<RowPlan> row = Combinators.combine(Arbitraries.integers().between(0, rows.size() - 1), edit.list().ofMaxSize(4))
                .as(RowPlan::new);
        return Combinators.combine(row.list().ofMinSize(1).ofMaxSize(8), Arbitraries.longs(), Arbitraries.of(true, false),
                Arbitraries.of(true, false), ByteEdit.some())
                .as((plans, columnOrder, bom, crlf, bytes) -> build(header, rows, plans, columnOrder, bom, crlf, bytes));
    }

    private static FuzzInput build(List<String> header, List<List<String>> seeds, List<RowPlan> plans, long columnOrder,
            boolean bom, boolean crlf, List<ByteEdit> byteEdits) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(columnOrder));
        StringBuilder out = new StringBuilder(bom ? "\uFEFF" : "");
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator(crlf ? "\r\n" : "\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(order.stream().map(header::get).toList());
            for (RowPlan plan : plans) {
                List<String> cells = new ArrayList<>(order.stream().map(seeds.get(plan.seed())::get).toList());
                for (Edit edit : plan.edits()) {
                    apply(cells, edit);
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        for (ByteEdit edit : byteEdits) {
            bytes = edit.apply(bytes);
        }
        String recipe = "columns " + order + (bom ? ", BOM" : "") + (crlf ? ", CRLF" : "") + ", rows " + plans
                + (byteEdits.isEmpty() ? "" : " then bytes " + byteEdits);
        return new FuzzInput("incidents.csv", bytes, plans.size(),
                byteEdits.isEmpty() ? FuzzInput.Expect.EXACT : FuzzInput.Expect.ANY, recipe);
    }

    private static void apply(List<String> cells, Edit edit) {
        int column = edit.column() % cells.size();
        switch (edit.kind()) {
            case ODD_CELL -> cells.set(column, ODD_CELLS.get(edit.choice() % ODD_CELLS.size()));
            case GARBAGE -> cells.set(column, edit.garbage());
            case HUGE -> cells.set(column, "x".repeat(70_000));
            case DROP_CELL -> {
                if (cells.size() > 2) {
                    cells.remove(column);
                }
            }
            case ADD_CELL -> cells.add(column, edit.garbage());
        }
    }

    private static List<List<String>> read(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(CSVFormat.RFC4180).get()) {
            List<List<String>> table = new ArrayList<>();
            for (CSVRecord record : parser) {
                table.add(record.toList());
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
