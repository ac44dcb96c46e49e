package org.peerplanner.integrations.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.peerplanner.domain.recognition.ContributionKind;
import org.peerplanner.domain.recognition.MyContributionsPage;
import org.peerplanner.domain.recognition.TeamPeriod;
import org.springframework.stereotype.Component;

/**
 * Contributions as .xlsx: a person's own ledger and milestones (theirs to take to a review conversation), or a team's
 * counts by kind for a period (alphabetical, no totals to rank by). Dates are real dates, counts numbers, text never a
 * formula ({@link GapSpreadsheetWriter#fitExcelCell}). The stream is written, not closed.
 */
@Component
public class ContributionWorkbook {

    /** @return the number of ledger rows written */
    public int writeOwn(MyContributionsPage page, OutputStream out) throws IOException {
        try (var book = new Book("Contributions of " + page.name())) {
            var rows = new ArrayList<List<Object>>();
            page.entries().forEach(e -> rows.add(List.of(e.on(), e.kind().label(), e.source().title())));
            book.sheet("Contributions", List.of(new Column("Date", 12), new Column("What", 34), new Column("About", 60)), rows);
            var milestones = new ArrayList<List<Object>>();
            page.milestones().forEach(m -> milestones.add(List.of(m.on(), m.kind().label(), m.because())));
            book.sheet("Milestones", List.of(new Column("Date", 12), new Column("Milestone", 32),
                    new Column("What earned it", 70)), milestones);
            book.write(out);
            return rows.size();
        }
    }

    /** @return the number of member rows written */
    public int writeTeam(TeamPeriod period, OutputStream out) throws IOException {
        try (var book = new Book("Contributions " + period.teamName() + " " + period.from() + " to " + period.to())) {
            var columns = new ArrayList<Column>(List.of(new Column("Member", 28)));
            period.kinds().forEach(k -> columns.add(new Column(k.label(), 16)));
            columns.add(new Column("Has led or co-led", 14));
            var rows = new ArrayList<List<Object>>();
            for (var member : period.members()) {
                var row = new ArrayList<Object>(List.of(member.name()));
                for (ContributionKind kind : period.kinds()) {
                    row.add(member.count(kind));
                }
                row.add(period.neverLed().contains(member.name()) ? "Not yet" : "Yes");
                rows.add(row);
            }
            book.sheet("By member", columns, rows);
            book.write(out);
            return rows.size();
        }
    }

    record Column(String header, int width) {
    }

    /** One streamed workbook with a bold, frozen, filterable header on every sheet. */
    private static final class Book implements AutoCloseable {
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        private final CellStyle header;
        private final CellStyle date;

        Book(String title) {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(title);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        void sheet(String name, List<Column> columns, List<? extends List<Object>> rows) {
            SXSSFSheet sheet = workbook.createSheet(name);
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, columns.get(c).width() * 256); // fixed: autosizing needs desktop fonts
            }
            int r = 0;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(++r);
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) != null) {
                        write(row.createCell(c), values.get(c));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r, 1), 0, columns.size() - 1));
        }

        private void write(Cell cell, Object value) {
            switch (value) {
                case Number number -> cell.setCellValue(number.doubleValue());
                case LocalDate day -> {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                }
                default -> cell.setCellValue(GapSpreadsheetWriter.fitExcelCell(value.toString()));
            }
        }

        void write(OutputStream out) throws IOException {
            workbook.write(CloseShieldOutputStream.wrap(out));
        }

        @Override
        public void close() throws IOException {
            workbook.dispose();
            workbook.close();
        }
    }
}
