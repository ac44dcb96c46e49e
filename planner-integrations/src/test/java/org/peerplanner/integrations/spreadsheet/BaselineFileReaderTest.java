package org.peerplanner.integrations.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class BaselineFileReaderTest {

    private final BaselineFileReader reader = new BaselineFileReader();

    private BaselineSheet csv(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return reader.read("baseline.csv", new ByteArrayInputStream(bytes), bytes.length);
    }

    @Test
    void readsMonthsAndFiguresFromCsv() throws IOException {
        var sheet = csv("Month,Onboarding days,Bug reports\n2025-01,21,14\nMarch 2025,,9\n4/2025,18.0,\n");
        assertThat(sheet.rows()).hasSize(3);
        assertThat(sheet.rows().get(0).month()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(sheet.rows().get(0).onboardingDays()).isEqualTo(21);
        assertThat(sheet.rows().get(0).bugReports()).isEqualTo(14);
        assertThat(sheet.rows().get(0).rowNumber()).isEqualTo(2);
        assertThat(sheet.rows().get(1).month()).isEqualTo(YearMonth.of(2025, 3));
        assertThat(sheet.rows().get(1).onboardingDays()).isNull();
        assertThat(sheet.rows().get(2).onboardingDays()).isEqualTo(18);
        assertThat(sheet.rows()).allSatisfy(r -> assertThat(r.problems()).isEmpty());
    }

    @Test
    void textInNumberCellsAndUnreadableMonthsAreProblemsOfTheirRow() throws IOException {
        var sheet = csv("Month;Onboarding;Bugs\n2025-01;about ten;3\nsometime;12;4.5\n;1;1\n");
        assertThat(sheet.rows().get(0).problems()).containsExactly("Onboarding days \"about ten\" is not a number.");
        assertThat(sheet.rows().get(1).problems()).containsExactly(
                "Month \"sometime\" is not a month we understand; write it like 2026-03.",
                "Bug reports \"4.5\" is not a whole number.");
        assertThat(sheet.rows().get(2).problems()).containsExactly("The month is empty; write it like 2026-03.");
    }

    @Test
    void negativeFiguresAreReadSoThatTheRulesCanSaySo() throws IOException {
        assertThat(csv("Month,Bug reports\n2025-01,-3\n").rows().getFirst().bugReports()).isEqualTo(-3);
    }

    @Test
    void readsWorkbookDateCellsAsTheirMonth() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Baseline");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Month");
            header.createCell(1).setCellValue("Bug reports");
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var row = sheet.createRow(1);
            var date = row.createCell(0);
            date.setCellValue(LocalDate.of(2025, 6, 1));
            date.setCellStyle(style);
            row.createCell(1).setCellValue(7);
            workbook.write(out);
        }
        byte[] bytes = out.toByteArray();
        var read = reader.read("baseline.xlsx", new ByteArrayInputStream(bytes), bytes.length);
        assertThat(read.rows()).singleElement().satisfies(r -> {
            assertThat(r.month()).isEqualTo(YearMonth.of(2025, 6));
            assertThat(r.bugReports()).isEqualTo(7);
        });
    }

    @Test
    void refusesAFileWithoutTheColumnsItNeeds() {
        assertThatThrownBy(() -> csv("Title,Votes\nSomething,3\n"))
                .isInstanceOf(SpreadsheetRefusedException.class)
                .hasMessageContaining("needs a Month column")
                .hasMessageContaining("\"Title\", \"Votes\"");
        assertThatThrownBy(() -> csv("Month\n2025-01\n")).isInstanceOf(SpreadsheetRefusedException.class);
    }

    @Test
    void refusesFilesOfTheWrongKindAsTheGapImportDoes() throws IOException {
        byte[] zip = RetroFiles.plainZip();
        assertThatThrownBy(() -> reader.read("baseline.xlsx", new ByteArrayInputStream(zip), zip.length))
                .isInstanceOf(SpreadsheetRefusedException.class)
                .extracting(e -> ((SpreadsheetRefusedException) e).reason())
                .isEqualTo(SpreadsheetRefusedException.Reason.NOT_A_SPREADSHEET);
        byte[] binary = {0, 1, 2, 3, 0, 0, 0, 5, 6, 0, 0, 0};
        assertThatThrownBy(() -> reader.read("baseline.csv", new ByteArrayInputStream(binary), binary.length))
                .isInstanceOf(SpreadsheetRefusedException.class);
        assertThatThrownBy(() -> csv("Month,Bug reports\n"))
                .isInstanceOf(SpreadsheetRefusedException.class).hasMessageContaining("no months");
        assertThatThrownBy(() -> reader.read("empty.csv", new ByteArrayInputStream(new byte[0]), 0))
                .isInstanceOf(SpreadsheetRefusedException.class);
    }

    @Test
    void understandsTheUsualWaysOfWritingAMonth() {
        assertThat(BaselineFileReader.month("2026-03-01")).isEqualTo(YearMonth.of(2026, 3));
        assertThat(BaselineFileReader.month("Mar 2026")).isEqualTo(YearMonth.of(2026, 3));
        assertThat(BaselineFileReader.month("march 2026")).isEqualTo(YearMonth.of(2026, 3));
        assertThat(BaselineFileReader.month("03/2026")).isEqualTo(YearMonth.of(2026, 3));
        assertThat(BaselineFileReader.month("2026/3")).isEqualTo(YearMonth.of(2026, 3));
        assertThat(BaselineFileReader.month("13/2026")).isNull();
    }
}
