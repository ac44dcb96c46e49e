package org.peerplanner.integrations.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.peerplanner.integrations.spreadsheet.RetroFiles.bytes;
import static org.peerplanner.integrations.spreadsheet.RetroFiles.read;
import static org.peerplanner.integrations.spreadsheet.RetroFiles.readCsv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.peerplanner.integrations.spreadsheet.SpreadsheetRefusedException.Reason;
import org.peerplanner.integrations.spreadsheet.fixtures.RetroFixtureGenerator;

class RetroFileReaderTest {

    private static final List<RetroRow> CLEAN_ROWS = List.of(
            new RetroRow(2, "Flaky CI builds", "Builds fail randomly on the integration stage, nobody knows why.",
                    "5", 5, "Retrospective", "2025-03-14", LocalDate.of(2025, 3, 14), "Zoë Ångström", List.of()),
            new RetroRow(3, "Kafka consumer groups", "How rebalancing works, and why our lag spikes after deploys",
                    "3", 3, "Post-mortem", "2025-03-14", LocalDate.of(2025, 3, 14), "José Müller", List.of()),
            new RetroRow(4, "Writing ADRs", "We decide things, forget why.\nTemplates? Where do they live?",
                    "0", 0, "1:1", "2025-02-28", LocalDate.of(2025, 2, 28), "李雷 🚀", List.of()),
            new RetroRow(5, "Onboarding: local setup takes 2 days", null,
                    "8", 8, "Onboarding", "2025-01-09", LocalDate.of(2025, 1, 9), "Zoë Ångström", List.of()));

    // clean files
    @Test
    void readsEveryFieldOfAnXlsxWithRealDateCellsAndNonAsciiNames() throws IOException {
        RetroSheet sheet = read("clean.xlsx");

        assertThat(sheet.rows()).containsExactlyElementsOf(CLEAN_ROWS);
        assertThat(sheet.notes()).isEmpty();
    }

