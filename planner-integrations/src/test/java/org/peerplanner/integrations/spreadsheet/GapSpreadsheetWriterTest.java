package org.peerplanner.integrations.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exports are read back with independent readers (fastexcel-reader, opencsv), not with the libraries that wrote them. */
class GapSpreadsheetWriterTest {

    private static final List<String> HEADERS = List.of("ID", "Title", "Description", "Status", "Source",
            "Reference", "Urgency", "Votes", "Priority", "Tags", "Reported by", "Reported on", "Offered by",
            "Confidential");

    private static final GapSheetRow KAFKA = new GapSheetRow(41, "Kafka consumer groups",
            "How rebalancing works.\nWhy lag spikes after deploys, \"sometimes\".", "Open", "Retrospective",
            "RETRO-2025-03", "High", 7, 1, List.of("kafka", "backend"), "Zoë Ångström", LocalDate.of(2025, 3, 14),
            List.of("José Müller", "李雷 🚀"), false);

    private static final GapSheetRow SPARSE = new GapSheetRow(42, "Writing ADRs", null, "Closed", null, null,
            null, 0, 0, List.of(), null, null, null, true);

    private static final List<GapSheetRow> FORMULAS = List.of(
            formulaRow(1, "=SUM(A1)"), formulaRow(2, "+1"), formulaRow(3, "-2"), formulaRow(4, "@cmd"),
            formulaRow(5, "\tx"), formulaRow(6, "\rx"));

    private final GapSpreadsheetWriter writer = new GapSpreadsheetWriter();

    // xlsx

    @Test
    void xlsxHasTheHeaderAndEveryValueWithItsRealType() throws IOException {
        List<Row> rows = readXlsx(xlsx("Platform", List.of(KAFKA, SPARSE)));

        assertThat(rows).hasSize(3);
        assertThat(texts(rows.get(0))).containsExactlyElementsOf(HEADERS);

        Row kafka = rows.get(1);
        assertNumber(kafka.getCell(0), 41);
        assertString(kafka.getCell(1), "Kafka consumer groups");
        assertString(kafka.getCell(2), "How rebalancing works.\nWhy lag spikes after deploys, \"sometimes\".");
        assertString(kafka.getCell(3), "Open");
        assertString(kafka.getCell(4), "Retrospective");
        assertString(kafka.getCell(5), "RETRO-2025-03");
        assertString(kafka.getCell(6), "High");
        assertNumber(kafka.getCell(7), 7);
        assertNumber(kafka.getCell(8), 1);
        assertString(kafka.getCell(9), "kafka, backend");
        assertString(kafka.getCell(10), "Zoë Ångström");
        assertThat(kafka.getCell(11).getType()).isEqualTo(CellType.NUMBER);
        assertThat(kafka.getCell(11).getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(kafka.getCell(11).asDate()).isEqualTo(LocalDateTime.of(2025, 3, 14, 0, 0));
        assertString(kafka.getCell(12), "José Müller, 李雷 🚀");
        assertString(kafka.getCell(13), "No");

        Row sparse = rows.get(2);
        assertNumber(sparse.getCell(0), 42);
        assertString(sparse.getCell(1), "Writing ADRs");
        for (int empty : new int[]{2, 4, 5, 6, 9, 10, 11, 12}) {
            assertThat(sparse.getOptionalCell(empty).map(Cell::getType).orElse(CellType.EMPTY))
                    .as("column %d", empty).isEqualTo(CellType.EMPTY);
        }
        assertNumber(sparse.getCell(7), 0);
        assertString(sparse.getCell(13), "Yes");
    }

    @Test
    void xlsxWritesFormulaLikeTextAsPlainStringsWithNoVisibleQuote() throws IOException {
        List<Row> rows = readXlsx(xlsx("Platform", FORMULAS));

        List<String> titles = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            Cell title = row.getCell(1);
            assertThat(title.getType()).isEqualTo(CellType.STRING);
            assertThat(title.getFormula()).isNull();
            titles.add(title.asString());
            assertThat(row.getCell(3).getFormula()).isNull();
            assertString(row.getCell(3), "=cmd|' /C calc'!A0");
            assertString(row.getCell(10), "@admin");
        }
        assertThat(titles).containsExactly("=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx");
    }

