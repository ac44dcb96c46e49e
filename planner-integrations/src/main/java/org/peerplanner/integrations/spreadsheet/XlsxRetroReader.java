package org.peerplanner.integrations.spreadsheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx workbook with POI's streaming (SAX) API: rows go to the sink as they are
 * parsed, so memory stays flat however many rows there are. The package is opened from a temporary file, so POI
 * reads it through {@code ZipSecureFile}, whose zip-bomb checks stay at their defaults.
 */
final class XlsxRetroReader {

    private static final Set<String> WORKBOOK_TYPES = Set.of(
            XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    /**
     * Most XML we unpack from the shared strings and the first sheet together. POI's zip-bomb ratio still lets a
     * 10 MB file unpack to about 1 GB; the strings would all be held in memory. A retrospective's 10,000 items fit
     * easily: even 10,000 full 4,000-character descriptions are about 45 MB.
     */
    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;

    private XlsxRetroReader() {
    }

    static void read(String fileName, byte[] content, RowSink sink) throws IOException {
        read(fileName, content, sink, MAX_UNPACKED_BYTES);
    }

    static void read(String fileName, byte[] content, RowSink sink, long maxUnpackedBytes) throws IOException {
        Path temp = Files.createTempFile("retro-import-", ".xlsx");
        OPCPackage pkg = null;
        try {
            Files.write(temp, content);
            pkg = OPCPackage.open(temp.toFile(), PackageAccess.READ);
            readWorkbook(fileName, pkg, sink, new UnpackBudget(fileName, maxUnpackedBytes));
        } catch (SpreadsheetRefusedException refused) {
            throw refused;
        } catch (Exception e) {
            throw translate(fileName, content, e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
            Files.deleteIfExists(temp);
        }
    }

    private static void readWorkbook(String fileName, OPCPackage pkg, RowSink sink, UnpackBudget budget)
            throws Exception {
        List<PackagePart> documents = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (documents.isEmpty() || !WORKBOOK_TYPES.contains(documents.get(0).getContentType())) {
            throw Refusals.notAWorkbook(fileName);
        }
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings;
        List<PackagePart> sharedStrings = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (sharedStrings.isEmpty()) {
            strings = new ReadOnlySharedStringsTable(pkg, false);
        } else {
            try (InputStream in = budget.track(sharedStrings.get(0).getInputStream())) {
                strings = new ReadOnlySharedStringsTable(in, false);
            }
        }
        StylesTable styles = reader.getStylesTable();
        boolean date1904;
        try (InputStream workbook = reader.getWorkbookData()) {
            date1904 = isDate1904(workbook);
        }
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        if (!sheets.hasNext()) {
            throw Refusals.empty(fileName);
        }
        String firstSheet;
        try (InputStream sheet = sheets.next()) {
            firstSheet = sheets.getSheetName();
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new SheetHandler(strings, styles, date1904, sink));
            parser.parse(new InputSource(budget.track(sheet)));
        }
        List<String> others = new ArrayList<>();
        while (sheets.hasNext()) {
            sheets.next().close();
            others.add("\"" + sheets.getSheetName() + "\"");
        }
        if (!others.isEmpty()) {
            sink.note("Only the first sheet, \"" + firstSheet + "\", was read; these sheets were ignored: "
                    + String.join(", ", others) + ".");
        }
    }

    /** Counts the bytes unpacked from the parts we parse and refuses the file past the limit. */
    private static final class UnpackBudget {
        private final String fileName;
        private final long limit;
        private long used;

        UnpackBudget(String fileName, long limit) {
            this.fileName = fileName;
            this.limit = limit;
        }

        InputStream track(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }
            };
        }

        private void count(int bytes) {
            used += bytes;
            if (used > limit) {
                throw Refusals.tooMuchData(fileName);
            }
        }
    }

    private static boolean isDate1904(InputStream workbookXml) throws Exception {
        boolean[] date1904 = {false};
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
        });
        parser.parse(new InputSource(workbookXml));
        return date1904[0];
    }

    private static SpreadsheetRefusedException translate(String fileName, byte[] content, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SpreadsheetRefusedException refused) {
                return refused;
            }
            if (t instanceof org.xml.sax.SAXException sax && sax.getException() instanceof SpreadsheetRefusedException refused) {
                return refused;
            }
            // POI has no exception type for it; its ZipSecureFile checks all say "Zip bomb detected!"
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return Refusals.zipBomb(fileName, failure);
            }
        }
        return hasWorkbookEntries(content) ? Refusals.damaged(fileName, failure) : Refusals.notAWorkbook(fileName);
    }

    /** Whether a ZIP's local file headers name workbook parts, even when the archive is cut off. */
    static boolean hasWorkbookEntries(byte[] zip) {
        byte[] marker = "xl/".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + 30 < zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4) {
                int nameLength = (zip[i + 26] & 0xFF) | (zip[i + 27] & 0xFF) << 8;
                int nameStart = i + 30;
                if (nameLength >= marker.length && nameStart + marker.length <= zip.length
                        && java.util.Arrays.equals(zip, nameStart, nameStart + marker.length, marker, 0, marker.length)) {
                    return true;
                }
            }
        }
        return false;
    }
}
