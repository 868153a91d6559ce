package dev.opshistory.ingest.parse.postmortem;

import java.util.List;

/**
 * One line of a PDF's text as printed ({@link PdfLineCollector}).
 *
 * @param text         the line's words, one space apart
 * @param cells        the line's parts between gaps wider than words are set apart (a table's columns); one for prose
 * @param size         the font size of its largest characters, in points
 * @param bold         whether every character is bold
 * @param page         its page, from 1
 * @param top          its top, in points from the top of the page
 * @param pageHeight   the page's height, in points
 * @param paragraphEnd whether a paragraph ends with it
 * @param links        the web addresses of links over its characters
 */
record PdfLine(String text, List<Cell> cells, float size, boolean bold, int page, float top, float pageHeight,
               boolean paragraphEnd, List<String> links) {

    /** A cell: its text and where it starts and ends across the page, in points. */
    record Cell(String text, float left, float right) {
    }

    PdfLine endingParagraph() {
        return new PdfLine(text, cells, size, bold, page, top, pageHeight, true, links);
    }

    /** Where the line stands on its page: 0 at the top, 1 at the bottom. */
    float place() {
        return pageHeight <= 0 ? 0.5f : top / pageHeight;
    }

    /** Its size to half a point, so that sizes a renderer rounds differently count as one. */
    float roundedSize() {
        return Math.round(size * 2) / 2f;
    }
}
