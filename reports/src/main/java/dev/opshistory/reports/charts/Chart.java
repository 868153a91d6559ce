package dev.opshistory.reports.charts;

/**
 * One chart of the report, drawn.
 *
 * @param name  file-safe name: the file is {@code charts/<name>.svg} and the SVG element's id is {@code chart-<name>}
 * @param title what the chart shows, for the Markdown link's alt text and the HTML caption
 * @param svg   a standalone {@code <svg>} element (text XML-escaped by JFreeSVG), with no script and no external
 *              reference, identical for identical data; each bar, slice or heat-map cell drawn is a
 *              {@code <g class="chart-item" id="chart-<name>-item-<n>">} (legend, axes and labels are not)
 */
public record Chart(String name, String title, String svg) {
}
