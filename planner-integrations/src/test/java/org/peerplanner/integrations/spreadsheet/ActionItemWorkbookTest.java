package org.peerplanner.integrations.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.action.ActionItemStatus;
import org.peerplanner.domain.action.ActionItemView;
import org.peerplanner.domain.action.Outcome;

/** The action-item export read back with an independent reader (fastexcel), cell by cell. */
class ActionItemWorkbookTest {

    private static ActionItemView item(long id, String description, String owner, LocalDate due, ActionItemStatus status,
                                       boolean overdue, long onAgenda, Outcome last, String note) {
        return new ActionItemView(id, 0, 1, "Payments Platform", description, 7, owner, due, status,
                status == ActionItemStatus.DROPPED ? note : null, 3L, ZonedDateTime.parse("2026-03-03T12:00:00+01:00[Europe/Berlin]"),
                null, "Lunch & learn: Kafka (3 Mar 2026)", onAgenda, overdue, last, note, true);
    }

    private byte[] write() throws Exception {
        var out = new ByteArrayOutputStream();
        int rows = new ActionItemWorkbook().write("Payments Platform", List.of(
                item(1, "Write the runbook", "Aisha Khan", LocalDate.of(2026, 3, 10), ActionItemStatus.OPEN, true, 2,
                        Outcome.BLOCKED, "Waiting for dashboard access"),
                item(2, "=HYPERLINK(\"http://evil\")", "Zoë Ångström", LocalDate.of(2026, 4, 1), ActionItemStatus.DROPPED,
                        false, 1, Outcome.DROPPED, "-not needed")), out);
        assertThat(rows).isEqualTo(2);
        return out.toByteArray();
    }

    @Test
    void everyItemIsARowWithRealDatesNumbersAndNeutralisedText() throws Exception {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(write()))) {
            List<Row> rows = workbook.getFirstSheet().read();

            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCell(0).asString()).isEqualTo("Action item");
            assertThat(rows.get(0).getCell(6).asString()).isEqualTo("Sessions on agenda");
            Row first = rows.get(1);
            assertThat(first.getCell(0).asString()).isEqualTo("Write the runbook");
            assertThat(first.getCell(1).asString()).isEqualTo("Aisha Khan");
            assertThat(first.getCell(2).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(2).asDate()).isEqualTo(LocalDateTime.of(2026, 3, 10, 0, 0));
            assertThat(first.getCell(3).asString()).isEqualTo("Open");
            assertThat(first.getCell(4).asString()).isEqualTo("Yes");
            assertThat(first.getCell(5).asString()).isEqualTo("Lunch & learn: Kafka (3 Mar 2026)");
            assertThat(first.getCell(6).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(2));
            assertThat(first.getCell(7).asString()).isEqualTo("Blocked");
            assertThat(first.getCell(8).asString()).isEqualTo("Waiting for dashboard access");
            Row second = rows.get(2);
            assertThat(second.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(second.getCell(0).asString()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(second.getCell(0).getFormula()).isNull();
            assertThat(second.getCell(1).asString()).isEqualTo("Zoë Ångström");
            assertThat(second.getCell(3).asString()).isEqualTo("Dropped");
            assertThat(second.getCell(8).asString()).isEqualTo("-not needed");
        }
    }

    @Test
    void theHeaderIsStyledFrozenAndFiltered() throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(write()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I3");
            var headerFont = workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex());
            assertThat(headerFont.getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }
}
