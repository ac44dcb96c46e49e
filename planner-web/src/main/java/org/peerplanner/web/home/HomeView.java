package org.peerplanner.web.home;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.peerplanner.domain.action.ActionItemQueries;
import org.peerplanner.domain.mentoring.Mentorships;
import org.peerplanner.domain.recognition.MyContributions;
import org.peerplanner.domain.session.MySessions;
import org.peerplanner.domain.session.AttendanceService;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.domain.session.SwapService;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.web.houserules.HouseRulesArrival;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.people.PeopleView;
import org.peerplanner.web.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Personal first: what waits for my answer, my next sessions and my overdue action items; then the team at a
 * glance (rhythm, people, who mentors, who is away).
 */
@Route("")
@PageTitle("Home · Peer Planner")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
public class HomeView extends VerticalLayout {

    private static final int OVERVIEW_SIZE = 200;

    public HomeView(SelectedTeam selectedTeam, TeamService teams, MySessions mine, FacilitationService facilitation,
                    SwapService swaps, AttendanceService attendance, ActionItemQueries items, Mentorships mentoring,
                    MyContributions contributions, CurrentUser user, HouseRulesArrival houseRules) {
        addClassName("planner-page");
        var person = user.get();
        var actor = user.actor();
        add(new H2("Hello, " + person.fullName().split(" ")[0]));
        var next = new NextSessionsCard(mine, actor);
        add(new WaitingCard(mine, facilitation, swaps, attendance, actor, next::refresh));
        var myMentoring = mentoring.mine(actor);
        if (MentoringWaitingCard.anythingWaits(myMentoring)) {
            add(new MentoringWaitingCard(myMentoring));
        }
        add(next, new OverdueItemsCard(items, actor));
        selectedTeam.current().flatMap(team -> contributions.nextStep(actor, team.id()))
                .ifPresent(step -> add(new NextStepCard(step, actor, facilitation)));
        selectedTeam.current().ifPresentOrElse(
                team -> add(new TeamOverview(team, teams.members(actor, team.id(), "",
                        PageRequest.of(0, OVERVIEW_SIZE, Sort.by("person.fullName"))))),
                () -> add(new Paragraph("You are not in a team yet. A manager or an administrator can add you under "
                        + "People & teams."), new RouterLink("People & teams", PeopleView.class)));
        houseRules.greet(actor);
    }
}
