package dev.opshistory.reports.charts;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/** White for 0 to dark red for the busiest cell, linearly: the colour scale of the pages heat map. */
final class HeatPaintScale implements PaintScale {

    private static final Color LOW = new Color(0xFF, 0xFF, 0xFF);
    private static final Color HIGH = new Color(0xB7, 0x1C, 0x1C);

    private final double upper;

    HeatPaintScale(double upper) {
        this.upper = Math.max(1, upper);
    }

    @Override
    public double getLowerBound() {
        return 0;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        double t = Math.max(0, Math.min(1, value / upper));
        return new Color(mix(LOW.getRed(), HIGH.getRed(), t), mix(LOW.getGreen(), HIGH.getGreen(), t),
                mix(LOW.getBlue(), HIGH.getBlue(), t));
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }
}