    @Test
    void readsTheSameItemsFromTheCsvExportIncludingALineBreakInsideAQuotedValue() throws IOException {
        RetroSheet sheet = read("clean.csv");

        // CRLF inside the quoted description is kept as the file has it
        assertThat(sheet.rows().get(2).description()).isEqualTo("We decide things, forget why.\r\nTemplates? Where do they live?");
        assertThat(sheet.rows()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("description")
                .containsExactlyElementsOf(CLEAN_ROWS);
        assertThat(sheet.notes()).isEmpty();
    }

    @Test
    void returnsRowsWithTheSameTitleAsTheyAreBecauseDuplicatesAreJudgedElsewhere() throws IOException {
        RetroSheet sheet = read("duplicates.csv");

        assertThat(sheet.rows()).extracting(RetroRow::title, RetroRow::votes).containsExactly(
                tuple("Flaky CI builds", 3), tuple("flaky ci builds!", 1), tuple("Flaky CI Builds.", 2),
                tuple("FLAKY  CI builds", 0), tuple("Kafka consumer groups", 4), tuple("Kafka: consumer groups?", 1));
        assertThat(sheet.rows()).allMatch(RetroRow::isValid);
    }

    // messy headers
    @Test
    void matchesSynonymsInAnyCaseOrderAndPunctuationAndNamesTheColumnsAndSheetsItIgnored() throws IOException {
        RetroSheet sheet = read("messy-headers.xlsx");

        assertThat(sheet.rows()).containsExactly(
                new RetroRow(3, "Flaky CI builds", "Random failures", "4", 4, "Retro", "14.03.2025",
                        LocalDate.of(2025, 3, 14), "Zoë Ångström", List.of()),
                new RetroRow(4, "Kafka consumer groups", "Lag spikes", "2", 2, "Post-mortem", "2025-03-14",
                        LocalDate.of(2025, 3, 14), "José Müller", List.of()),
                new RetroRow(5, "Writing ADRs", null, null, null, null, "2025-03-28",
                        LocalDate.of(2025, 3, 28), "李雷 🚀", List.of()));
        assertThat(sheet.notes()).containsExactly(
                "These columns were ignored because they do not belong to a gap: \"Sprint\", \"Colour\".",
                "Only the first sheet, \"Export\", was read; these sheets were ignored: \"Notes\".");
    }

    @Test
    void readsASemicolonCsvWithByteOrderMarkAndCountsRowsAsASpreadsheetShowsThem() throws IOException {
        RetroSheet sheet = read("messy-headers.csv");

        assertThat(sheet.rows()).containsExactly(
                new RetroRow(2, "Flaky CI builds", "Fails on stage 3; again\nand again", "4", 4, "Retro",
                        "14.03.2025", LocalDate.of(2025, 3, 14), "Zoë Ångström", List.of()),
                new RetroRow(3, "Kafka consumer groups", "Lag spikes", "2", 2, "Post-mortem", "28.03.2025",
                        LocalDate.of(2025, 3, 28), "José Müller", List.of()),
                new RetroRow(5, "Writing ADRs", null, null, null, null, null, null, "李雷 🚀", List.of()));
        assertThat(sheet.notes()).containsExactly(
                "These columns were ignored because they do not belong to a gap: \"Team mood\".");
    }

    @Test
    void readsTabSeparatedText() throws IOException {
        RetroSheet sheet = readCsv("Who\tItem\tLikes\nZoë\tPairing, but remote\t7\n");

        assertThat(sheet.rows()).extracting(RetroRow::title, RetroRow::owner, RetroRow::votes)
                .containsExactly(tuple("Pairing, but remote", "Zoë", 7));
    }

    @Test
    void honoursExcelsSepLineAndDoesNotCountItAsARow() throws IOException {
        RetroSheet sheet = readCsv("sep=;\r\nTitle;Votes\r\nA, B and C;2\r\n");

        assertThat(sheet.rows()).extracting(RetroRow::rowNumber, RetroRow::title, RetroRow::votes)
                .containsExactly(tuple(2, "A, B and C", 2));
    }

    @Test
    void usesTheFirstOfTwoTitleColumnsAndSaysSo() throws IOException {
        RetroSheet sheet = readCsv("Title,Topic,Votes\nFirst,Second,1\n");

        assertThat(sheet.rows()).extracting(RetroRow::title).containsExactly("First");
        assertThat(sheet.notes()).containsExactly(
                "Column \"Topic\" was ignored because column \"Title\" already gives the title.");
    }

    @Test
    void refusesAFileWithoutATitleColumnAndNamesTheHeadersItFound() {
        assertRefused(() -> readCsv("Votes,Raised by,Sprint\n3,Zoë,S1\n"), Reason.NO_TITLE_COLUMN,
                "\"retro.csv\" has no column for the item title. Columns found: \"Votes\", \"Raised by\","
                        + " \"Sprint\". Name the column that holds the items \"Title\" (Topic, Item, Subject or"
                        + " Summary also work) and upload again.");
    }

    // row problems
    @Test
    void returnsEveryRowWithWhatIsWrongAndSkipsEmptyRows() throws IOException {
        RetroSheet sheet = read("bad-rows.xlsx");

        assertThat(sheet.rows()).extracting(RetroRow::rowNumber, RetroRow::messages).containsExactly(
                tuple(2, List.of("Title is missing.")),
                tuple(3, List.of("Votes \"many\" is not a whole number of 0 or more.")),
                tuple(4, List.of("Date \"next Tuesday\" is not a date we understand; write it as"
                        + " year-month-day, for example 2025-03-14.")),
                tuple(5, List.of("Title is too long (201 characters); shorten it to 200 characters or fewer.",
                        "Date \"2025-02-30\" is not a date we understand; write it as year-month-day, for"
                                + " example 2025-03-14.")),
                tuple(7, List.of("Description is too long (4001 characters); shorten it to 4,000 characters"
                                + " or fewer.",
                        "Votes \"-1\" is not a whole number of 0 or more.")),
                tuple(8, List.of("Votes \"2.5\" is not a whole number of 0 or more.")),
                tuple(9, List.of()));
        RetroRow halfAVote = sheet.rows().get(5);
        assertThat(halfAVote.votesText()).isEqualTo("2.5");
        assertThat(halfAVote.votes()).isNull();
        assertThat(halfAVote.date()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(sheet.rows().get(1).title()).isEqualTo("Pairing on incidents");
    }

    @Test
    void countsTitleLengthInCharactersPeopleSeeSoEmojiCountOnce() throws IOException {
        String title = "🚀".repeat(200);

        RetroSheet sheet = readCsv("Title\n" + title + "\n");

        assertThat(sheet.rows().get(0).messages()).isEmpty();
    }

    @Test
    void acceptsWholeNumberVotesWrittenWithDecimalsOrPlus() throws IOException {
        RetroSheet sheet = readCsv("Title,Votes\nA,3.0\nB,+2\nC, 4 \n");

        assertThat(sheet.rows()).extracting(RetroRow::votes).containsExactly(3, 2, 4);
    }

    // dates
    @Test
    void readsSlashDatesAsMonthFirstAndSaysSoWhenOneCouldBeReadBothWays() throws IOException {
        RetroSheet sheet = readCsv("Title,Date\nA,03/04/2025\nB,12/25/2025\nC,3/14/2025 10:30 AM\n");

        assertThat(sheet.rows()).extracting(RetroRow::date).containsExactly(
                LocalDate.of(2025, 3, 4), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 3, 14));
        assertThat(sheet.notes()).containsExactly("Dates with slashes, such as \"03/04/2025\", were read as"
                + " month/day/year (2025-03-04). If they are day/month/year, write them as year-month-day,"
                + " for example 2025-03-14, and upload again.");
    }

    @Test
    void readsSlashDatesAsDayFirstWhenSomeOnlyMakeSenseThatWay() throws IOException {
        RetroSheet sheet = readCsv("Title,Date\nA,03/04/2025\nB,25/12/2025\n");

        assertThat(sheet.rows()).extracting(RetroRow::date)
                .containsExactly(LocalDate.of(2025, 4, 3), LocalDate.of(2025, 12, 25));
        assertThat(sheet.notes()).containsExactly("Dates with slashes, such as \"03/04/2025\", were read as"
                + " day/month/year, because some of them (for example \"25/12/2025\") only make sense that way.");
    }

    @Test
    void flagsAmbiguousDatesInAFileThatUsesBothOrders() throws IOException {
        RetroSheet sheet = readCsv("Title,Date\nA,03/04/2025\nB,25/12/2025\nC,12/25/2025\n");

        assertThat(sheet.rows()).extracting(RetroRow::date)
                .containsExactly(null, LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 25));
        assertThat(sheet.rows().get(0).messages()).containsExactly("Date \"03/04/2025\" could be day/month"
                + " or month/day, and this file uses both; write it as year-month-day, for example 2025-03-14.");
    }

