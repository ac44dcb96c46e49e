package org.peerplanner.integrations.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.knowledge.ArticleCard;

/** The knowledge base index read back with an independent reader (fastexcel), structure checked with POI. */
class KnowledgeIndexWorkbookTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ArticleCard KAFKA = new ArticleCard(7, 1, "Kafka consumer groups", List.of("Kafka", "Ops"),
            "Zoë Quinn", Instant.parse("2026-03-01T23:30:00Z"), Instant.parse("2026-04-02T08:00:00Z"),
            LocalDate.of(2026, 1, 31), true, 3, 1, 2);
    private static final ArticleCard FORMULA = new ArticleCard(8, 1, "=HYPERLINK(\"http://evil\")", List.of("@tag"),
            "-Mallory", Instant.parse("2026-03-05T10:00:00Z"), Instant.parse("2026-03-05T10:00:00Z"), null, false, 1, 0, 0);

    private static byte[] write(List<ArticleCard> cards) throws IOException {
        var out = new ByteArrayOutputStream();
        new KnowledgeIndexWorkbook().write("Payments", cards, BERLIN, out);
        return out.toByteArray();
    }

    @Test
    void oneRowPerArticleWithRealDatesInTheTeamsZoneAndNumbers() throws IOException {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(write(List.of(KAFKA, FORMULA))))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.getFirst().stream().map(c -> c.asString()).toList()).containsExactly(KnowledgeIndexWorkbook.HEADERS);
            Row kafka = rows.get(1);
            assertThat(kafka.getCell(0).asNumber()).isEqualByComparingTo("7");
            assertThat(kafka.getCell(1).asString()).isEqualTo("Kafka consumer groups");
            assertThat(kafka.getCell(2).asString()).isEqualTo("Kafka, Ops");
            assertThat(kafka.getCell(3).asString()).isEqualTo("Zoë Quinn");
            assertThat(kafka.getCell(4).getType()).isEqualTo(CellType.NUMBER);
            assertThat(kafka.getCell(4).asDate()).isEqualTo(LocalDateTime.of(2026, 3, 2, 0, 0)); // 00:30 in Berlin
            assertThat(kafka.getCell(6).asDate()).isEqualTo(LocalDateTime.of(2026, 1, 31, 0, 0));
            assertThat(kafka.getCell(7).asString()).isEqualTo("Yes");
            assertThat(kafka.getCell(8).asNumber()).isEqualByComparingTo("3");
            assertThat(kafka.getCell(10).asNumber()).isEqualByComparingTo("2");
            Row formula = rows.get(2);
            assertThat(formula.getCell(1).getType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCell(1).asString()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(formula.getCell(2).asString()).isEqualTo("@tag");
            assertThat(formula.getCell(3).asString()).isEqualTo("-Mallory");
            assertThat(formula.getCellAsString(6)).isEmpty();
        }
    }

    @Test
    void theHeaderIsStyledFrozenAndFiltered() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(write(List.of(KAFKA, FORMULA))))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K3");
            var style = sheet.getRow(0).getCell(0).getCellStyle();
            assertThat(style.getFont().getBold()).isTrue();
            assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(sheet.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void anEmptyIndexIsJustTheHeader() throws IOException {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(write(List.of())))) {
            assertThat(workbook.getFirstSheet().read()).hasSize(1);
        }
    }
}
