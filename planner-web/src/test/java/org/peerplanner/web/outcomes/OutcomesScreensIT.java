package org.peerplanner.web.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.outcomes.TeamFlag;
import org.peerplanner.domain.outcomes.TeamOverviewRow;
import org.peerplanner.integrations.outcomes.OutcomesWorkbook;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.peerplanner.web.common.NotFoundNotice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The outcomes dashboard and the organisation overview on the demo organisation, without a browser. */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class OutcomesScreensIT extends SpringBrowserlessTest {

    @Autowired
    WebFixtures fixtures;
    @Autowired
    OutcomesWorkbook workbook;

    @Test
    @WithUserDetails("maria@example.com")
    void aManagerReadsEachChartInOneSentenceWithTheSameFiguresInATable() {
        var view = open("team", fixtures.teamId("Payments Platform"), "months", 12);

        assertThat(view.shown.teamName()).isEqualTo("Payments Platform");
        var figures = $(SeriesFigure.class).all();
        assertThat(figures).hasSizeGreaterThanOrEqualTo(10);
        for (SeriesFigure figure : figures) {
            assertThat(figure.reading.getText()).isNotBlank().endsWith(".");
            String svg = figure.getElement().getOuterHTML();
            assertThat(svg).contains("role=\"img\"").contains("<title>").contains("aria-label=");
        }
        var close = figureOf(figures, "series-gaps-close");
        assertThat(close.reading.getText()).startsWith("Median time to close fell from");
        assertThat(rows(close.table)).hasSize(12);
        var keepers = figureOf(figures, "series-spread-keepers");
        assertThat(keepers.reading.getText()).isEqualTo("One person led at least half of the sessions on kafka.");
        assertThat(view.shown.section("gaps").facts()).extracting(f -> f.label()).contains("Closed within 45 days");
        assertThat(view.getElement().getOuterHTML()).contains("kafka exactly once").contains("Your own figures")
                .doesNotContain("Jonas");
    }

    @Test
    @WithUserDetails("maria@example.com")
    void theExportHoldsEverySeriesOfTheDashboard() throws Exception {
        var view = open("team", fixtures.teamId("Payments Platform"));
        assertThat(view.getElement().getOuterHTML()).contains("id=\"outcomes-xlsx\"");

        var out = new ByteArrayOutputStream();
        workbook.write(view.shown, out);

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1 + view.shown.allSeries().size());
            assertThat(book.getSheetAt(1).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(view.shown.allSeries().getFirst().reading());
        }
    }

    @Test
    @WithUserDetails("jonas@example.com")
    void anotherTeamByAnEditedAddressIsNotFound() {
        open("team", fixtures.teamId("Mobile Apps"));

        assertThat($(NotFoundNotice.class).all()).hasSize(1);
        assertThat($(SeriesFigure.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("jonas@example.com")
    void aMemberSeesTheTeamsFiguresAndOnlyTheirOwnPersonalOnes() {
        var view = navigate(OutcomesView.class);

        assertThat(view.shown.mine()).isNotEmpty();
        assertThat(view.shown.viewerMayChangeTarget()).isFalse();
        assertThat($(CloseTargetEditor.class).all()).isEmpty();
        assertThat(view.shown.sections()).allSatisfy(s -> assertThat(s.personal()).isEmpty());
    }

    @Test
    @WithUserDetails("maria@example.com")
    void anUnansweredSearchBecomesAKnowledgeGapInOneClick() {
        var view = open("team", fixtures.teamId("Payments Platform"));
        var panel = $(UnansweredSearchesPanel.class).single();
        String before = panel.list.getElement().getOuterHTML();
        assertThat(before).contains("pgbouncer pool sizing");

        var log = $(Button.class, panel).all().stream()
                .filter(b -> b.getElement().getAttribute("aria-label").contains("pgbouncer pool sizing")).findFirst()
                .orElseThrow();
        test(log).click();

        assertThat(panel.list.getElement().getOuterHTML()).doesNotContain("pgbouncer pool sizing");
        assertThat(view.shown.teamName()).isEqualTo("Payments Platform");
    }

    @Test
    @WithUserDetails("riley@example.com")
    void anAdministratorComparesTeamsWithSparklinesAndFlags() {
        var view = navigate(OrganisationOverviewView.class);

        assertThat(view.summary.getText()).contains("teams").contains("flagged");
        TeamOverviewRow payments = view.rows.stream().filter(r -> r.teamName().equals("Payments Platform")).findFirst()
                .orElseThrow();
        assertThat(payments.flags()).contains(TeamFlag.SINGLE_KNOWLEDGE_KEEPER)
                .doesNotContain(TeamFlag.NO_GAP_CLOSED_IN_90_DAYS);
        assertThat(payments.sparklines()).isNotEmpty();
        assertThat(SvgCharts.sparkline("Payments Platform: held", payments.sparklines().getFirst().values()))
                .contains("role=\"img\"");
    }

    /** Opens the dashboard by its address with query parameters, as an edited link would. */
    private OutcomesView open(Object... parameters) {
        var map = new java.util.HashMap<String, String>();
        for (int i = 0; i < parameters.length; i += 2) {
            map.put((String) parameters[i], String.valueOf(parameters[i + 1]));
        }
        com.vaadin.flow.component.UI.getCurrent().navigate("outcomes", com.vaadin.flow.router.QueryParameters.simple(map));
        return (OutcomesView) getCurrentView();
    }

    private static SeriesFigure figureOf(List<SeriesFigure> figures, String id) {
        return figures.stream().filter(f -> f.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    private static List<NativeTableRow> rows(NativeTable table) {
        return table.getBody().getRows();
    }
}