    @Test
    void readsIsoAndDottedDatesAndIgnoresATimeOfDay() throws IOException {
        RetroSheet sheet = readCsv("Title,Date\nA,2025-03-04\nB,4.3.2025\nC,2025-03-04T09:15:00\nD,2025/3/4\n");

        assertThat(sheet.rows()).extracting(RetroRow::date).containsOnly(LocalDate.of(2025, 3, 4));
        assertThat(sheet.notes()).isEmpty();
    }

    // encodings
    @Test
    void fallsBackToWindows1252ForAnExcelAnsiCsvAndSaysSo() throws IOException {
        byte[] ansi = "Title;Owner\r\nCaching;José Müller\r\n".getBytes(Charset.forName("windows-1252"));

        RetroSheet sheet = read("ansi.csv", ansi);

        assertThat(sheet.rows()).extracting(RetroRow::owner).containsExactly("José Müller");
        assertThat(sheet.notes()).containsExactly("The file is not saved as UTF-8, so it was read as"
                + " Windows-1252 (Western European). If names with accents look wrong, save it as \"CSV UTF-8\""
                + " and upload again.");
    }

    @Test
    void readsUtf16TextWithItsByteOrderMark() throws IOException {
        byte[] utf16 = "\uFEFFTitle\tOwner\r\nCaching\t李雷 🚀\r\n".getBytes(StandardCharsets.UTF_16LE);

        RetroSheet sheet = read("unicode.txt", utf16);

        assertThat(sheet.rows()).extracting(RetroRow::title, RetroRow::owner)
                .containsExactly(tuple("Caching", "李雷 🚀"));
    }

    @Test
    void decidesByContentNotByNameAndSaysSoWhenTheNameMisleads() throws IOException {
        RetroSheet workbookNamedCsv = read("retro.csv", bytes("clean.xlsx"));
        RetroSheet csvNamedXlsx = read("retro.xlsx", bytes("clean.csv"));

        assertThat(workbookNamedCsv.rows()).hasSize(4);
        assertThat(workbookNamedCsv.notes())
                .containsExactly("The file is named .csv but is an Excel workbook; it was read as a workbook.");
        assertThat(csvNamedXlsx.rows()).hasSize(4);
        assertThat(csvNamedXlsx.notes())
                .containsExactly("The file is named like an Excel workbook but holds text; it was read as CSV.");
    }

