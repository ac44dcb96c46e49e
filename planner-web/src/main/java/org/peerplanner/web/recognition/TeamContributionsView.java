package org.peerplanner.web.recognition;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.recognition.TeamContributions;
import org.peerplanner.domain.recognition.TeamPeriod;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.common.DateFields;
import org.peerplanner.web.common.Save;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.security.CurrentUser;

/**
 * For a team's managers: per member and period, how many contributions of each kind, alphabetically: no score, no
 * rank, no total. Below, who has not led or co-led yet, to invite them (co-facilitating is the gentle start).
 */
@Route("team-contributions")
@PageTitle("Team contributions · Peer Planner")
@PermitAll
public class TeamContributionsView extends VerticalLayout {

    final DatePicker from = DateFields.picker("From");
    final DatePicker to = DateFields.picker("To");
    final Grid<TeamPeriod.MemberCounts> grid = new Grid<>();
    final Paragraph neverLed = new Paragraph();
    final Div export = new Div();

    private final TeamContributions contributions;
    private final ContributionDownloads downloads;
    private final Actor actor;
    private TeamSummary team;

    public TeamContributionsView(TeamContributions contributions, ContributionDownloads downloads,
                                 SelectedTeam selectedTeam, CurrentUser user, Clock clock) {
        this.contributions = contributions;
        this.downloads = downloads;
        this.actor = user.actor();
        addClassName("planner-page");
        var current = selectedTeam.current().filter(TeamSummary::manageable);
        if (current.isEmpty()) {
            add(new H2("Team contributions"), new Paragraph("Only a team's managers see its contributions."));
            return;
        }
        team = current.get();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(team.timeZone())));
        from.setValue(today.minusMonths(3).plusDays(1));
        to.setValue(today);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        grid.setId("team-contributions");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        neverLed.setId("never-led");
        var period = new HorizontalLayout(from, to, export);
        period.setAlignItems(FlexComponent.Alignment.BASELINE);
        period.setWrap(true);
        add(new H2("Contributions · " + team.name()), new Paragraph("Counts by kind for the period, for recognising "
                + "what people do and inviting those who have not led yet. Not a ranking, and not a score."),
                period, grid, new H3("Not led or co-led yet"), neverLed);
        refresh();
    }

    void refresh() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        Save.run(() -> contributions.period(actor, team.id(), from.getValue(), to.getValue()),
                Save.FieldProblems.NONE).ifPresent(this::show);
    }

    private void show(TeamPeriod period) {
        grid.removeAllColumns();
        grid.addColumn(TeamPeriod.MemberCounts::name).setHeader("Member").setFrozen(true).setAutoWidth(true);
        period.kinds().forEach(kind -> grid.addColumn(m -> m.count(kind)).setHeader(kind.label()).setAutoWidth(true));
        grid.setItems(period.members());
        neverLed.setText(period.neverLed().isEmpty() ? "Everyone in the team has led or co-led a session."
                : String.join(", ", period.neverLed()) + ". Invite them to co-facilitate a coming session with an "
                + "experienced facilitator.");
        export.removeAll();
        export.add(downloads.teamXlsx(actor, team.id(), team.name(), period.from(), period.to()));
    }
}
