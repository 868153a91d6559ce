package dev.opshistory.reports.render;

import dev.opshistory.reports.ReportData;
import dev.opshistory.reports.charts.Chart;
import java.util.List;

/**
 * Renders {@code templates/operational-history.md.ftl}: GitHub-flavoured Markdown whose every interpolation is
 * escaped by {@link MarkdownOutputFormat}; charts are linked as {@code charts/<name>.svg} images.
 */
public final class MarkdownRenderer {

    /** The template of {@code operational-history.md}. */
    public static final String TEMPLATE = "operational-history.md.ftl";

    private final Templates templates = new Templates();

    /** The Markdown of the report, without chart links. */
    public String render(ReportData data) {
        return render(data, List.of());
    }

    /** The Markdown of the report, linking each chart's SVG file. */
    public String render(ReportData data, List<Chart> charts) {
        return templates.render(TEMPLATE, data, charts);
    }
}