    // refused files
    @Test
    void refusesAnEmptyFile() {
        assertRefused(() -> read("empty.csv"), Reason.EMPTY,
                "\"empty.csv\" is empty. Export the retrospective again and upload the new file.");
    }

    @Test
    void refusesAFileWithOnlyBlankLinesAsEmpty() {
        assertRefused(() -> readCsv("\r\n ,  ,\r\n\r\n"), Reason.EMPTY,
                "\"retro.csv\" is empty. Export the retrospective again and upload the new file.");
    }

    @Test
    void refusesAHeaderWithoutItems() {
        assertRefused(() -> read("header-only.xlsx"), Reason.NO_ITEMS,
                "\"header-only.xlsx\" has a header row but no items below it. Add the items under the header"
                        + " row and upload again.");
    }

    @Test
    void refusesMoreThanTenThousandItems() {
        assertRefused(() -> read("too-many-rows.csv"), Reason.TOO_MANY_ROWS,
                "\"too-many-rows.csv\" has more than 10,000 items, the most we can import at once. Split the"
                        + " items into files of at most 10,000 rows and upload them one after the other.");
    }

    @Test
    void exactlyTenThousandItemsAreFine() throws IOException {
        StringBuilder csv = new StringBuilder("Title\n");
        for (int i = 1; i <= 10_000; i++) {
            csv.append("g").append(i).append('\n');
        }

        assertThat(readCsv(csv.toString()).rows()).hasSize(10_000);
    }

