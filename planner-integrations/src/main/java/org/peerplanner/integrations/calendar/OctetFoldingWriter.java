package org.peerplanner.integrations.calendar;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Folds content lines at 75 octets of UTF-8 (RFC 5545 §3.1), never inside a character: a code point, surrogate pair
 * included, stays whole on one line. A line of exactly 75 octets is not folded. iCal4j's own FoldingWriter counts
 * UTF-16 chars instead, so a line of CJK text would reach 219 octets; we hand it unfolded text and fold here.
 */
final class OctetFoldingWriter extends FilterWriter {

    static final int MAX_OCTETS = 75;
    private static final char[] FOLD = {'\r', '\n', ' '};

    private int octets;
    private char pendingHigh;

    OctetFoldingWriter(Writer out) {
        super(out);
    }

    /** Folds one logical line (without its CRLF) and appends it with CRLF: for tests and one-off use. */
    static String fold(CharSequence line) {
        var folded = new java.io.StringWriter(line.length() + 8);
        try (var writer = new OctetFoldingWriter(folded)) {
            writer.append(line).append("\r\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return folded.toString();
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (Character.isHighSurrogate(ch)) {
            pendingHigh = ch; // wait for its low half: the pair is 4 octets and must not be split
            return;
        }
        if (pendingHigh != 0 && Character.isLowSurrogate(ch)) {
            room(4);
            out.write(pendingHigh);
            out.write(ch);
            pendingHigh = 0;
            octets += 4;
            return;
        }
        if (ch == '\r' || ch == '\n') {
            out.write(ch);
            octets = 0;
            return;
        }
        int size = ch < 0x80 ? 1 : ch < 0x800 ? 2 : 3;
        room(size);
        out.write(ch);
        octets += size;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }

    private void room(int size) throws IOException {
        if (octets + size > MAX_OCTETS) {
            out.write(FOLD);
            octets = 1;
        }
    }
}
