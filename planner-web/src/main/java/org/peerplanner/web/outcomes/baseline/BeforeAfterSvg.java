package org.peerplanner.web.outcomes.baseline;

import java.util.List;
import java.util.Locale;
import org.peerplanner.domain.outcomes.baseline.Comparison;

/**
 * Draws the before/after comparisons as a small SVG "forest plot": per measure, the team's relative change as a dot
 * with its 95 % interval as a line, the zero line, and the practice's claim as a dashed reference line, labelled as
 * a claim. Written by hand because no SVG back end for JFreeChart is available from our registry (JFreeSVG is not
 * mirrored); it is a few dozen shapes, and plain Java, so it is tested without a browser.
 */
final class BeforeAfterSvg {

    static final int WIDTH = 480;
    static final int ROW = 92;
    static final int LEFT = 16;
    static final int RIGHT = 464;
    static final String TEAM = "#0b57d0";
    static final String CLAIM = "#a14a00";
    static final String INK = "#1f2937";
    static final String GRID = "#9aa3ae";

    private BeforeAfterSvg() {
    }

    static String draw(List<Comparison> comparisons) {
        double[] range = range(comparisons);
        int height = 40 + comparisons.size() * ROW;
        var svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"system-ui, sans-serif\" font-size=\"14\">", WIDTH, height));
        int axisY = comparisons.size() * ROW + 8;
        for (long tenth = Math.round(range[0] * 10); tenth <= Math.round(range[1] * 10); tenth++) {
            double tick = tenth / 10.0;
            double x = x(tick, range);
            boolean zero = Math.abs(tick) < 1e-9;
            svg.append(line(x, 4, x, axisY, zero ? INK : GRID, zero ? 1.5 : 0.5, null));
            svg.append(text(x, axisY + 18, Comparison.percent(tick), "middle", INK, 12, false));
        }
        for (int i = 0; i < comparisons.size(); i++) {
            row(svg, comparisons.get(i), i * ROW, range);
        }
        return svg.append("</svg>").toString();
    }

    private static void row(StringBuilder svg, Comparison c, int top, double[] range) {
        svg.append(text(LEFT, top + 20, c.measure().label(), "start", INK, 15, true));
        double claim = x(c.measure().claimedChange(), range);
        svg.append(line(claim, top + 28, claim, top + 70, CLAIM, 2, "6 4"));
        svg.append(text(claim, top + 86, "claim " + Comparison.percent(c.measure().claimedChange()), "middle", CLAIM,
                12, false));
        if (!c.enough()) {
            svg.append(text(x(0, range) + 8, top + 52, "not enough data yet", "start", INK, 13, false));
            return;
        }
        double y = top + 49;
        double low = x(c.low(), range);
        double high = x(c.high(), range);
        svg.append(line(low, y, high, y, TEAM, 3, null));
        svg.append(line(low, y - 7, low, y + 7, TEAM, 3, null));
        svg.append(line(high, y - 7, high, y + 7, TEAM, 3, null));
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\" fill=\"%s\"/>", x(c.change(),
                range), y, TEAM));
        svg.append(text(x(c.change(), range), y - 12, "this team " + Comparison.percent(c.change()), "middle", TEAM,
                13, true));
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

    private static String line(double x1, double y1, double x2, double y2, String colour, double width, String dash) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                + "stroke-width=\"%.1f\"%s/>", x1, y1, x2, y2, colour, width,
                dash == null ? "" : " stroke-dasharray=\"" + dash + "\"");
    }

    private static String text(double x, double y, String text, String anchor, String colour, int size, boolean bold) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\" font-size=\"%d\"%s>"
                + "%s</text>", x, y, anchor, colour, size, bold ? " font-weight=\"600\"" : "", escape(text));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
