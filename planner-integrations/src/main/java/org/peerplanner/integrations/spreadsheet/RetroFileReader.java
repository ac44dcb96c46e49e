package org.peerplanner.integrations.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.stereotype.Component;

/**
 * Reads a retrospective export (.xlsx or .csv) into rows a manager can preview before they become gaps.
 * <p>The kind of file is decided by its content, not its name: a ZIP is read as an .xlsx workbook, an OLE2
 * container is an old .xls or a password-protected workbook (both refused with what to do), anything else must
 * be text and is read as CSV. A whole file is refused ({@link SpreadsheetRefusedException}) when it is too large
 * (over 10 MB, counted while reading, whatever size was declared), has more than 10,000 items, is empty, has no
 * title column, is damaged, or is a zip bomb. Problems of single rows are reported in {@link RetroRow#messages()}.
 */
@Component
public class RetroFileReader {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    /**
     * @param fileName     the name the user uploaded, used in messages and to notice a misleading extension
     * @param in           the file's bytes; read to the end (at most 10 MB and one byte) but not closed
     * @param declaredSize the size the upload claims, or a negative number when unknown
     * @param progress     told how many rows have been read, at least every 500 rows; may be null
     * @throws SpreadsheetRefusedException when the file cannot be imported at all; its message says why and what
     *                                     to do
     * @throws IOException                 when {@code in} itself fails (a broken upload, not a bad file)
     */
    public RetroSheet read(String fileName, InputStream in, long declaredSize, ProgressListener progress)
            throws IOException {
        String name = fileName == null || fileName.isBlank() ? "The file" : fileName.strip();
        byte[] content = content(name, in, declaredSize);
        RetroSheetBuilder builder = new RetroSheetBuilder(name, progress);
        readRows(name, content, builder);
        return builder.build();
    }

    /**
     * Pushes the rows of a file to the sink, choosing the reader by content: a ZIP is an .xlsx workbook, an OLE2
     * container is refused with what to do, anything else is read as CSV text. Shared with other imports
     * ({@link BaselineFileReader}) so that every import accepts and refuses the same files.
     */
    static void readRows(String name, byte[] content, RowSink sink) throws IOException {
        if (isZip(content)) {
            if (hasExtension(name, ".csv")) {
                sink.note("The file is named .csv but is an Excel workbook; it was read as a workbook.");
            }
            XlsxRetroReader.read(name, content, sink);
        } else if (isOle2(content)) {
            throw refuseOle2(name, content);
        } else {
            if (hasExtension(name, ".xlsx") || hasExtension(name, ".xlsm")) {
                sink.note("The file is named like an Excel workbook but holds text; it was read as CSV.");
            }
            CsvRetroReader.read(name, content, sink);
        }
    }

    /** Reads at most 10 MB, refusing an empty or larger file. */
    static byte[] content(String name, InputStream in, long declaredSize) throws IOException {
        if (declaredSize > MAX_BYTES) {
            throw Refusals.tooLarge(name);
        }
        byte[] content = readAtMost(in, MAX_BYTES, name);
        if (content.length == 0) {
            throw Refusals.empty(name);
        }
        return content;
    }

    /** Counts what really arrives: a declared size may lie. */
    private static byte[] readAtMost(InputStream in, long limit, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) {
                throw Refusals.tooLarge(name);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static boolean isOle2(byte[] content) {
        return content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
                && (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0;
    }

    /** An OLE2 file is a legacy .xls, or an .xlsx that Office encrypted with a password and wrapped in OLE2. */
    private static SpreadsheetRefusedException refuseOle2(String name, byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return Refusals.passwordProtected(name);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return Refusals.legacyXls(name);
            }
            return Refusals.notASpreadsheet(name);
        } catch (IOException | RuntimeException e) {
            return Refusals.notASpreadsheet(name);
        }
    }

    private static boolean hasExtension(String name, String extension) {
        return name.toLowerCase(Locale.ROOT).endsWith(extension);
    }
}
