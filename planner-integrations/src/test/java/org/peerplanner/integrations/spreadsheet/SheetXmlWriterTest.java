package org.peerplanner.integrations.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/** The faster sheet writer writes exactly the XML text POI's own writer does. */
class SheetXmlWriterTest {

    private static final String NASTY = "<a&b>\"q\" ' \t\n\r nb\u00a0sp \u0001\u001fctl \uFFFE\uFFFF\uFFFD "
            + "\uD83D\uDE80 lone\uD800x \uDC00 Zoë 李雷 ";

    /** POI's writer with its escaping reachable from the test. */
    private static final class PoiEscaping extends SheetDataWriter {
        PoiEscaping(Writer out) throws IOException {
            super(out);
        }

        void escape(String text) throws IOException {
            outputEscapedString(text);
        }
    }

    private static String poi(String text) throws IOException {
        StringWriter out = new StringWriter();
        new PoiEscaping(out).escape(text);
        return out.toString();
    }

    private static String ours(String text) throws IOException {
        StringWriter out = new StringWriter();
        new SheetXmlWriter(out).escape(text);
        return out.toString();
    }

    @Test
    void escapesAsPoiDoes() throws IOException {
        assertThat(ours(NASTY)).isEqualTo(poi(NASTY));
        assertThat(ours("")).isEqualTo(poi(""));
        assertThat(ours("plain")).isEqualTo("plain");
        Random random = new Random(3);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(random.nextInt(4) == 0 ? NASTY.charAt(random.nextInt(NASTY.length()))
                        : (char) (' ' + random.nextInt(95)));
            }
            assertThat(ours(text.toString())).as("%s", text).isEqualTo(poi(text.toString()));
        }
    }

    @Test
    void encodesUtf8AsTheJdkDoesWhateverTheBufferBoundaries() throws IOException {
        Random random = new Random(5);
        StringBuilder all = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new SheetXmlWriter.Utf8Writer(bytes)) {
            for (int n = 0; n < 20_000; n++) {
                String piece = switch (random.nextInt(5)) {
                    case 0 -> "\uD83D\uDE80"; // a surrogate pair, sometimes split by the 32K buffer's end
                    case 1 -> "Zoë 李雷";
                    case 2 -> "x".repeat(random.nextInt(50_000)); // larger than the buffer
                    case 3 -> String.valueOf((char) random.nextInt(0x3000));
                    default -> "<row r=\"" + n + "\">";
                };
                if (random.nextBoolean()) {
                    writer.write(piece);
                } else {
                    for (char c : piece.toCharArray()) {
                        writer.write(c);
                    }
                }
                all.append(piece);
            }
        }
        assertThat(bytes.toByteArray()).isEqualTo(all.toString().getBytes(StandardCharsets.UTF_8));
    }
}
