package org.peerplanner.integrations.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.outcomes.Fact;
import org.peerplanner.domain.outcomes.MetricSeries;
import org.peerplanner.domain.outcomes.OutcomePeriod;
import org.peerplanner.domain.outcomes.SectionFigures;
import org.peerplanner.domain.outcomes.TeamOutcomes;

class OutcomesWorkbookTest {

    @Test
    void everySeriesGetsASheetReadableBackWithEmptyCellsForMonthsWithoutData() throws Exception {
        var close = new MetricSeries("gaps-close", "Days from logged to closed, by month logged", "days",
                MetricSeries.Kind.TREND, List.of("Jan 2026", "Feb 2026", "Mar 2026"),
                List.of(new MetricSeries.Line("Median", Arrays.asList(41.0, null, 23.0)),
                        new MetricSeries.Line("90th percentile", Arrays.asList(60.0, null, 30.0))),
                "Median time to close fell from 41 to 23 days.");
        var keepers = new MetricSeries("spread-keepers", "People who led half of the sessions, per skill tag", "people",
                MetricSeries.Kind.BARS, List.of("=kafka", "sql"), List.of(new MetricSeries.Line("People", List.of(1.0, 2.0))),
                "One person led at least half of the sessions on =kafka.");
        var outcomes = new TeamOutcomes(1, "Platform", new OutcomePeriod(YearMonth.of(2026, 1), YearMonth.of(2026, 3)), 60, 6,
                true, List.of(new SectionFigures("gaps", "Knowledge gaps", 10, List.of(new Fact("Open now", "3")),
                        List.of(close), Set.of(), Map.of(), null),
                new SectionFigures("spread", "Spread of knowledge", 30, List.of(), List.of(keepers), Set.of(),
                        Map.of(), null)), List.of(new Fact("Sessions you led in the period", "4")));

        var out = new ByteArrayOutputStream();
        new OutcomesWorkbook().write(outcomes, out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            var summary = workbook.getSheet("Summary");
            assertThat(summary.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Platform");
            assertThat(summary.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Open now");
            // The viewer's own figures never go into a file that may be passed around.
            summary.forEach(row -> row.forEach(cell -> assertThat(cell.toString()).doesNotContain("you led")));

            var sheet = workbook.getSheetAt(1);
            assertThat(sheet.getSheetName()).hasSizeLessThanOrEqualTo(31);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(close.reading());
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Median (days)");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Jan 2026");
            assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(41.0);
            assertThat(sheet.getRow(5).getCell(1)).isNull();
            assertThat(sheet.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(30.0);

            var tags = workbook.getSheetAt(2);
            assertThat(tags.getRow(4).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(tags.getRow(4).getCell(0).getStringCellValue()).isEqualTo("=kafka");
        }
    }

    @Test
    void sheetNamesAreShortSafeAndUnique() {
        var taken = new HashSet<String>();
        String first = OutcomesWorkbook.sheetName("Days from logged to closed, by month logged", taken);
        String second = OutcomesWorkbook.sheetName("Days from logged to closed, by month written", taken);
        assertThat(first).hasSizeLessThanOrEqualTo(31).doesNotContain(",");
        assertThat(second).isNotEqualToIgnoringCase(first).hasSizeLessThanOrEqualTo(31);
    }
}
