package org.peerplanner.integrations.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.peerplanner.domain.rotation.FairnessReport;
import org.peerplanner.domain.rotation.FairnessRow;
import org.springframework.stereotype.Component;

/** The fairness report as a styled .xlsx: one row per member, numbers as numbers, flags as Yes/No. */
@Component
public class FairnessSheetWriter {

    static final String[] HEADERS = {"Member", "Facilitations", "Co-facilitations", "Pairings",
            "Share of facilitations (1 = team mean)", "Overloaded", "Never facilitated"};

    public void write(String teamName, FairnessReport report, OutputStream out) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Fairness");
            CellStyle header = workbook.createCellStyle();
            var bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle share = workbook.createCellStyle();
            share.setDataFormat(workbook.createDataFormat().getFormat("0.00"));

            sheet.createRow(0).createCell(0).setCellValue(teamName + ": fairness from "
                    + report.from() + " to " + report.to());
            var head = sheet.createRow(1);
            for (int i = 0; i < HEADERS.length; i++) {
                var cell = head.createCell(i);
                cell.setCellValue(HEADERS[i]);
                cell.setCellStyle(header);
            }
            int r = 2;
            for (FairnessRow row : report.rows()) {
                var line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.name());
                line.createCell(1).setCellValue(row.facilitations());
                line.createCell(2).setCellValue(row.coFacilitations());
                line.createCell(3).setCellValue(row.pairings());
                var shareCell = line.createCell(4);
                shareCell.setCellValue(row.facilitationShare());
                shareCell.setCellStyle(share);
                line.createCell(5).setCellValue(row.overloaded() ? "Yes" : "No");
                line.createCell(6).setCellValue(row.neverFacilitated() ? "Yes" : "No");
            }
            sheet.createFreezePane(0, 2);
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, HEADERS.length - 1));
            // Fixed widths from the text lengths: autoSizeColumn needs desktop fonts a server may lack.
            int nameWidth = report.rows().stream().mapToInt(x -> x.name().length()).max().orElse(10);
            sheet.setColumnWidth(0, Math.min(60, Math.max(12, nameWidth + 2)) * 256);
            for (int i = 1; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, Math.min(40, HEADERS[i].length() + 3) * 256);
            }
            workbook.write(out);
        }
    }
}