    @Test
    void declaredSizeAboveTenMegabytesIsRefusedBeforeReading() {
        InputStream mustNotBeRead = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the stream was read");
            }
        };

        assertRefused(() -> new RetroFileReader().read("big.xlsx", mustNotBeRead, 10L * 1024 * 1024 + 1, null),
                Reason.TOO_LARGE, "\"big.xlsx\" is larger than 10 MB, the most we can import at once. Remove"
                        + " pictures or unused sheets, or split the items into several files, and upload again.");
    }

    @Test
    void aLyingDeclaredSizeIsCaughtByCountingTheBytes() {
        InputStream elevenMegabytes = RetroFiles.csvOfSize(11L * 1024 * 1024);

        assertRefused(() -> new RetroFileReader().read("small.csv", elevenMegabytes, 1_000, null),
                Reason.TOO_LARGE, "\"small.csv\" is larger than 10 MB, the most we can import at once. Remove"
                        + " pictures or unused sheets, or split the items into several files, and upload again.");
    }

    @Test
    void refusesAWorkbookThatUnpacksToMoreThanWeHoldInMemory() {
        RetroSheetBuilder builder = new RetroSheetBuilder("wide.xlsx", null);

        // the real limit is 64 MB; a few hundred bytes make the same point with a small file
        assertRefused(() -> XlsxRetroReader.read("wide.xlsx", bytes("clean.xlsx"), builder, 500), Reason.TOO_LARGE,
                "\"wide.xlsx\" holds more data than we can import at once (over 64 MB once unpacked). Remove unused"
                        + " columns and very long texts, or split the items into several files, and upload again.");
    }

    @Test
    void refusesALegacyXlsAskingToSaveAsXlsx() {
        assertRefused(() -> read("legacy.xls"), Reason.LEGACY_XLS,
                "\"legacy.xls\" is an old Excel 97-2003 workbook (.xls), which we cannot read. Open it in"
                        + " Excel, choose File > Save As > Excel Workbook (.xlsx), and upload the new file.");
    }

    @Test
    void refusesAPasswordProtectedWorkbookAskingToRemoveThePassword() throws Exception {
        assertThat(decryptsWithThePassword(bytes("password-protected.xlsx")))
                .as("the fixture is a real encrypted workbook").isTrue();

        assertRefused(() -> read("password-protected.xlsx"), Reason.PASSWORD_PROTECTED,
                "\"password-protected.xlsx\" is protected with a password, so we cannot open it. Open it in"
                        + " Excel, remove the password and upload again (in Excel: File > Info > Protect"
                        + " Workbook > Encrypt with Password, clear the password, save).");
    }

    @Test
    void refusesATruncatedWorkbookAsDamaged() {
        assertRefused(() -> read("corrupt.xlsx"), Reason.DAMAGED,
                "\"corrupt.xlsx\" looks like an Excel workbook but is damaged or incomplete. Open it in Excel"
                        + " to check that everything is there, save it again as Excel Workbook (.xlsx), and"
                        + " upload the new file.");
    }

    @Test
    void zipBombIsRefusedWithPoisProtectionsLeftOn() throws IOException {
        byte[] bomb = RetroFiles.zipBomb();
        assertThat(bomb.length).isLessThan(100_000);

        assertRefused(() -> read("bomb.xlsx", bomb), Reason.ZIP_BOMB,
                "\"bomb.xlsx\" unpacks to far more data than a spreadsheet of its size should, so we did not"
                        + " open it, for safety. Copy the items into a new workbook, save it as Excel Workbook"
                        + " (.xlsx), and upload that file.");
    }

    @Test
    void refusesABinaryFileNamedCsv() {
        assertRefused(() -> read("not-a-spreadsheet.csv"), Reason.NOT_A_SPREADSHEET,
                "\"not-a-spreadsheet.csv\" is not a spreadsheet we can read. Upload an Excel workbook (.xlsx)"
                        + " or a CSV file saved as \"CSV UTF-8\".");
    }

    @Test
    void refusesAZipArchiveThatIsNoWorkbook() {
        assertRefused(() -> read("retro.xlsx", RetroFiles.plainZip()), Reason.NOT_A_SPREADSHEET,
                "\"retro.xlsx\" is an archive or another kind of document, not an Excel workbook. Save the"
                        + " retrospective as Excel Workbook (.xlsx) or as \"CSV UTF-8\" and upload that file.");
    }

    @Test
    void refusesACsvWithAQuoteThatIsNeverClosed() {
        assertRefused(() -> readCsv("Title,Votes\nGood,1\n\"Broken,2\nMore,3\n"), Reason.MALFORMED_CSV,
                "\"retro.csv\" is not a well-formed CSV file: a quoted value near row 3 is not closed"
                        + " properly. Open the file in a spreadsheet program, save it again as \"CSV UTF-8\", and"
                        + " upload the new file.");
    }

    private static boolean decryptsWithThePassword(byte[] file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
            if (!decryptor.verifyPassword(RetroFixtureGenerator.PASSWORD)) {
                return false;
            }
            try (XSSFWorkbook workbook = new XSSFWorkbook(decryptor.getDataStream(fs))) {
                return "Secret gap".equals(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
            }
        }
    }

    // progress
    @Test
    void reportsAtLeastEveryFiveHundredRowsAndFinishesWithTheTotal() throws IOException {
        StringBuilder csv = new StringBuilder("Title\n");
        for (int i = 1; i <= 1_750; i++) {
            csv.append("g").append(i).append('\n');
        }
        List<int[]> calls = new ArrayList<>();
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);

        new RetroFileReader().read("retro.csv", new ByteArrayInputStream(content), content.length,
                (rowsRead, estimatedTotal) -> calls.add(new int[]{rowsRead, estimatedTotal}));

        assertThat(calls).extracting(c -> c[0]).containsExactly(500, 1_000, 1_500, 1_750);
        assertThat(calls).extracting(c -> c[1]).containsExactly(1_750, 1_750, 1_750, 1_750);
    }

    @Test
    void saysMinusOneWhileTheTotalIsUnknown() {
        List<String> calls = new ArrayList<>();
        RetroSheetBuilder builder = new RetroSheetBuilder("retro.xlsx", (read, total) -> calls.add(read + "/" + total));

        builder.row(1, List.of(RawCell.text("Title")));
        for (int i = 2; i <= 501; i++) {
            builder.row(i, List.of(RawCell.text("gap " + i)));
        }
        builder.build();

        assertThat(calls).containsExactly("500/-1", "500/500");
    }

    @Test
    void estimatesTheTotalOfAWorkbookFromItsDimension() throws IOException {
        List<int[]> calls = new ArrayList<>();
        byte[] content = bytes("clean.xlsx");

        new RetroFileReader().read("clean.xlsx", new ByteArrayInputStream(content), content.length,
                (rowsRead, estimatedTotal) -> calls.add(new int[]{rowsRead, estimatedTotal}));

        assertThat(calls).extracting(c -> c[0] + "/" + c[1]).containsExactly("4/4");
    }

    private static void assertRefused(ThrowingRead read, Reason reason, String message) {
        assertThatThrownBy(read::run)
                .isInstanceOfSatisfying(SpreadsheetRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessage(message);
    }

    @FunctionalInterface
    private interface ThrowingRead {
        void run() throws Exception;
    }
}
