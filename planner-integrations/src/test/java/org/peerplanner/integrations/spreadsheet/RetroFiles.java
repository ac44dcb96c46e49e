package org.peerplanner.integrations.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Test helpers: the committed retro files, and inputs too big or too nasty to commit. */
final class RetroFiles {

    private RetroFiles() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = RetroFiles.class.getResourceAsStream("/retro/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file retro/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RetroSheet read(String name) throws IOException {
        return read(name, bytes(name));
    }

    static RetroSheet read(String name, byte[] content) throws IOException {
        return new RetroFileReader().read(name, new ByteArrayInputStream(content), content.length, null);
    }

    static RetroSheet readCsv(String text) throws IOException {
        return read("retro.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    /** clean.xlsx with megabytes of spaces in its sheet: tiny compressed, far beyond POI's inflate ratio. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes("clean.xlsx")));
             ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = zin.getNextEntry()) != null; ) {
                byte[] data = zin.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    data = xml.replace("<sheetData>", " ".repeat(20_000_000) + "<sheetData>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new ZipEntry(entry.getName()));
                zout.write(data);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A ZIP with one text file: an archive, not a workbook. */
    static byte[] plainZip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zout = new ZipOutputStream(out)) {
            zout.putNextEntry(new ZipEntry("readme.txt"));
            zout.write("Title\nnot a workbook\n".getBytes(StandardCharsets.UTF_8));
            zout.closeEntry();
        }
        return out.toByteArray();
    }

    /** Endless CSV text: "Title\n" then rows, {@code size} bytes in all, produced without holding them. */
    static InputStream csvOfSize(long size) {
        return new InputStream() {
            private final byte[] header = "Title\n".getBytes(StandardCharsets.US_ASCII);
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                long p = position++;
                if (p < header.length) {
                    return header[(int) p];
                }
                return (p % 40 == 39) ? '\n' : 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= size) {
                    return -1;
                }
                int n = 0;
                while (n < len && position < size) {
                    b[off + n++] = (byte) read();
                }
                return n;
            }
        };
    }
}
