package org.peerplanner.web.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.integrations.spreadsheet.GapSheetExport;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The export buttons' files, from the real database: every visible gap, and nothing more. */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class GapExportIT {

    @Autowired
    GapSheetExport export;
    @Autowired
    WebFixtures fixtures;

    private List<String> exportedTitles(Actor actor) throws Exception {
        var out = new ByteArrayOutputStream();
        export.writeXlsx(actor, fixtures.teamId("Payments Platform"), "Payments Platform", out);
        List<String> titles = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            int titleColumn = -1;
            for (var cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().equalsIgnoreCase("Title")) {
                    titleColumn = cell.getColumnIndex();
                }
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var cell = sheet.getRow(r).getCell(titleColumn);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                titles.add(cell.getStringCellValue());
            }
        }
        return titles;
    }

    @Test
    void theManagersFileHasTheConfidentialGapAndAMembersFileDoesNot() throws Exception {
        var managers = exportedTitles(new Actor(fixtures.personId("maria@example.com"), false));
        var members = exportedTitles(new Actor(fixtures.personId("jonas@example.com"), false));

        assertThat(managers).contains("Giving feedback as a first-time lead", "Kafka consumer groups and rebalancing",
                "Terraform module structure");
        assertThat(members).contains("Kafka consumer groups and rebalancing").doesNotContain("Giving feedback as a first-time lead");
        assertThat(managers).as("merged duplicates are not exported twice").doesNotContain("kafka consumer-groups?");
    }

    @Test
    void theCsvStartsWithAByteOrderMarkAndKeepsNonAsciiNames() throws Exception {
        var out = new ByteArrayOutputStream();
        export.writeCsv(new Actor(fixtures.personId("maria@example.com"), false), fixtures.teamId("Payments Platform"), out);
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFF");
        assertThat(text).contains("Lukáš Novák");
    }

    @Test
    void aDownloadThatBreaksOffLeavesNoReaderThreadBehind() {
        var maria = new Actor(fixtures.personId("maria@example.com"), false);
        OutputStream brokenPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };

        assertThatThrownBy(() -> export.writeXlsx(maria, fixtures.teamId("Payments Platform"), "Payments Platform",
                brokenPipe)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> export.writeCsv(maria, fixtures.teamId("Payments Platform"), brokenPipe))
                .isInstanceOf(IOException.class);

        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().equals("gap-export-read-ahead") && t.isAlive());
    }

    @Test
    void aTeamTheViewerCannotSeeIsRefusedBeforeAnythingIsWritten() {
        var outsider = new Actor(fixtures.personId("daniel@example.com"), false);
        var out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> export.writeXlsx(outsider, fixtures.teamId("Payments Platform"), "Payments Platform",
                out)).isInstanceOf(NotFoundException.class);
        assertThat(out.size()).isZero();
    }
}
