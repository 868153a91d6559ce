package dev.opshistory.reports.charts;

import java.awt.Graphics2D;
import java.awt.geom.RectangularShape;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Flat bars, each in its own {@link ChartItems} group. A bar of zero length (a count of 0 in a stacked or grouped
 * bar chart) is not drawn at all, so the chart holds one group per non-zero value.
 */
final class MarkedBarPainter extends StandardBarPainter {

    private final transient ChartItems items;

    MarkedBarPainter(ChartItems items) {
        this.items = items;
    }

    @Override
    public void paintBar(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
                         RectangleEdge base) {
        if (bar.getWidth() <= 0 || bar.getHeight() <= 0) {
            return;
        }
        items.begin(g2);
        super.paintBar(g2, renderer, row, column, bar, base);
        items.end(g2);
    }
}
