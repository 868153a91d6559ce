package dev.opshistory.reports.charts;

import java.awt.Graphics2D;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.svg.SVGHints;

/**
 * Wraps each data item a chart draws (a bar, a pie slice, a heat-map cell) in
 * {@code <g class="chart-item" id="chart-<name>-item-<n>">}, through JFreeSVG's group hints, so that a reader or
 * a test can count what a chart drew apart from its legend, axes and labels. One instance per drawing: it
 * numbers the items in drawing order, which keeps ids unique within the page and the SVG deterministic.
 */
final class ChartItems {

    /** The class of every data item's group. */
    static final String CLASS = "chart-item";

    private final String chartName;
    private int next;

    ChartItems(String chartName) {
        this.chartName = chartName;
    }

    /** Opens the group of the next item; every call must be followed by {@link #end}. */
    void begin(Graphics2D g2) {
        Map<String, String> group = new LinkedHashMap<>();
        group.put("id", "chart-" + chartName + "-item-" + next++);
        group.put("class", CLASS);
        g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, group);
    }

    /** Closes the item's group. */
    void end(Graphics2D g2) {
        g2.setRenderingHint(SVGHints.KEY_END_GROUP, "item");
    }
}
