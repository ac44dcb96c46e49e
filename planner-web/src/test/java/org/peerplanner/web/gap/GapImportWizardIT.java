package org.peerplanner.web.gap;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.gap.GapBoardService;
import org.peerplanner.domain.gap.GapFilter;
import org.peerplanner.domain.gap.GapImportAction;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The import wizard as Daniel, manager of the demo's Mobile Apps team, uses it. */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class GapImportWizardIT extends SpringBrowserlessTest {

    @Autowired
    GapBoardService board;
    @Autowired
    Clock clock;
    @Autowired
    WebFixtures fixtures;

    @Autowired
    org.springframework.context.ApplicationContext context;

    /** Other tests may give Daniel more teams; these tests are about Mobile Apps. */
    @org.junit.jupiter.api.BeforeEach
    void lookAtMobileApps() {
        context.getBean(org.peerplanner.web.layout.SelectedTeam.class).select(fixtures.teamId("Mobile Apps"));
    }

    private long mobileGaps() {
        return board.count(WebFixtures.SYSTEM, fixtures.teamId("Mobile Apps"), GapFilter.everything().includingMerged(true));
    }

    @Test
    @WithUserDetails("daniel@example.com")
    void aCleanExportIsPreviewedRowByRowAndImportedOnConfirm() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String retro = LocalDate.now(clock).minusDays(19).toString(); // a retro a few weeks back, never "in the future"
        String csv = "Topic;Details;+1;Category;Retro date;Raised by\r\n"
                + "Offline sync conflicts " + unique + ";Two bugs this sprint;3;retro;" + retro + ";emily@example.com\r\n"
                + "Accessibility audits " + unique + ";;1;new tech;" + retro + ";Zoë Unknown\r\n"
                + ";no title here;2;retro;" + retro + ";\r\n";
        long before = mobileGaps();
        var view = navigate(GapImportView.class);

        test(view.upload).upload("sprint-42.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(view.previewStep.isVisible()).isTrue();
        var rows = view.previewGrid.getGenericDataView().getItems().toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).broken()).isTrue();
        assertThat(rows.get(2).decision.action()).isEqualTo(GapImportAction.SKIP);
        assertThat(view.previewSummary.getText()).startsWith("3 rows: 2 to import");
        assertThat(mobileGaps()).as("nothing written before confirm").isEqualTo(before);

        test(view.confirm).click();

        assertThat(view.summaryStep.isVisible()).isTrue();
        assertThat(view.summaryText.getText()).isEqualTo("Imported 2, merged 0, skipped 1.");
        assertThat(mobileGaps()).isEqualTo(before + 2);
    }

    @Test
    @WithUserDetails("daniel@example.com")
    void aDamagedWorkbookIsRefusedWithAClearMessageAndNothingChanges() {
        long before = mobileGaps();
        byte[] whole = workbookWithTitles("Kafka", "Swift");
        byte[] truncatedZip = java.util.Arrays.copyOf(whole, whole.length / 2);
        var view = navigate(GapImportView.class);

        test(view.upload).upload("retro.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                truncatedZip);

        assertThat(view.refusal.isVisible()).isTrue();
        assertThat(view.refusal.getText()).contains("damaged or incomplete");
        assertThat(view.previewStep.isVisible()).isFalse();
        assertThat(mobileGaps()).isEqualTo(before);
    }

    private static byte[] workbookWithTitles(String... titles) {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Retro");
            sheet.createRow(0).createCell(0).setCellValue("Title");
            for (int i = 0; i < titles.length; i++) {
                sheet.createRow(i + 1).createCell(0).setCellValue(titles[i]);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @WithUserDetails("daniel@example.com")
    void aRowLikeAnExistingGapIsOfferedAsAMerge() {
        String csv = "Title,Votes\r\nRelease train and app store review,4\r\n";
        var view = navigate(GapImportView.class);

        test(view.upload).upload("retro.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        var row = view.previewGrid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(row.preview.similarGaps()).extracting(m -> m.title()).contains("Release train and app store review");
        assertThat(row.decision.action()).isEqualTo(GapImportAction.MERGE_INTO);
    }

    @Test
    @WithUserDetails("sam@example.com")
    void aMemberIsToldThatOnlyManagersImport() {
        var view = navigate(GapImportView.class);

        assertThat(view.previewStep.isVisible()).isFalse();
        assertThat(view.getElement().getTextRecursively()).contains("Only a team's managers import");
    }
}
