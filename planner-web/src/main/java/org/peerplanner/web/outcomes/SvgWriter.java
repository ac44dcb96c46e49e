package org.peerplanner.web.outcomes;

import java.util.Locale;

/**
 * Writes one SVG document as text for the outcome charts (the dashboard's trends, bars and sparklines, and the
 * before/after comparison): the root element, shapes and text with their attributes in the order given, numbers to
 * one decimal whatever the locale, every text and attribute value escaped. The colours come from {@link ChartTheme}.
 *
 * <p>Hand-written because the libraries that write SVG (JFreeSVG, Batik) are not available from our registry; an
 * element is a name and attributes, so a few lines suffice.
 */
public final class SvgWriter {

    private final StringBuilder svg = new StringBuilder();

    private SvgWriter() {
    }

    /**
     * An {@code <svg>} drawing {@code width} × {@code height} units, with further attributes as name, value pairs.
     */
    public static SvgWriter svg(int width, int height, Object... attributes) {
        var writer = new SvgWriter();
        writer.svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append('"');
        writer.attributes(attributes);
        writer.svg.append('>');
        return writer;
    }

    /** An empty element such as {@code <line .../>}: attributes as name, value pairs; doubles to one decimal. */
    public SvgWriter element(String name, Object... attributes) {
        svg.append('<').append(name);
        attributes(attributes);
        svg.append("/>");
        return this;
    }

    /** An element holding text only, such as {@code <title>}, with attributes as name, value pairs. */
    public SvgWriter textElement(String name, String text, Object... attributes) {
        svg.append('<').append(name);
        attributes(attributes);
        svg.append('>').append(escape(text)).append("</").append(name).append('>');
        return this;
    }

    /** A {@code <text>} at (x, y) anchored at its start, middle or end, with further attributes. */
    public SvgWriter text(double x, double y, String anchor, String text, Object... attributes) {
        Object[] all = new Object[attributes.length + 6];
        all[0] = "x";
        all[1] = x;
        all[2] = "y";
        all[3] = y;
        all[4] = "text-anchor";
        all[5] = anchor;
        System.arraycopy(attributes, 0, all, 6, attributes.length);
        return textElement("text", text, all);
    }

    /** The document, closed. */
    public String end() {
        return svg.append("</svg>").toString();
    }

    /** A number as the drawings write it: one decimal, a point whatever the locale. */
    public static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    private void attributes(Object[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come as name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            svg.append(' ').append(attributes[i]).append("=\"")
                    .append(value instanceof Double d ? number(d) : escape(String.valueOf(value))).append('"');
        }
    }
}
