package org.peerplanner.integrations.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.rotation.FairnessReport;
import org.peerplanner.domain.rotation.FairnessRow;

/** The fairness export read back with an independent reader (fastexcel), cell by cell. */
class FairnessSheetWriterTest {

    private byte[] write() throws Exception {
        var report = new FairnessReport(LocalDate.of(2025, 11, 21), LocalDate.of(2026, 11, 21), 6.0, 1.0, 1.0, List.of(
                new FairnessRow(1, "Jonas Weber", 18, 5, 1, 3.0, 5.0, 1.0, true, false),
                new FairnessRow(2, "Zoë Ångström", 0, 0, 2, 0.0, 0.0, 2.0, false, true),
                new FairnessRow(3, "=HYPERLINK(\"x\")", 6, 0, 0, 1.0, 0.0, 0.0, false, false)));
        var out = new ByteArrayOutputStream();
        new FairnessSheetWriter().write("Payments Platform", report, out);
        return out.toByteArray();
    }

    @Test
    void everyMemberIsARowWithNumbersAsNumbersAndFlagsAsWords() throws Exception {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(write()))) {
            List<Row> rows = workbook.getFirstSheet().read();

            assertThat(rows.get(0).getCell(0).asString()).isEqualTo("Payments Platform: fairness from 2025-11-21 to 2026-11-21");
            assertThat(rows.get(1).getCell(0).asString()).isEqualTo("Member");
            assertThat(rows.get(1).getCell(5).asString()).isEqualTo("Overloaded");
            assertThat(rows.get(2).getCell(0).asString()).isEqualTo("Jonas Weber");
            assertThat(rows.get(2).getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows.get(2).getCell(1).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(18));
            assertThat(rows.get(2).getCell(4).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(3.0));
            assertThat(rows.get(2).getCell(5).asString()).isEqualTo("Yes");
            assertThat(rows.get(3).getCell(0).asString()).isEqualTo("Zoë Ångström");
            assertThat(rows.get(3).getCell(6).asString()).isEqualTo("Yes");
            assertThat(rows.get(4).getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(rows.get(4).getCell(0).asString()).isEqualTo("=HYPERLINK(\"x\")");
        }
    }

    @Test
    void theHeaderIsFrozenAndFiltered() throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(write()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
        }
    }
}
