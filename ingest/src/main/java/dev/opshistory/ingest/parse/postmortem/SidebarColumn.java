package dev.opshistory.ingest.parse.postmortem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds a sidebar on a printed page: a narrow column in the page's right half beside the main text, as web apps lay out
 * a document's facts (PagerDuty's postmortem page prints its owner, impact time and duration so). Printed line by
 * line, each of the sidebar's lines would land in the middle of a sentence of the main text.
 *
 * <p>A page has one when at least {@link #MIN_LINES} lines have a word starting at the same place in the right half
 * after a gap (or start there), no word beside the sidebar (from its first line to its last) crosses that place, the
 * text left of it there outweighs the text right of it, and the left holds prose (lines of several words, each in one
 * piece) rather than a table's cells. A timeline whose times
 * stand left of its entries, or a table of labels and values, is no sidebar: its right side starts in the left half,
 * or outweighs the left, or its left holds no prose.
 */
record SidebarColumn(float edge, float firstTop, float lastTop) {

    private static final int MIN_LINES = 3;
    private static final int PROSE_WORDS = 4;

    /** The page's sidebar: where it starts across the page, and the tops of its first and last lines. */
    static Optional<SidebarColumn> find(List<List<List<TextPosition>>> lines, float pageWidth) {
        float half = pageWidth / 2;
        Map<Integer, Integer> starts = new HashMap<>();
        int[] startOf = new int[lines.size()];
        for (int l = 0; l < lines.size(); l++) {
            List<List<TextPosition>> line = lines.get(l);
            float gap = PdfLineCollector.cellGap(line);
            startOf[l] = -1;
            for (int i = 0; i < line.size(); i++) {
                float left = left(line.get(i));
                boolean afterGap = i == 0 || left - right(line.get(i - 1)) > gap;
                if (left > half && afterGap) {
                    startOf[l] = Math.round(left / 2);
                    starts.merge(startOf[l], 1, Integer::sum);
                    break;
                }
            }
        }
        int mode = starts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
        if (mode < 0 || starts.get(mode) < MIN_LINES) {
            return Optional.empty();
        }
        // the sidebar's own height: a title above it or a table below it may run across the page
        float first = Float.MAX_VALUE;
        float last = -Float.MAX_VALUE;
        for (int l = 0; l < lines.size(); l++) {
            if (Math.abs(startOf[l] - mode) <= 1) {
                first = Math.min(first, top(lines.get(l)));
                last = Math.max(last, top(lines.get(l)));
            }
        }
        float edge = mode * 2f - 3;
        int leftCharacters = 0;
        int rightCharacters = 0;
        int proseLines = 0;
        int tableRows = 0;
        for (List<List<TextPosition>> line : lines) {
            if (top(line) < first - 1 || top(line) > last + 1) {
                continue;
            }
            float gap = PdfLineCollector.cellGap(line);
            int wordsLeft = 0;
            int cellsLeft = 0;
            int cellsRight = 0;
            List<TextPosition> previous = null;
            for (List<TextPosition> word : line) {
                if (left(word) < edge && right(word) > edge) {
                    return Optional.empty();
                }
                boolean newCell = previous == null || left(word) - right(previous) > gap
                        || (left(previous) < edge) != (left(word) < edge);
                if (left(word) < edge) {
                    leftCharacters += word.size();
                    wordsLeft++;
                    cellsLeft += newCell ? 1 : 0;
                } else {
                    rightCharacters += word.size();
                    cellsRight += newCell ? 1 : 0;
                }
                previous = word;
            }
            proseLines += wordsLeft >= PROSE_WORDS ? 1 : 0;
            // a table's row has cells on either side; beside a sidebar, prose runs on in one piece
            tableRows += cellsLeft > 1 || cellsRight > 1 ? 1 : 0;
        }
        if (tableRows > 1) {
            return Optional.empty();
        }
        return leftCharacters > rightCharacters && proseLines >= MIN_LINES
                ? Optional.of(new SidebarColumn(edge, first, last)) : Optional.empty();
    }

    /** Where a line of words stands, from the top of its page. */
    static float top(List<List<TextPosition>> line) {
        return line.get(0).get(0).getYDirAdj();
    }

    /** Whether a line stands beside the sidebar, and so is cut in two at its edge. */
    boolean beside(List<List<TextPosition>> line) {
        return top(line) >= firstTop - 1 && top(line) <= lastTop + 1;
    }

    /** Whether a word of a line beside it is the sidebar's. */
    boolean holds(List<TextPosition> word) {
        return left(word) >= edge;
    }

    /** Where a word starts across the page. */
    static float left(List<TextPosition> word) {
        return word.get(0).getXDirAdj();
    }

    private static float right(List<TextPosition> word) {
        TextPosition last = word.get(word.size() - 1);
        return last.getXDirAdj() + last.getWidthDirAdj();
    }
}
