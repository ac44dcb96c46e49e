package org.peerplanner.web.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.peerplanner.domain.team.MemberRow;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.people.PeopleView;
import org.peerplanner.web.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The team at a glance: rhythm, people, who mentors, who is away. */
@Route("")
@PageTitle("Home · Peer Planner")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
public class HomeView extends VerticalLayout {

    private static final int OVERVIEW_SIZE = 200;

    public HomeView(SelectedTeam selectedTeam, TeamService teams, CurrentUser user) {
        addClassName("planner-page");
        var person = user.get();
        add(new H2("Hello, " + person.fullName().split(" ")[0]));
        selectedTeam.current().ifPresentOrElse(
                team -> show(team, teams.members(user.actor(), team.id(), "",
                        PageRequest.of(0, OVERVIEW_SIZE, Sort.by("person.fullName")))),
                () -> add(new Paragraph("You are not in a team yet. A manager or an administrator can add you under "
                        + "People & teams."), new RouterLink("People & teams", PeopleView.class)));
    }

    private void show(TeamSummary team, List<MemberRow> members) {
        var intro = new Paragraph(team.name() + " meets " + team.slot() + " (" + team.timeZone() + "), "
                + team.cadence().toLowerCase() + ".");
        intro.setId("team-rhythm");
        var stats = new FlexLayout(
                stat("Members", members.size()),
                stat("In the facilitator rotation", members.stream().filter(MemberRow::inRotation).count()),
                stat("Offering mentoring", members.stream().filter(MemberRow::mentoringAvailable).count()),
                stat("Out of office today", members.stream().filter(MemberRow::outOfOfficeToday).count()));
        stats.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        stats.getStyle().set("gap", "var(--lumo-space-m)");
        add(intro, stats, mentors(members), away(members));
    }

    private static Component stat(String label, long value) {
        var number = new Div(String.valueOf(value));
        number.addClassName("planner-stat");
        var caption = new Span(label);
        caption.addClassName("planner-muted");
        var card = new Div(number, caption);
        card.addClassName("planner-card");
        card.getStyle().set("min-width", "180px");
        return card;
    }

    private static Component mentors(List<MemberRow> members) {
        var card = new Div(new H3("Mentors you can ask"));
        card.addClassName("planner-card");
        card.setWidthFull();
        var mentors = members.stream().filter(MemberRow::mentoringAvailable).toList();
        if (mentors.isEmpty()) {
            card.add(new Paragraph("Nobody offers mentoring yet. Offer it yourself under My profile."));
        }
        mentors.forEach(m -> card.add(new Paragraph(m.fullName() + " · " + m.skills())));
        return card;
    }

    private static Component away(List<MemberRow> members) {
        var card = new Div(new H3("Out of office today"));
        card.addClassName("planner-card");
        card.setWidthFull();
        var away = members.stream().filter(MemberRow::outOfOfficeToday).toList();
        if (away.isEmpty()) {
            card.add(new Paragraph("Everyone is in."));
        }
        away.forEach(m -> card.add(new Paragraph(m.fullName())));
        return card;
    }
}
