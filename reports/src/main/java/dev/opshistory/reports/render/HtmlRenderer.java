package dev.opshistory.reports.render;

import dev.opshistory.reports.ReportData;
import dev.opshistory.reports.charts.Chart;
import java.util.List;

/**
 * Renders {@code templates/operational-history.html.ftl}: one self-contained page (inline CSS, the charts'
 * SVG inline, no script, no external reference) with FreeMarker's HTML auto-escaping of every interpolation.
 * The charts' SVG is inserted unescaped on purpose: JFreeSVG writes it and escapes the text it draws.
 */
public final class HtmlRenderer {

    /** The template of {@code operational-history.html}. */
    public static final String TEMPLATE = "operational-history.html.ftl";

    private final Templates templates = new Templates();

    /** The HTML page of the report. */
    public String render(ReportData data, List<Chart> charts) {
        return templates.render(TEMPLATE, data, charts);
    }
}
