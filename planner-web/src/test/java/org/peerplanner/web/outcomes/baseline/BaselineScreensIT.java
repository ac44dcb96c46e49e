package org.peerplanner.web.outcomes.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.outcomes.baseline.BaselineService;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.peerplanner.web.layout.SelectedTeam;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The outcome baseline screen on the demo data, without a browser: readings, typing a month, importing a file. */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class BaselineScreensIT extends SpringBrowserlessTest {

    @Autowired WebFixtures fixtures;
    @Autowired BaselineService baseline;
    @Autowired ApplicationContext context;

    @Test
    @WithUserDetails("maria@example.com")
    void aManagerReadsTheComparisonTypesAMonthAndImportsAFileAllOrNothing() throws IOException {
        long payments = fixtures.teamId("Payments Platform");
        Actor maria = new Actor(fixtures.personId("maria@example.com"), false);
        context.getBean(SelectedTeam.class).select(payments);
        var view = navigate(BaselineView.class);

        var chart = $view(BeforeAfterChart.class).single();
        assertThat(chart.readings.get(0).getText()).startsWith("Onboarding time fell by");
        assertThat(chart.readings.get(1).getText()).startsWith("Bug reports fell by");
        assertThat(chart.chart.getAlt()).get().asString().contains("not this team's result");
        assertThat(chart.table.getElement().getTextRecursively()).contains("Months before", "18", "\u221215 %");

        int recorded = baseline.page(maria, payments).months().size();
        YearMonth gap = YearMonth.from(baseline.page(maria, payments).adoptedOn());
        test(view.editor.month).selectItem(MonthEditor.MONTH.format(gap));
        test(view.editor.onboardingDays).setValue(-3);
        test(view.editor.bugReports).setValue(40);
        test(view.editor.save).click();
        assertThat(baseline.page(maria, payments).months()).hasSize(recorded);
        test(view.editor.onboardingDays).setValue(29);
        test(view.editor.save).click();
        assertThat(baseline.page(maria, payments).months()).hasSize(recorded + 1);

        Path bad = Files.createTempFile("baseline", ".csv");
        Files.writeString(bad, "Month,Onboarding days,Bug reports\n2019-01,20,5\n2019-02,twenty,5\n2019-01,21,6\n",
                StandardCharsets.UTF_8);
        view.importPanel.read("baseline.csv", bad, Files.size(bad));
        assertThat(view.importPanel.verdict.getText()).startsWith("2 rows have problems.");
        assertThat(view.importPanel.confirm.isEnabled()).isFalse();
        assertThat(baseline.page(maria, payments).months()).hasSize(recorded + 1);

        Path good = Files.createTempFile("baseline", ".csv");
        Files.writeString(good, "Month,Onboarding days,Bug reports\n2019-01,20,5\n2019-02,22,6\n", StandardCharsets.UTF_8);
        view.importPanel.read("baseline.csv", good, Files.size(good));
        assertThat(view.importPanel.verdict.getText()).isEqualTo("2 months are ready to import.");
        test(view.importPanel.confirm).click();
        assertThat(baseline.page(maria, payments).months()).hasSize(recorded + 3);

        view.importPanel.read("notes.csv", writeBytes(new byte[] {0, 1, 2, 0, 0, 5, 0, 0}), 8);
        assertThat(view.importPanel.refusal.isVisible()).isTrue();
        assertThat(view.importPanel.refusal.getText()).contains("not a spreadsheet");
    }

    @Test
    @WithUserDetails("daniel@example.com")
    void theOtherDemoTeamShowsNoClearChange() {
        context.getBean(SelectedTeam.class).select(fixtures.teamId("Mobile Apps"));
        navigate(BaselineView.class);
        var chart = $view(BeforeAfterChart.class).single();
        assertThat(chart.readings.get(0).getText()).startsWith("Onboarding time shows no clear change");
        assertThat(chart.readings.get(1).getText()).startsWith("Bug reports shows no clear change");
    }

    @Test
    @WithUserDetails("jonas@example.com")
    void aMemberReadsButDoesNotEdit() {
        context.getBean(SelectedTeam.class).select(fixtures.teamId("Payments Platform"));
        var view = navigate(BaselineView.class);
        assertThat(view.editor).isNull();
        assertThat(view.importPanel).isNull();
        assertThat(view.months.getListDataView().getItemCount()).isGreaterThanOrEqualTo(29);
    }

    private static Path writeBytes(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("baseline", ".csv");
        Files.write(file, bytes);
        return file;
    }
}
