package org.peerplanner.web.outcomes;

import java.util.List;
import java.util.Objects;
import org.peerplanner.domain.outcomes.MetricSeries;
import org.peerplanner.domain.outcomes.Readings;

/**
 * Charts as inline SVG written on the server. JFreeChart only writes SVG through JFreeSVG, which (like Batik) cannot
 * be fetched here, and a raster image can neither take the app's Lumo colours (CSS custom properties, so the dark
 * theme works too) nor stay legible when a 390 px screen shrinks it. Small line and bar charts need little drawing:
 * a coordinate box, polylines, rectangles and text.
 *
 * <p>The drawing is 360 units wide, about the width of a phone, so its text is read at nearly its own size there and
 * grows on wider screens. Each chart is {@code role="img"} with a title and the reading as its description; the same
 * figures are in a data table next to it. Lines differ by dash pattern and marker too, not by colour alone.
 */
final class SvgCharts {

    static final int WIDTH = 360;
    private static final int TREND_HEIGHT = 210;
    private static final int LEFT = 34;
    private static final int RIGHT = 10;
    private static final int TOP = 30;
    private static final int BOTTOM = 28;

    private SvgCharts() {
    }

    static String chart(MetricSeries series) {
        return series.kind() == MetricSeries.Kind.BARS ? bars(series) : trend(series);
    }

    static String trend(MetricSeries series) {
        int n = series.labels().size();
        double max = niceMax(series.lines().stream().flatMap(l -> l.values().stream()).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = TREND_HEIGHT - TOP - BOTTOM;
        var svg = open(series, TREND_HEIGHT);
        legend(svg, series.lines());
        for (int t = 0; t <= 4; t++) {
            double value = max * t / 4;
            double y = TOP + plotHeight - plotHeight * t / 4;
            svg.element("line", "x1", (double) LEFT, "y1", y, "x2", (double) WIDTH - RIGHT, "y2", y,
                    "style", "stroke:" + ChartTheme.GRID);
            svg.text(LEFT - 4, y + 3.5, "end", Readings.number(value));
        }
        int every = Math.max(1, (int) Math.ceil(n / 5.0));
        for (int i = 0; i < n; i += every) {
            svg.text(x(i, n, plotWidth), TREND_HEIGHT - 10, "middle", shortMonth(series.labels().get(i)));
        }
        for (int l = 0; l < series.lines().size(); l++) {
            List<Double> values = series.lines().get(l).values();
            StringBuilder points = new StringBuilder();
            for (int i = 0; i <= n; i++) {
                Double v = i < n ? values.get(i) : null;
                if (v == null) {
                    flush(svg, points, l);
                    continue;
                }
                double px = x(i, n, plotWidth);
                double py = TOP + plotHeight - (max == 0 ? 0 : plotHeight * v / max);
                points.append(SvgWriter.number(px)).append(',').append(SvgWriter.number(py)).append(' ');
                marker(svg, px, py, l);
            }
        }
        return svg.end();
    }

    static String bars(MetricSeries series) {
        int n = series.labels().size();
        int lines = series.lines().size();
        int rowHeight = 8 + 12 * lines;
        int height = TOP + Math.max(1, n) * rowHeight + 8;
        int labelWidth = 120;
        double max = niceMax(series.lines().stream().flatMap(l -> l.values().stream()).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0));
        double barSpace = WIDTH - labelWidth - RIGHT - 26;
        var svg = open(series, height);
        legend(svg, series.lines());
        if (n == 0) {
            svg.text(WIDTH / 2.0, TOP + 14, "middle", "No data yet");
        }
        for (int i = 0; i < n; i++) {
            double rowTop = TOP + i * rowHeight;
            svg.text(labelWidth - 6, rowTop + rowHeight / 2.0 + 3.5, "end", clip(series.labels().get(i), 20));
            for (int l = 0; l < lines; l++) {
                Double v = series.lines().get(l).values().get(i);
                double w = v == null || max == 0 ? 0 : barSpace * v / max;
                double y = rowTop + 4 + l * 12;
                svg.element("rect", "x", labelWidth, "y", y, "width", Math.max(w, 1), "height", 10,
                        "style", "fill:" + ChartTheme.series(l) + (l > 0 ? ";fill-opacity:0.55" : ""));
                svg.text(labelWidth + w + 4, y + 8.5, "start", Readings.number(v));
            }
        }
        return svg.end();
    }

    /** A tiny trend for the overview: no axes, the last value marked. */
    static String sparkline(String title, List<Double> values) {
        int w = 120;
        int h = 28;
        double max = values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i) == null ? 0 : values.get(i);
            points.append(SvgWriter.number(2 + (w - 4.0) * i / Math.max(1, values.size() - 1))).append(',')
                    .append(SvgWriter.number(h - 3 - (max == 0 ? 0 : (h - 6) * v / max))).append(' ');
        }
        return SvgWriter.svg(w, h, "width", w, "height", h, "role", "img",
                        "aria-label", title + ", by month: " + spoken(values))
                .textElement("title", title)
                .element("polyline", "fill", "none", "style", "stroke:" + ChartTheme.PRIMARY + ";stroke-width:1.5",
                        "points", points.toString())
                .end();
    }

    static String spoken(List<Double> values) {
        return String.join(", ", values.stream().map(Readings::number).toList());
    }

    private static SvgWriter open(MetricSeries series, int height) {
        return SvgWriter.svg(WIDTH, height, "role", "img", "aria-label", series.title() + ". " + series.reading(),
                        "class", "outcomes-chart",
                        "style", "font-size:10px;font-family:" + ChartTheme.FONT + ";fill:" + ChartTheme.TEXT)
                .textElement("title", series.title()).textElement("desc", series.reading());
    }

    private static void legend(SvgWriter svg, List<MetricSeries.Line> lines) {
        double x = LEFT;
        for (int l = 0; l < lines.size(); l++) {
            svg.element("line", "x1", x, "y1", 12, "x2", x + 16, "y2", 12, "style", stroke(l));
            svg.text(x + 20, 15.5, "start", lines.get(l).name());
            x += 28 + lines.get(l).name().length() * 5.4;
        }
    }

    private static void flush(SvgWriter svg, StringBuilder points, int line) {
        if (!points.isEmpty()) {
            svg.element("polyline", "fill", "none", "style", stroke(line), "points", points.toString().strip());
            points.setLength(0);
        }
    }

    /** A line's colour and dash pattern, two units wide. */
    private static String stroke(int line) {
        String dashes = ChartTheme.dashes(line);
        return "stroke:" + ChartTheme.series(line) + ";stroke-width:2" + (dashes.isEmpty() ? "" : ";stroke-dasharray:" + dashes);
    }

    private static void marker(SvgWriter svg, double x, double y, int line) {
        String style = "fill:" + ChartTheme.series(line);
        if (line % 2 == 0) {
            svg.element("circle", "cx", x, "cy", y, "r", "2.5", "style", style);
        } else {
            svg.element("rect", "x", x - 2.5, "y", y - 2.5, "width", 5, "height", 5, "style", style);
        }
    }

    private static double x(int i, int n, double plotWidth) {
        return LEFT + (n <= 1 ? plotWidth / 2 : plotWidth * i / (n - 1));
    }

    /** The top of the value axis: 1, 2 or 5 times a power of ten, at least 1. */
    static double niceMax(double max) {
        if (max <= 1) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** "Jan 2026" becomes "Jan 26" under the axis; the table keeps the full label. */
    private static String shortMonth(String label) {
        return label.matches("[A-Z][a-z]{2} \\d{4}") ? label.substring(0, 4) + label.substring(6) : label;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

}
