package org.peerplanner.integrations.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.peerplanner.domain.knowledge.ArticleCard;
import org.springframework.stereotype.Component;

/**
 * A team's knowledge base index as a styled .xlsx: one row per article, dates as real date cells in
 * the team's zone, counts as numbers, text in string cells, which a spreadsheet never runs as a formula (see {@link CellText}).
 */
@Component
public class KnowledgeIndexWorkbook {

    static final String[] HEADERS = {"ID", "Title", "Tags", "Author", "Created", "Updated", "Review by", "Past review",
            "Revisions", "Sessions", "Gaps"};
    private static final int[] WIDTHS = {7, 50, 30, 22, 12, 12, 12, 12, 11, 10, 8};

    public void write(String teamName, List<ArticleCard> articles, ZoneId zone, OutputStream out) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle("Knowledge base – " + teamName);
            var sheet = workbook.createSheet("Knowledge base");
            CellStyle header = workbook.createCellStyle();
            var bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(HEADERS[i]);
                cell.setCellStyle(header);
                // Fixed widths: autoSizeColumn needs desktop fonts a server may lack.
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int r = 0;
            for (ArticleCard a : articles) {
                Row row = sheet.createRow(++r);
                row.createCell(0).setCellValue(a.id());
                row.createCell(1).setCellValue(a.title());
                row.createCell(2).setCellValue(String.join(", ", a.tags()));
                row.createCell(3).setCellValue(a.authorName());
                dateCell(row, 4, day(a.createdAt(), zone), date);
                dateCell(row, 5, day(a.updatedAt(), zone), date);
                dateCell(row, 6, a.reviewBy(), date);
                row.createCell(7).setCellValue(a.stale() ? "Yes" : "No");
                row.createCell(8).setCellValue(a.revision());
                row.createCell(9).setCellValue(a.sessionCount());
                row.createCell(10).setCellValue(a.gapCount());
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r), 0, HEADERS.length - 1));
            workbook.write(out);
        }
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }

    private static void dateCell(Row row, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }
}
