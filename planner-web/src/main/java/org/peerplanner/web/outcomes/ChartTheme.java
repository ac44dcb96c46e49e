package org.peerplanner.web.outcomes;

/**
 * The colours and font of every outcome chart: the app's Lumo properties, so charts drawn into the page follow its
 * light and dark theme, each with the colour a chart shown as an image (where the page's properties do not reach)
 * falls back to. Written into {@code style} attributes, the only place a {@code var()} works in SVG.
 */
public final class ChartTheme {

    public static final String PRIMARY = "var(--lumo-primary-color, #0b57d0)";
    public static final String WARNING = "var(--lumo-warning-text-color, #a14a00)";
    public static final String ERROR = "var(--lumo-error-text-color, #c5221f)";
    public static final String SUCCESS = "var(--lumo-success-text-color, #137333)";
    public static final String TEXT = "var(--lumo-body-text-color, #1f2937)";
    /** Light lines behind the figures. */
    public static final String GRID = "var(--lumo-contrast-10pct, #e5e7eb)";
    /** Tick lines that must stay visible. */
    public static final String TICK = "var(--lumo-contrast-40pct, #9aa3ae)";
    public static final String FONT = "var(--lumo-font-family, system-ui, sans-serif)";

    /** The lines of one chart, in order; they differ by dash pattern and marker too, not by colour alone. */
    static final String[] SERIES = {PRIMARY, WARNING, ERROR, SUCCESS};
    static final String[] DASHES = {"", "6 4", "2 3", "8 3 2 3"};

    private ChartTheme() {
    }

    /** The colour of a chart's {@code index}th line. */
    public static String series(int index) {
        return SERIES[index % SERIES.length];
    }

    /** The dash pattern of a chart's {@code index}th line, empty for a solid line. */
    public static String dashes(int index) {
        return DASHES[index % DASHES.length];
    }
}
