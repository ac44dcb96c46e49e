package org.peerplanner.integrations.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes RFC 5545 content lines: {@code NAME;PARAM=value:value}, each ended by CRLF and folded so that no line is
 * longer than 75 octets of UTF-8, never inside a character (a code point is kept whole, surrogate pairs included).
 * iCal4j's own FoldingWriter counts UTF-16 chars instead, so a line of CJK text would reach 219 octets.
 * <p>
 * Usage: {@code lines.name("SUMMARY").text(summary).end()}. Output is buffered and handed to the {@link Writer} in
 * large chunks; call {@link #flush()} at the end.
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;
    private static final int CHUNK = 16 * 1024;

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private final StringBuilder buffer = new StringBuilder(CHUNK + 1024);

    ContentLines(Writer out) {
        this.out = out;
    }

    ContentLines begin(String component) {
        return name("BEGIN").raw(component).end();
    }

    ContentLines finish(String component) {
        return name("END").raw(component).end();
    }

    /** Starts a content line. */
    ContentLines name(String name) {
        line.setLength(0);
        line.append(name);
        return this;
    }

    /** A parameter; the value is quoted when it holds {@code : ; ,} and cleaned of what a parameter cannot hold. */
    ContentLines param(String name, String value) {
        line.append(';').append(name).append('=');
        appendParamValue(value);
        return this;
    }

    /** The value as given: for values that are already in iCalendar syntax (dates, numbers, enumerations). */
    ContentLines raw(String value) {
        line.append(':').append(value);
        return this;
    }

    /** A TEXT value, escaped. */
    ContentLines text(String value) {
        line.append(':');
        appendText(value);
        return this;
    }

    /** Several TEXT values separated by commas (CATEGORIES), each escaped. */
    ContentLines texts(Iterable<String> values) {
        line.append(':');
        boolean first = true;
        for (String value : values) {
            if (!first) {
                line.append(',');
            }
            appendText(value);
            first = false;
        }
        return this;
    }

    /** A URI (URL, mailto:): control characters dropped, nothing escaped, since URIs are not TEXT. */
    ContentLines uri(String value) {
        line.append(':');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isControl(c)) {
                line.append(c);
            }
        }
        return this;
    }

    /** Ends the line: folds it and appends CRLF. */
    ContentLines end() {
        fold(line, buffer);
        if (buffer.length() >= CHUNK) {
            drain();
        }
        return this;
    }

    void flush() {
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drain() {
        try {
            out.append(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.setLength(0);
    }

    static void fold(CharSequence line, StringBuilder to) {
        int octets = 0;
        int length = line.length();
        for (int i = 0; i < length; i++) {
            char c = line.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(line.charAt(i + 1));
            int size = pair ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            if (octets + size > MAX_OCTETS) {
                to.append("\r\n ");
                octets = 1;
            }
            to.append(c);
            if (pair) {
                to.append(line.charAt(++i));
            }
            octets += size;
        }
        to.append("\r\n");
    }

    private void appendText(String value) {
        if (value == null) {
            return;
        }
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case ';' -> line.append("\\;");
                case ',' -> line.append("\\,");
                case '\n' -> line.append("\\n");
                case '\r' -> {
                    line.append("\\n");
                    if (i + 1 < length && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (!isControl(c) || c == '\t') {
                        line.append(c);
                    }
                }
            }
        }
    }

    private void appendParamValue(String value) {
        int start = line.length();
        boolean quote = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                line.append('\''); // a parameter value cannot contain DQUOTE at all
            } else if (c == '\r' || c == '\n' || c == '\t') {
                line.append(' ');
            } else if (!isControl(c)) {
                quote |= c == ':' || c == ';' || c == ',';
                line.append(c);
            }
        }
        if (quote) {
            line.insert(start, '"').append('"');
        }
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c == 0x7f;
    }
}
