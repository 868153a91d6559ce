package dev.opshistory.ingest.parse.postmortem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF's lines ({@link PdfLine}) as Markdown, the structure read back from how the text is set. The size most
 * characters are set in is the body's; a short line set larger is a heading (the largest size level one, the next level
 * two, smaller ones level three; a heading wrapped onto a second line close under the first is one heading); a short
 * line wholly in bold is a bold pseudo-heading, as the Markdown reader takes them; a line opening with a bullet character is a list item. A
 * line of three or more cells opens a table, its header; the lines under it whose cells stay inside its columns are
 * its rows, a cell's wrapped lines joined, a new row where the lines stand further apart than the text's lines do. A
 * line of two cells whose first is a few words ("Incident date | 16 Apr 2024", a table of fields) is a field line.
 * The web address of a link is written after the line that shows it (an incident's URL names it).
 */
final class PdfMarkdown {

    /** A heading's size is at least this much above the body's. */
    private static final float HEADING_RATIO = 1.15f;
    /** Longer lines are sentences set large, not headings. */
    private static final int LONGEST_HEADING = 120;
    /** A heading's second line at most this many of its sizes below the first is the same heading, wrapped. */
    private static final float WRAPPED_HEADING = 1.6f;
    /** Longer bold lines are bold sentences, not pseudo-headings. */
    private static final int LONGEST_BOLD_HEADING = 60;
    /** Table lines further apart than this many times the text's line pitch start a new row. */
    private static final float ROW_GAP = 1.1f;
    private static final Pattern BULLET = Pattern.compile("^[•●◦▪‣∙·○■□–-]\\s+");

    private final List<PdfLine> lines;
    private final float body;
    private final List<Float> headingSizes;
    private final float pitch;
    private final StringBuilder out = new StringBuilder();
    /** Whether the last line written leaves a paragraph open (no blank line after it yet). */
    private boolean inParagraph;

    private PdfMarkdown(List<PdfLine> lines) {
        this.lines = lines;
        this.body = bodySize(lines);
        this.headingSizes = new ArrayList<>(new TreeSet<>(lines.stream().filter(this::isHeading)
                .map(PdfLine::roundedSize).toList()).descendingSet());
        this.pitch = linePitch(lines);
    }

    /** The lines as Markdown, titled from the document's properties when no line is a heading. */
    static String of(List<PdfLine> lines, String propertiesTitle) {
        PdfMarkdown markdown = new PdfMarkdown(lines);
        if (markdown.headingSizes.isEmpty() && propertiesTitle != null && !propertiesTitle.isBlank()) {
            markdown.out.append("# ").append(propertiesTitle.strip()).append("\n\n");
        }
        markdown.write();
        return markdown.out.toString();
    }

    /** The size most characters are set in, to half a point. */
    static float bodySize(List<PdfLine> lines) {
        Map<Float, Integer> characters = new HashMap<>();
        for (PdfLine line : lines) {
            characters.merge(line.roundedSize(), line.text().length(), Integer::sum);
        }
        return characters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    private void write() {
        PdfLine previous = null;
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            String text = line.text().strip();
            if (isHeading(line)) {
                if (previous != null && isHeading(previous) && previous.roundedSize() == line.roundedSize()
                        && previous.page() == line.page() && line.top() - previous.top() <= WRAPPED_HEADING * line.size()) {
                    out.setLength(out.length() - 2); // a heading wrapped onto a second line: one heading
                    out.append(' ').append(text).append("\n\n");
                } else {
                    int level = Math.min(3, headingSizes.indexOf(line.roundedSize()) + 1);
                    block("#".repeat(level) + " " + text);
                }
            } else if (line.cells().size() >= 3) {
                i = table(i) - 1;
            } else if (line.cells().size() == 2 && isLabel(line.cells().get(0).text())) {
                block(line.cells().get(0).text().strip() + ": " + line.cells().get(1).text().strip() + links(line, text));
            } else if (line.bold() && text.length() <= LONGEST_BOLD_HEADING && !text.endsWith(".")) {
                block("**" + text.replace("*", "\\*") + "**");
            } else {
                Matcher bullet = BULLET.matcher(text);
                if (bullet.lookingAt()) {
                    out.append(inParagraph ? "\n" : "").append("- ").append(text.substring(bullet.end()));
                } else {
                    out.append(text);
                }
                out.append(links(line, text)).append('\n');
                inParagraph = !line.paragraphEnd();
                if (line.paragraphEnd()) {
                    out.append('\n');
                }
            }
            previous = lines.get(i);
        }
    }

    /** A block of its own: a heading, a field line, a table. */
    private void block(String text) {
        out.append(inParagraph ? "\n" : "").append(text).append("\n\n");
        inParagraph = false;
    }

    /**
     * The table whose header is line {@code start}: its rows as Markdown; returns the index of the first line after it.
     */
    private int table(int start) {
        PdfLine header = lines.get(start);
        List<PdfLine.Cell> columns = header.cells();
        List<StringBuilder[]> rows = new ArrayList<>();
        StringBuilder[] row = null;
        PdfLine above = header;
        int next = start + 1;
        for (; next < lines.size(); next++) {
            PdfLine line = lines.get(next);
            int[] at = columnsOf(line, columns);
            if (at == null || isHeading(line)) {
                break;
            }
            // a new row: lines further apart than the text's line pitch (cells are padded), a page turned, or a line
            // that fills every column under a row that has every column already
            boolean apart = line.page() != above.page() || line.top() - above.top() > ROW_GAP * pitch;
            if (row == null || apart || (line.cells().size() == columns.size() && isFull(row))) {
                row = new StringBuilder[columns.size()];
                rows.add(row);
            }
            for (int c = 0; c < at.length; c++) {
                StringBuilder cell = row[at[c]] == null ? row[at[c]] = new StringBuilder() : row[at[c]].append(' ');
                cell.append(line.cells().get(c).text().strip());
            }
            above = line;
        }
        if (rows.isEmpty()) { // cells set apart, and nothing under them: a line of its own
            block(header.text().strip());
            return next;
        }
        StringBuilder table = new StringBuilder(cellsRow(columns.stream().map(PdfLine.Cell::text).toList()));
        table.append("|---".repeat(columns.size())).append("|\n");
        for (StringBuilder[] cells : rows) {
            List<String> texts = new ArrayList<>();
            for (StringBuilder cell : cells) {
                texts.add(cell == null ? "" : cell.toString());
            }
            table.append(cellsRow(texts));
        }
        block(table.toString().stripTrailing());
        return next;
    }

    /**
     * The column of each cell of a line, or null when the line is no row of the table: each cell goes to the header
     * cell whose centre is nearest its own (headers are often centred over left-aligned cells), must not reach past
     * the centres of the header cells beside it (a paragraph under the table spans them all), and the cells keep the
     * columns' order.
     */
    private static int[] columnsOf(PdfLine line, List<PdfLine.Cell> columns) {
        int[] at = new int[line.cells().size()];
        for (int c = 0; c < at.length; c++) {
            PdfLine.Cell cell = line.cells().get(c);
            float middle = (cell.left() + cell.right()) / 2;
            int column = 0;
            for (int k = 1; k < columns.size(); k++) {
                if (Math.abs(middle - centre(columns.get(k))) < Math.abs(middle - centre(columns.get(column)))) {
                    column = k;
                }
            }
            boolean inside = (column == 0 || cell.left() >= centre(columns.get(column - 1)))
                    && (column == columns.size() - 1 || cell.right() <= centre(columns.get(column + 1)));
            if (!inside || (c > 0 && column <= at[c - 1])) {
                return null;
            }
            at[c] = column;
        }
        return at;
    }

    private static float centre(PdfLine.Cell cell) {
        return (cell.left() + cell.right()) / 2;
    }

    /** The distance most often found between a line and the next on its page: the body's line pitch. */
    private static float linePitch(List<PdfLine> lines) {
        Map<Float, Integer> distances = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).page() == lines.get(i - 1).page()) {
                float distance = Math.round((lines.get(i).top() - lines.get(i - 1).top()) * 2) / 2f;
                if (distance > 0) {
                    distances.merge(distance, 1, Integer::sum);
                }
            }
        }
        return distances.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Float.MAX_VALUE);
    }

    private static boolean isFull(StringBuilder[] row) {
        for (StringBuilder cell : row) {
            if (cell == null) {
                return false;
            }
        }
        return true;
    }

    private static String cellsRow(List<String> cells) {
        StringBuilder row = new StringBuilder();
        for (String cell : cells) {
            row.append("| ").append(cell.strip().replace("|", "\\|")).append(' ');
        }
        return row.append("|\n").toString();
    }

    /** The line's link targets that its text does not show, each as " <url>". */
    private static String links(PdfLine line, String text) {
        StringBuilder links = new StringBuilder();
        line.links().stream().filter(link -> !text.contains(link)).forEach(link -> links.append(" <").append(link).append('>'));
        return links.toString();
    }

    private boolean isHeading(PdfLine line) {
        String text = line.text().strip();
        return !text.isEmpty() && line.roundedSize() >= body * HEADING_RATIO && text.length() <= LONGEST_HEADING
                && !BULLET.matcher(text).lookingAt() && line.cells().size() < 3;
    }

    /** A field's name: a few words opening with a letter, not a sentence (a time of day opens a timeline's row). */
    private static boolean isLabel(String cell) {
        String label = cell.strip();
        return !label.isEmpty() && label.length() <= 40 && !label.endsWith(".") && !label.endsWith(":")
                && Character.isLetter(label.charAt(0));
    }
}
