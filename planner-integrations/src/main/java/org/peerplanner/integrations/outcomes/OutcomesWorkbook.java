package org.peerplanner.integrations.outcomes;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.peerplanner.domain.outcomes.Fact;
import org.peerplanner.domain.outcomes.MetricSeries;
import org.peerplanner.domain.outcomes.Readings;
import org.peerplanner.domain.outcomes.SectionFigures;
import org.peerplanner.domain.outcomes.TeamOutcomes;
import org.springframework.stereotype.Component;

/**
 * A team's outcomes as an .xlsx: a summary sheet with every headline figure, then one sheet per chart with its
 * reading, its labels (months or skill tags) down the first column and one numeric column per line; a month without
 * data is an empty cell, not a zero. Team-level figures only: a person's own figures never go into a file.
 */
@Component
public class OutcomesWorkbook {

    static final String SUMMARY = "Summary";

    public void write(TeamOutcomes outcomes, OutputStream out) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle("Outcomes – " + outcomes.teamName());
            CellStyle bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("0.0"));

            Sheet summary = workbook.createSheet(SUMMARY);
            summary.setColumnWidth(0, 22 * 256);
            summary.setColumnWidth(1, 50 * 256);
            summary.setColumnWidth(2, 30 * 256);
            int r = 0;
            text(summary.createRow(r++), bold, "Team", outcomes.teamName());
            text(summary.createRow(r++), bold, "Period", Readings.month(outcomes.period().first()) + " to "
                    + Readings.month(outcomes.period().last()));
            r++;
            text(summary.createRow(r++), bold, "Section", "Figure", "Value");
            for (SectionFigures section : outcomes.sections()) {
                for (Fact fact : section.facts()) {
                    text(summary.createRow(r++), null, section.title(), fact.label(), fact.value());
                }
            }
            Set<String> names = new HashSet<>(Set.of(SUMMARY.toLowerCase()));
            for (MetricSeries series : outcomes.allSeries()) {
                writeSeries(workbook.createSheet(sheetName(series.title(), names)), series, bold, number);
            }
            workbook.write(out);
        }
    }

    private static void writeSeries(Sheet sheet, MetricSeries series, CellStyle bold, CellStyle number) {
        sheet.setColumnWidth(0, 24 * 256);
        text(sheet.createRow(0), bold, series.title());
        text(sheet.createRow(1), null, series.reading());
        Row head = sheet.createRow(3);
        head.createCell(0).setCellValue(series.kind() == MetricSeries.Kind.TREND ? "Month" : "");
        head.getCell(0).setCellStyle(bold);
        List<MetricSeries.Line> lines = series.lines();
        for (int c = 0; c < lines.size(); c++) {
            var cell = head.createCell(c + 1);
            cell.setCellValue(lines.get(c).name() + (series.unit() == null ? "" : " (" + series.unit() + ")"));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(c + 1, 22 * 256);
        }
        for (int i = 0; i < series.labels().size(); i++) {
            Row row = sheet.createRow(4 + i);
            row.createCell(0).setCellValue(series.labels().get(i));
            for (int c = 0; c < lines.size(); c++) {
                Double value = lines.get(c).values().get(i);
                if (value != null) {
                    var cell = row.createCell(c + 1);
                    cell.setCellValue(value);
                    cell.setCellStyle(number);
                }
            }
        }
        sheet.createFreezePane(1, 4);
    }

    /** Sheet names are at most 31 characters, without []:*?/\ and unique regardless of case. */
    static String sheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title.replace(',', ' ').strip());
        base = base.length() > 28 ? base.substring(0, 28).strip() : base;
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase()); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private static void text(Row row, CellStyle style, String... values) {
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(values[i]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
