package org.peerplanner.web.outcomes.baseline;

import java.util.List;
import org.peerplanner.domain.outcomes.baseline.Comparison;
import org.peerplanner.web.outcomes.ChartTheme;
import org.peerplanner.web.outcomes.SvgWriter;

/**
 * Draws the before/after comparisons as a small SVG "forest plot": per measure, the team's relative change as a dot
 * with its 95 % interval as a line, the zero line, and the practice's claim as a dashed reference line, labelled as
 * a claim. A few dozen shapes written with {@link SvgWriter} in the {@link ChartTheme} colours (shown as an image,
 * the chart draws in their fallbacks); plain Java, so it is tested without a browser.
 */
final class BeforeAfterSvg {

    static final int WIDTH = 480;
    static final int ROW = 92;
    static final int LEFT = 16;
    static final int RIGHT = 464;
    static final String TEAM = ChartTheme.PRIMARY;
    static final String CLAIM = ChartTheme.WARNING;
    static final String INK = ChartTheme.TEXT;
    static final String GRID = ChartTheme.TICK;

    private BeforeAfterSvg() {
    }

    static String draw(List<Comparison> comparisons) {
        double[] range = range(comparisons);
        int height = 40 + comparisons.size() * ROW;
        var svg = SvgWriter.svg(WIDTH, height, "style", "font-family:" + ChartTheme.FONT + ";font-size:14px");
        int axisY = comparisons.size() * ROW + 8;
        for (long tenth = Math.round(range[0] * 10); tenth <= Math.round(range[1] * 10); tenth++) {
            double tick = tenth / 10.0;
            double x = x(tick, range);
            boolean zero = Math.abs(tick) < 1e-9;
            line(svg, x, 4, x, axisY, zero ? INK : GRID, zero ? 1.5 : 0.5, null);
            text(svg, x, axisY + 18, Comparison.percent(tick), "middle", INK, 12, false);
        }
        for (int i = 0; i < comparisons.size(); i++) {
            row(svg, comparisons.get(i), i * ROW, range);
        }
        return svg.end();
    }

    private static void row(SvgWriter svg, Comparison c, int top, double[] range) {
        text(svg, LEFT, top + 20, c.measure().label(), "start", INK, 15, true);
        double claim = x(c.measure().claimedChange(), range);
        line(svg, claim, top + 28, claim, top + 70, CLAIM, 2, "6 4");
        text(svg, claim, top + 86, "claim " + Comparison.percent(c.measure().claimedChange()), "middle", CLAIM, 12,
                false);
        if (!c.enough()) {
            text(svg, x(0, range) + 8, top + 52, "not enough data yet", "start", INK, 13, false);
            return;
        }
        double y = top + 49;
        double low = x(c.low(), range);
        double high = x(c.high(), range);
        line(svg, low, y, high, y, TEAM, 3, null);
        line(svg, low, y - 7, low, y + 7, TEAM, 3, null);
        line(svg, high, y - 7, high, y + 7, TEAM, 3, null);
        svg.element("circle", "cx", x(c.change(), range), "cy", y, "r", 7, "style", "fill:" + TEAM);
        text(svg, x(c.change(), range), y - 12, "this team " + Comparison.percent(c.change()), "middle", TEAM, 13,
                true);
    }

    /** From at most -50 % to at least +30 %, widened to whole tens so every interval and claim fits. */
    static double[] range(List<Comparison> comparisons) {
        double min = -0.5;
        double max = 0.3;
        for (Comparison c : comparisons) {
            min = Math.min(min, Math.min(c.measure().claimedChange(), c.enough() ? c.low() : 0));
            max = Math.max(max, c.enough() ? c.high() : 0);
        }
        return new double[] {Math.floor(min * 10 + 1e-9) / 10, Math.ceil(max * 10 - 1e-9) / 10};
    }

    static double x(double value, double[] range) {
        return LEFT + 20 + (value - range[0]) / (range[1] - range[0]) * (RIGHT - LEFT - 40);
    }

    private static void line(SvgWriter svg, double x1, double y1, double x2, double y2, String colour, double width,
                             String dash) {
        svg.element("line", "x1", x1, "y1", y1, "x2", x2, "y2", y2, "style", "stroke:" + colour + ";stroke-width:"
                + SvgWriter.number(width) + (dash == null ? "" : ";stroke-dasharray:" + dash));
    }

    private static void text(SvgWriter svg, double x, double y, String text, String anchor, String colour, int size,
                             boolean bold) {
        svg.text(x, y, anchor, text, "style", "fill:" + colour + ";font-size:" + size + "px"
                + (bold ? ";font-weight:600" : ""));
    }
}
