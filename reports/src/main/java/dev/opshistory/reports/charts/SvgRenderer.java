package dev.opshistory.reports.charts;

import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a JFreeChart into SVG with JFreeSVG. AWT runs headless (no display is needed or used). The output is
 * deterministic: JFreeSVG would otherwise prefix its clip-path and gradient ids with {@code System.nanoTime()},
 * so each chart's ids are prefixed with its own name instead, which also keeps ids unique when several charts
 * share one HTML page.
 */
public final class SvgRenderer {

    static {
        // Before any AWT class loads: charts are drawn on servers and in CI without a display.
        System.setProperty("java.awt.headless", "true");
    }

    private SvgRenderer() {
    }

    /** The chart as an {@code <svg id="chart-<name>">} element of the given size in pixels. */
    public static String render(JFreeChart chart, String name, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix("chart-" + name + "-");
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGElement("chart-" + name);
    }
}
