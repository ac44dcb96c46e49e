package org.peerplanner.integrations.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV retrospective export.
 * <p>Text encoding: UTF-8 (with or without BOM); UTF-16 only with its BOM (Excel's "Unicode Text"). Anything
 * else that is not valid UTF-8 is read as Windows-1252 with a note: that is what Excel for Windows writes for
 * "CSV (Comma delimited)" in Western European locales, and refusing it would block the most common way managers
 * produce a CSV. Content with NUL bytes or many control characters is binary and refused.
 * <p>Delimiter: whichever of comma, semicolon and tab occurs most in the header line outside quotes (comma on a
 * tie); Excel's {@code sep=;} first line is honoured and not counted as a row. Quoted values may span lines.
 */
final class CsvRetroReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvRetroReader() {
    }

    static void read(String fileName, byte[] content, RowSink sink) {
        String text = decode(fileName, content, sink);
        if (looksBinary(text)) {
            throw Refusals.notASpreadsheet(fileName);
        }
        Character delimiter = null;
        if (text.regionMatches(true, 0, "sep=", 0, 4) && text.length() > 4 && text.charAt(4) != '\r' && text.charAt(4) != '\n') {
            delimiter = text.charAt(4);
            text = text.substring(lineEnd(text, 0));
        }
        if (delimiter == null) {
            delimiter = detectDelimiter(firstNonEmptyLine(text));
        }
        sink.estimatedRows(Math.max(0, (int) text.chars().filter(c -> c == '\n').count() - 1));
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        int rowNumber = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                rowNumber++;
                List<RawCell> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(RawCell.text(value));
                }
                sink.row(rowNumber, cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw Refusals.malformedCsv(fileName, rowNumber + 1, e);
        }
    }

    private static String decode(String fileName, byte[] content, RowSink sink) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return strictly(fileName, content, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return strictly(fileName, content, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return strictly(fileName, content, 2, StandardCharsets.UTF_16BE);
        }
        try {
            return decoder(StandardCharsets.UTF_8, content, 0);
        } catch (CharacterCodingException notUtf8) {
            String text = strictly(fileName, content, 0, WINDOWS_1252);
            sink.note("The file is not saved as UTF-8, so it was read as Windows-1252 (Western European). If"
                    + " names with accents look wrong, save it as \"CSV UTF-8\" and upload again.");
            return text;
        }
    }

    private static String strictly(String fileName, byte[] content, int offset, Charset charset) {
        try {
            return decoder(charset, content, offset);
        } catch (CharacterCodingException e) {
            throw Refusals.notASpreadsheet(fileName);
        }
    }

    private static String decoder(Charset charset, byte[] content, int offset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                .toString();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text files have no NUL and hardly any control characters besides tab, line breaks and form feed. */
    static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) || c == 0x7F) {
                controls++;
            }
        }
        return controls > text.length() / 100;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    private static String firstNonEmptyLine(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = lineEnd(text, start);
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                return line;
            }
            start = end;
        }
        return "";
    }

    static char detectDelimiter(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas && tabs > semicolons ? '\t' : ',';
    }
}
