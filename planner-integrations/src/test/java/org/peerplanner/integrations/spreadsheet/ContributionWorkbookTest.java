package org.peerplanner.integrations.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.recognition.ContributionEntry;
import org.peerplanner.domain.recognition.ContributionKinds;
import org.peerplanner.domain.recognition.Milestone;
import org.peerplanner.domain.recognition.MilestoneKind;
import org.peerplanner.domain.recognition.MyContributionsPage;
import org.peerplanner.domain.recognition.Source;
import org.peerplanner.domain.recognition.TeamPeriod;

/** Read back with POI as a spreadsheet program would: dates as dates, counts as numbers, formulas as text. */
class ContributionWorkbookTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 4);

    @Test
    void aPersonsOwnLedgerAndMilestonesComeBackAsWritten() throws Exception {
        var led = new ContributionEntry(1, 5, 7L, ContributionKinds.SESSION_LED, DAY, new Source(Source.SESSION, 3,
                "=HYPERLINK(\"x\") Lunch & learn"), "git", null, Set.of());
        var page = new MyContributionsPage("Jonas Weber", List.of(led), List.of(new Milestone(MilestoneKind.FIRST_LED,
                DAY, "Led “Lunch & learn”", led.source())), List.of(), null);
        var out = new ByteArrayOutputStream();

        assertThat(new ContributionWorkbook().writeOwn(page, out)).isEqualTo(1);

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var row = book.getSheet("Contributions").getRow(1);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(0))).isTrue();
            assertThat(row.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(DAY);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Led a session");
            assertThat(row.getCell(2).getCellType()).as("never a formula").isEqualTo(CellType.STRING);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\") Lunch & learn");
            assertThat(book.getSheet("Milestones").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("First session led");
        }
    }

    @Test
    void aTeamPeriodHasOneRowPerMemberWithCountsAsNumbersAndWhoHasNotLedYet() throws Exception {
        var period = new TeamPeriod(7, "Payments", DAY, DAY.plusMonths(3), List.of(ContributionKinds.SESSION_LED,
                ContributionKinds.ACTION_ITEM_DONE), List.of(
                new TeamPeriod.MemberCounts(1, "Ada", Map.of("SESSION_LED", 2L)),
                new TeamPeriod.MemberCounts(2, "Bob", Map.of("ACTION_ITEM_DONE", 3L))), List.of("Bob"));
        var out = new ByteArrayOutputStream();

        assertThat(new ContributionWorkbook().writeTeam(period, out)).isEqualTo(2);

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheet("By member");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Led a session");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ada");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isZero();
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Yes");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Not yet");
        }
    }
}
