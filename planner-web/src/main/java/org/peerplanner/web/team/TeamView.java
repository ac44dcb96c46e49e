package org.peerplanner.web.team;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.feedback.FeedbackService;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.team.TeamDetails;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.team.TeamSettings;
import org.peerplanner.web.common.NotFoundNotice;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;
import org.peerplanner.web.feedback.FeedbackChoices;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.people.PeopleView;
import org.peerplanner.web.security.CurrentUser;

/** Creates a team ({@code teams/new}) or shows and edits one's settings. */
@Route("teams/:teamId([0-9]+|new)")
@PageTitle("Team settings · Peer Planner")
@PermitAll
public class TeamView extends VerticalLayout implements BeforeEnterObserver {

    final TeamForm form = new TeamForm();
    final PlanningForm planningForm = new PlanningForm();

    private final TeamService teams;
    private final PeopleService people;
    private final FeedbackService feedback;
    private final SelectedTeam selectedTeam;
    private final Actor actor;
    private TeamDetails details;

    public TeamView(TeamService teams, PeopleService people, FeedbackService feedback, SelectedTeam selectedTeam,
                    CurrentUser user) {
        this.teams = teams;
        this.people = people;
        this.feedback = feedback;
        this.selectedTeam = selectedTeam;
        this.actor = user.actor();
        addClassName("planner-page");
        form.addSaveListener(e -> save(e.settings()));
        form.addCancelListener(e -> getUI().ifPresent(ui -> ui.navigate(PeopleView.class)));
        planningForm.addSaveListener(e -> savePlanning(e.settings()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("teamId").orElse("new");
        if (id.equals("new")) {
            details = null;
            var zone = people.timeZone(actor);
            form.edit(TeamForm.defaults(zone));
            form.setEditable(teams.canCreateTeams(actor));
            add(new H2("New team"), form);
            return;
        }
        try {
            details = teams.details(actor, Long.parseLong(id));
        } catch (NotFoundException e) {
            add(new NotFoundNotice("This team", "Back to People & teams", PeopleView.class));
            return;
        }
        form.edit(details.settings());
        form.setEditable(details.manageable());
        planningForm.edit(teams.planning(actor, details.id()));
        planningForm.setEditable(details.manageable());
        add(new H2(details.settings().name()), form, planningForm,
                FeedbackChoices.teamAsks(feedback, actor, details.id(), details.manageable()));
    }

    private void savePlanning(org.peerplanner.domain.team.PlanningSettings settings) {
        Save.run(() -> teams.revisePlanning(actor, details.id(), details.version(), settings), planningForm::showProblems)
                .ifPresent(saved -> {
                    details = saved;
                    planningForm.edit(teams.planning(actor, details.id()));
                    Notices.done("Planning settings saved. The next plan follows them.");
                });
    }

    private void save(TeamSettings settings) {
        if (details == null) {
            Save.run(() -> teams.createTeam(actor, settings), form::showProblems).ifPresent(created -> {
                selectedTeam.select(created.id());
                Notices.done("Team " + created.name() + " was created.");
                getUI().ifPresent(ui -> ui.navigate(PeopleView.class));
            });
        } else {
            Save.run(() -> teams.reviseTeam(actor, details.id(), details.version(), settings), form::showProblems)
                    .ifPresent(saved -> {
                        details = saved;
                        form.edit(details.settings());
                        Notices.done("Team settings saved.");
                    });
        }
    }
}
