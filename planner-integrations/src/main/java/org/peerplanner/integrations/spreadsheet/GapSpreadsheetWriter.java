package org.peerplanner.integrations.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.springframework.stereotype.Component;

/**
 * Exports gaps as a spreadsheet managers can sort and filter: .xlsx (streamed, so 100,000 rows fit in a small
 * heap) or .csv (UTF-8 with BOM, RFC 4180). Text that a spreadsheet would run as a formula is neutralised in
 * the CSV; the xlsx keeps it as written in string cells, which are never evaluated (see {@link CellText}). The output stream is written but not closed.
 */
@Component
public class GapSpreadsheetWriter {

    /** Rows SXSSF keeps in memory; older rows go to a temporary file. */
    static final int ROW_WINDOW = 100;

    private static final GapColumn[] COLUMNS = GapColumn.values();
    private static final int EXCEL_CELL_LIMIT = 32_767;
    /** Excel's date serial numbers count days from 1899-12-30, from 1 March 1900 on (it believes 1900 was a leap year). */
    private static final long EXCEL_DAY_ZERO = LocalDate.of(1899, 12, 30).toEpochDay();
    private static final LocalDate EXCEL_LEAP_BUG_END = LocalDate.of(1900, 3, 1);
    static final String CUT_MARK = " […cut: longer than an Excel cell holds; the CSV export has it all]";

    /** @return the number of gap rows written (the header not counted) */
    public long writeXlsx(String teamName, Iterator<GapSheetRow> rows, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new QuickDeflateWorkbook();
        try {
            SXSSFSheet sheet = workbook.createSheet(sheetName(teamName));
            workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                    .setTitle("Knowledge gaps" + (isBlank(teamName) ? "" : " – " + teamName.strip()));
            Styles styles = new Styles(workbook);
            int[] widths = new int[COLUMNS.length];

            Row header = sheet.createRow(0);
            for (GapColumn column : COLUMNS) {
                Cell cell = header.createCell(column.ordinal());
                cell.setCellValue(column.header);
                cell.setCellStyle(styles.header);
                widths[column.ordinal()] = displayWidth(column.header) + 2; // room for the filter button
            }
            int rowIndex = 0;
            while (rows.hasNext()) {
                GapSheetRow gap = rows.next();
                Row row = sheet.createRow(++rowIndex);
                for (GapColumn column : COLUMNS) {
                    Object value = column.valueOf(gap);
                    if (value != null) {
                        writeCell(row.createCell(column.ordinal()), column, value, styles);
                        widths[column.ordinal()] = Math.max(widths[column.ordinal()], width(column, value));
                    }
                }
            }
            for (GapColumn column : COLUMNS) {
                int cap = Math.max(column.maxWidth, displayWidth(column.header) + 2);
                int characters = Math.min(cap, widths[column.ordinal()]) + 1;
                sheet.setColumnWidth(column.ordinal(), characters * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, rowIndex, 0, COLUMNS.length - 1));
            workbook.write(CloseShieldOutputStream.wrap(out));
            return rowIndex;
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** @return the number of gap rows written (the header not counted) */
    public long writeCsv(Iterator<GapSheetRow> rows, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(CloseShieldOutputStream.wrap(out), StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF'); // lets Excel recognise UTF-8, so "Zoë" stays "Zoë"
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        for (GapColumn column : COLUMNS) {
            printer.print(column.header);
        }
        printer.println();
        long count = 0;
        while (rows.hasNext()) {
            GapSheetRow gap = rows.next();
            for (GapColumn column : COLUMNS) {
                printer.print(column.csvText(gap));
            }
            printer.println();
            count++;
        }
        printer.flush();
        return count;
    }

    private static void writeCell(Cell cell, GapColumn column, Object value, Styles styles) {
        switch (value) {
            case Number number -> {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(styles.number);
            }
            case LocalDate date -> {
                if (date.isBefore(EXCEL_LEAP_BUG_END)) {
                    cell.setCellValue(date);
                } else {
                    cell.setCellValue((double) (date.toEpochDay() - EXCEL_DAY_ZERO)); // what POI computes, minus a Calendar
                }
                cell.setCellStyle(styles.date);
            }
            default -> {
                // always a plain string cell, never a formula, even for text that starts with '='
                cell.setCellValue(fitExcelCell(value.toString()));
                cell.setCellStyle(column.kind == GapColumn.Kind.WRAPPED_TEXT ? styles.wrapped : styles.text);
            }
        }
    }

    /** Excel refuses cells over 32,767 characters; the CSV export keeps such text whole. */
    static String fitExcelCell(String text) {
        if (text.length() <= EXCEL_CELL_LIMIT) {
            return text;
        }
        int end = EXCEL_CELL_LIMIT - CUT_MARK.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + CUT_MARK;
    }

    private static int width(GapColumn column, Object value) {
        return switch (column.kind) {
            case DATE -> 10;
            case NUMBER -> value.toString().length();
            case TEXT -> displayWidth(value.toString());
            case WRAPPED_TEXT -> longestLine(value.toString());
        };
    }

    private static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                longest = Math.max(longest, displayWidth(text.substring(start, i)));
                start = i + 1;
            }
        }
        return longest;
    }

    /** Roughly how many Latin characters wide the text is: CJK characters and emoji take two. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += (c >= 0x1100 && isWide(c)) ? 2 : 1;
            i += Character.charCount(c);
        }
        return width;
    }

    private static boolean isWide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || c >= 0x1F300;
    }

    /** Excel's sheet-name rules: at most 31 characters, none of : \ / ? * [ ], no quote at either end, not "History". */
    static String sheetName(String teamName) {
        if (isBlank(teamName)) {
            return "Gaps";
        }
        String name = WorkbookUtil.createSafeSheetName(teamName.strip().replaceAll("^'+|'+$", ""), ' ').strip();
        if (name.isEmpty()) {
            return "Gaps";
        }
        return name.equalsIgnoreCase("History") ? "History gaps" : name;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * SXSSF with an uncompressed temporary file written by {@link SheetXmlWriter}, the final .xlsx deflated at the
     * fastest level. Compressing the temporary file meant deflating every row twice and inflating it once
     * (gzip to disk, back, into the zip); plain, it costs about 100 MB of temporary disk for 100,000 rows, deleted by
     * {@code dispose()}. With POI's defaults, 100,000 rows took about three times as long; the price of the fast
     * deflate level is a file about 40% larger (10 MB instead of 7 MB), see docs/benchmarks.md.
     */
    private static final class QuickDeflateWorkbook extends SXSSFWorkbook {

        QuickDeflateWorkbook() {
            super(null, ROW_WINDOW, false, false);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new SheetXmlWriter(getSharedStringSource());
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle number;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            text = topAligned(workbook);
            wrapped = topAligned(workbook);
            wrapped.setWrapText(true);
            number = topAligned(workbook);
            date = topAligned(workbook);
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        private static CellStyle topAligned(SXSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}
