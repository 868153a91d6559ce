package dev.opshistory.reports.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PiePlotState;
import org.jfree.data.general.PieDataset;

/**
 * A pie whose slices are each drawn in their own {@link ChartItems} group. PiePlot draws a slice in its second
 * pass (the first draws shadows, which these charts do not have), so only that pass is wrapped.
 */
final class MarkedPiePlot<K extends Comparable<K>> extends PiePlot<K> {

    private static final long serialVersionUID = 1L;
    private static final int SECTION_PASS = 1;

    private final transient ChartItems items;

    MarkedPiePlot(PieDataset<K> dataset, ChartItems items) {
        super(dataset);
        this.items = items;
    }

    @Override
    protected void drawItem(Graphics2D g2, int section, Rectangle2D dataArea, PiePlotState state, int currentPass) {
        if (currentPass != SECTION_PASS) {
            super.drawItem(g2, section, dataArea, state, currentPass);
            return;
        }
        items.begin(g2);
        super.drawItem(g2, section, dataArea, state, currentPass);
        items.end(g2);
    }
}