    @Test
    void xlsxFreezesTheHeaderFiltersTheDataRangeNamesTheSheetAndFitsColumnWidths() throws IOException {
        byte[] file = xlsx("R&D: Core [Ops]", List.of(KAFKA, SPARSE));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("R&D  Core  Ops");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:N3");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont()).satisfies(f -> assertThat(f.getBold()).isTrue());
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFillPattern())
                    .isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getWrapText()).isTrue();
            // widths in characters (1/256 units): from the longest content, capped per column
            assertThat(sheet.getColumnWidth(1) / 256).isEqualTo("Kafka consumer groups".length() + 1);
            assertThat(sheet.getColumnWidth(2) / 256).isEqualTo("Why lag spikes after deploys, \"sometimes\".".length() + 1);
            assertThat(sheet.getColumnWidth(11) / 256).isEqualTo("Reported on".length() + 3);
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("Knowledge gaps – R&D: Core [Ops]");
        }
    }

    @Test
    void xlsxCapsVeryLongTextAtTheColumnsMaximumWidth() throws IOException {
        GapSheetRow wordy = new GapSheetRow(1, "t".repeat(500), "d".repeat(3000), null, null, null, null, 0, 0,
                null, null, null, null, false);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx("Team", List.of(wordy))))) {
            assertThat(workbook.getSheetAt(0).getColumnWidth(1) / 256).isEqualTo(61);
            assertThat(workbook.getSheetAt(0).getColumnWidth(2) / 256).isEqualTo(81);
        }
    }

    @Test
    void xlsxWithoutGapsStillHasItsHeaderAndFilter() throws IOException {
        byte[] file = xlsx(null, List.of());

        assertThat(readXlsx(file)).hasSize(1);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Gaps");
            assertThat(workbook.getSheetAt(0).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:N1");
        }
    }

    @Test
    void xlsxKeepsEveryRowIntactBeyondTheStreamingWindowAndTheWriteBuffer() throws IOException {
        List<GapSheetRow> gaps = new ArrayList<>();
        for (int i = 1; i <= 2_500; i++) {
            // descriptions of varied length, some near Excel's cell limit, so rows cross the 64K write buffer
            String description = i % 500 == 0 ? "ü".repeat(32_000) : "Zoë ".repeat(i % 40) + i;
            gaps.add(new GapSheetRow(i, "Gap " + i, description, "Open", null, null, null, i, 0, null,
                    "李雷 🚀", LocalDate.of(2025, 1, 1).plusDays(i), null, false));
        }

        List<Row> rows = readXlsx(xlsx("Team", gaps));

        assertThat(rows).hasSize(2_501);
        for (int i = 1; i <= 2_500; i++) {
            GapSheetRow gap = gaps.get(i - 1);
            Row row = rows.get(i);
            assertNumber(row.getCell(0), i);
            assertString(row.getCell(2), gap.description());
            assertString(row.getCell(10), "李雷 🚀");
            assertThat(row.getCell(11).asDate().toLocalDate()).isEqualTo(gap.reportedOn());
        }
    }

    @Test
    void xlsxCutsTextLongerThanAnExcelCellAndSaysSoWhileCsvKeepsItWhole() throws IOException {
        int cut = 32_767 - GapSpreadsheetWriter.CUT_MARK.length();
        String huge = "a".repeat(cut - 1) + "🚀" + "b".repeat(100); // the cut would split the emoji
        GapSheetRow gap = new GapSheetRow(1, "Huge", huge, null, null, null, null, 0, 0, null, null, null, null, false);

        String inXlsx = readXlsx(xlsx("Team", List.of(gap))).get(1).getCell(2).asString();
        String inCsv = readCsv(csv(List.of(gap))).get(1)[2];

        assertThat(inXlsx).hasSize(32_767 - 1).endsWith("a" + GapSpreadsheetWriter.CUT_MARK)
                .doesNotContain("\uD83D");
        assertThat(inCsv).isEqualTo(huge);
    }

    @ParameterizedTest(name = "team \"{0}\" -> sheet \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Platform|Platform", "NULL|Gaps", "'   '|Gaps", "History|History gaps",
            "'''Quoted'''|Quoted", "A/B\\C?D*E|A B C D E",
            "The very long name of the platform engineering team|The very long name of the platf"})
    void sheetNamesFollowExcelsRules(String team, String sheet) {
        assertThat(GapSpreadsheetWriter.sheetName(team)).isEqualTo(sheet).hasSizeLessThanOrEqualTo(31);
    }

    @Test
    void writingLeavesTheOutputStreamOpenForTheCaller() throws IOException {
        CloseSpy xlsxOut = new CloseSpy();
        CloseSpy csvOut = new CloseSpy();

        assertThat(writer.writeXlsx("Team", List.of(KAFKA).iterator(), xlsxOut)).isEqualTo(1);
        assertThat(writer.writeCsv(List.of(KAFKA, SPARSE).iterator(), csvOut)).isEqualTo(2);

        assertThat(xlsxOut.closed).isFalse();
        assertThat(csvOut.closed).isFalse();
        assertThat(xlsxOut.size()).isPositive();
    }

    // csv

    @Test
    void csvStartsWithAByteOrderMarkAndEndsEveryRecordWithCrLf() throws IOException {
        byte[] file = csv(List.of(SPARSE));

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                String.join(",", HEADERS) + "\r\n"
                        + "42,Writing ADRs,,Closed,,,,0,0,,,,,Yes\r\n");
    }

    @Test
    void csvHasEveryValueQuotedWhereNeededAndNamesIntact() throws IOException {
        List<String[]> records = readCsv(csv(List.of(KAFKA, SPARSE)));

        assertThat(records).hasSize(3);
        assertThat(records.get(0)).containsExactlyElementsOf(HEADERS);
        assertThat(records.get(1)).containsExactly("41", "Kafka consumer groups",
                "How rebalancing works.\nWhy lag spikes after deploys, \"sometimes\".", "Open", "Retrospective",
                "RETRO-2025-03", "High", "7", "1", "kafka, backend", "Zoë Ångström", "2025-03-14",
                "José Müller, 李雷 🚀", "No");
        assertThat(records.get(2)).containsExactly("42", "Writing ADRs", "", "Closed", "", "", "", "0", "0", "",
                "", "", "", "Yes");
    }

    @Test
    void csvPrefixesFormulaLikeTextWithAQuote() throws IOException {
        List<String[]> records = readCsv(csv(FORMULAS));

        assertThat(records.subList(1, records.size())).extracting(r -> r[1])
                .containsExactly("'=SUM(A1)", "'+1", "'-2", "'@cmd", "'\tx", "'\rx");
        assertThat(records.subList(1, records.size())).allSatisfy(r -> {
            assertThat(r[3]).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(r[10]).isEqualTo("'@admin");
            assertThat(r[9]).isEqualTo("'-negative, fine");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"=1+1|'=1+1", "plain|plain", "a=b|a=b", "' quoted|' quoted", "-|'-"})
    void neutralisesOnlyTextThatStartsLikeAFormula(String text, String written) {
        assertThat(CellText.neutralise(text)).isEqualTo(written);
    }

    private static GapSheetRow formulaRow(long id, String title) {
        return new GapSheetRow(id, title, null, "=cmd|' /C calc'!A0", null, null, null, 1, 1,
                List.of("-negative", "fine"), "@admin", null, List.of(), false);
    }

    private byte[] xlsx(String team, List<GapSheetRow> gaps) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeXlsx(team, gaps.iterator(), out);
        return out.toByteArray();
    }

    private byte[] csv(List<GapSheetRow> gaps) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeCsv(gaps.iterator(), out);
        return out.toByteArray();
    }

    private static List<Row> readXlsx(byte[] file) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file), new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            return sheet.read();
        }
    }

    private static List<String[]> readCsv(byte[] file) throws IOException {
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        try (CSVReader reader = new CSVReaderBuilder(new InputStreamReader(
                new ByteArrayInputStream(file, 3, file.length - 3), StandardCharsets.UTF_8))
                .withKeepCarriageReturn(true) // opencsv drops \r inside values unless asked
                .build()) {
            return reader.readAll();
        } catch (com.opencsv.exceptions.CsvException e) {
            throw new IOException(e);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getText());
        }
        return texts;
    }

    private static void assertString(Cell cell, String expected) {
        assertThat(cell.getType()).as(cell.getAddress().toString()).isEqualTo(CellType.STRING);
        assertThat(cell.asString()).isEqualTo(expected);
    }

    private static void assertNumber(Cell cell, long expected) {
        assertThat(cell.getType()).as(cell.getAddress().toString()).isEqualTo(CellType.NUMBER);
        assertThat(cell.asNumber()).isEqualByComparingTo(BigDecimal.valueOf(expected));
    }

    private static final class CloseSpy extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

}
