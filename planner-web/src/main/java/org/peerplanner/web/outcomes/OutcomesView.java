package org.peerplanner.web.outcomes;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.knowledge.UnansweredSearches;
import org.peerplanner.domain.outcomes.KnowledgeBaseFigures;
import org.peerplanner.domain.outcomes.OutcomePeriod;
import org.peerplanner.domain.outcomes.OutcomesService;
import org.peerplanner.domain.outcomes.baseline.BaselineService;
import org.peerplanner.domain.outcomes.TeamOutcomes;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.common.NotFoundNotice;
import org.peerplanner.web.home.HomeView;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.outcomes.baseline.BaselineView;
import org.peerplanner.web.outcomes.baseline.BeforeAfterChart;
import org.peerplanner.web.security.CurrentUser;

/**
 * Does peer learning work for this team: a chart per trend with its one-sentence reading and a table of the same
 * figures, the viewer's own figures (to them only), and the searches the knowledge base could not answer.
 * {@code outcomes?team=7&months=24} opens a team and period directly; another team's id is "not found".
 * Last, the team's own before/after comparison of onboarding time and bug reports (its baseline figures).
 */
@Route("outcomes")
@PageTitle("Outcomes · Peer Planner")
@Menu(order = 70, icon = "vaadin:chart-line", title = "Outcomes")
@PermitAll
public class OutcomesView extends VerticalLayout implements BeforeEnterObserver {

    static final List<Integer> PERIODS = List.of(6, 12, 24, 36);

    final Select<TeamSummary> team = new Select<>();
    final Select<Integer> months = new Select<>();
    final Div sections = new Div();
    TeamOutcomes shown;

    private final OutcomesService outcomes;
    private final BaselineService baseline;
    private final UnansweredSearches searches;
    private final OutcomesDownloads downloads;
    private final SelectedTeam selectedTeam;
    private final Actor actor;

    public OutcomesView(OutcomesService outcomes, BaselineService baseline, UnansweredSearches searches,
                        OutcomesDownloads downloads, SelectedTeam selectedTeam, CurrentUser user) {
        this.outcomes = outcomes;
        this.baseline = baseline;
        this.searches = searches;
        this.downloads = downloads;
        this.selectedTeam = selectedTeam;
        this.actor = user.actor();
        addClassName("planner-page");
        sections.setId("outcomes-sections");
        sections.addClassName("outcomes-sections");
        team.setLabel("Team");
        team.setItemLabelGenerator(TeamSummary::name);
        team.setItems(selectedTeam.choices());
        months.setLabel("Period");
        months.setItems(PERIODS);
        months.setItemLabelGenerator(m -> "Last " + m + " months");
        months.setValue(12);
        team.addValueChangeListener(e -> { if (e.isFromClient()) show(e.getValue().id()); });
        months.addValueChangeListener(e -> { if (e.isFromClient()) show(team.getValue().id()); });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        params.getSingleParameter("months").map(OutcomesView::months).filter(PERIODS::contains).ifPresent(months::setValue);
        var asked = params.getSingleParameter("team").map(OutcomesView::id);
        var current = selectedTeam.current();
        if (asked.isEmpty() && current.isEmpty()) {
            add(new H2("Outcomes"), new Paragraph("You are not in a team yet."));
            return;
        }
        try {
            show(asked.orElseGet(() -> current.get().id()));
        } catch (NotFoundException e) {
            removeAll();
            add(new NotFoundNotice("The team", "Back to the start", HomeView.class));
        }
    }

    void show(long teamId) {
        var period = OutcomePeriod.lastMonths(outcomes.today(teamId), months.getValue());
        shown = outcomes.dashboard(actor, teamId, period);
        selectedTeam.select(teamId);
        team.getListDataView().getItems().filter(t -> t.id() == teamId).findFirst().ifPresent(team::setValue);
        removeAll();
        sections.removeAll();
        var privacy = new Paragraph("Figures for the whole team (" + shown.memberCount() + " members); none names "
                + "anyone. Your own figures are shown to you alone.");
        privacy.addClassName("planner-muted");
        add(new H2("Outcomes · " + shown.teamName()), controls(), privacy);
        if (!shown.mine().isEmpty()) {
            var mine = new SectionPanel("mine", "Your own figures", shown.mine());
            mine.setId("my-figures");
            add(mine);
        }
        shown.sections().forEach(section -> {
            sections.add(new SectionPanel(section));
            if (section.id().equals(KnowledgeBaseFigures.ID)) {
                sections.add(new UnansweredSearchesPanel(searches, actor, teamId));
            }
        });
        sections.add(new BeforeAfterChart(baseline.comparisons(actor, teamId)),
                new RouterLink("The baseline figures behind it", BaselineView.class));
        add(sections);
    }

    private FlexLayout controls() {
        var row = new FlexLayout(team, months, downloads.xlsxLink(actor, shown.teamId(), shown.teamName(), shown.period()));
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("outcomes-controls");
        if (shown.viewerMayChangeTarget()) {
            row.add(new CloseTargetEditor(outcomes, actor, shown.teamId(), shown.closeTargetDays(),
                    () -> show(shown.teamId())));
        }
        return row;
    }

    private static int months(String value) {
        return value.matches("\\d{1,2}") ? Integer.parseInt(value) : 12;
    }

    private static long id(String value) {
        return value.matches("\\d{1,18}") ? Long.parseLong(value) : -1;
    }
}
