package org.peerplanner.integrations.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.peerplanner.domain.action.ActionItemView;
import org.springframework.stereotype.Component;

/**
 * A team's action items as a styled .xlsx for managers: bold frozen header with a filter, due dates as real
 * dates, counts as numbers, and text in string cells exactly as written: a string cell is never run as a formula ({@link CellText}).
 * Streamed (SXSSF), so a team's whole history fits in a small heap. The stream is written, not closed.
 */
@Component
public class ActionItemWorkbook {

    record Column(String header, int width, Function<ActionItemView, Object> value) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("Action item", 60, ActionItemView::description),
            new Column("Owner", 24, ActionItemView::ownerName),
            new Column("Due", 12, ActionItemView::dueOn),
            new Column("Status", 10, i -> i.status().label()),
            new Column("Overdue", 10, i -> i.overdue() ? "Yes" : "No"),
            new Column("From", 50, ActionItemView::source),
            new Column("Sessions on agenda", 12, ActionItemView::sessionsOnAgenda),
            new Column("Last outcome", 14, i -> i.lastOutcome() == null ? null : i.lastOutcome().label()),
            new Column("Note", 50, i -> i.closeNote() != null ? i.closeNote() : i.lastNote()));

    /** @return the number of item rows written */
    public int write(String teamName, List<ActionItemView> items, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            SXSSFSheet sheet = workbook.createSheet("Action items");
            workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                    .setTitle("Action items" + (teamName == null || teamName.isBlank() ? "" : " – " + teamName.strip()));
            CellStyle header = headerStyle(workbook);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            Row head = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(COLUMNS.get(c).header());
                cell.setCellStyle(header);
                // Fixed widths: autoSizeColumn needs desktop fonts a server may lack.
                sheet.setColumnWidth(c, COLUMNS.get(c).width() * 256);
            }
            int r = 0;
            for (ActionItemView item : items) {
                Row row = sheet.createRow(++r);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Object value = COLUMNS.get(c).value().apply(item);
                    if (value != null) {
                        write(row.createCell(c), value, date);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r, 1), 0, COLUMNS.size() - 1));
            workbook.write(CloseShieldOutputStream.wrap(out));
            return r;
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void write(Cell cell, Object value, CellStyle date) {
        switch (value) {
            case Number number -> cell.setCellValue(number.doubleValue());
            case LocalDate day -> {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            }
            default -> cell.setCellValue(GapSpreadsheetWriter.fitExcelCell(value.toString()));
        }
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        return header;
    }
}
