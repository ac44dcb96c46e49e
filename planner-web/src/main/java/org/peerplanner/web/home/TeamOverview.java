package org.peerplanner.web.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import org.peerplanner.domain.team.MemberRow;
import org.peerplanner.domain.team.TeamSummary;

/** The team at a glance, below the personal part of Home: rhythm, figures, who mentors, who is away. */
class TeamOverview extends Div {

    TeamOverview(TeamSummary team, List<MemberRow> members) {
        setWidthFull();
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
        var heading = new H3(team.name());
        heading.setId("team-figures");
        add(heading, intro, stats, mentors(members), away(members));
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
    }

    private static Component stat(String label, long value) {
        var number = new Div(String.valueOf(value));
        number.addClassName("planner-stat");
        var caption = new Span(label);
        caption.addClassName("planner-muted");
        var card = new Div(number, caption);
        card.addClassName("planner-card");
        card.getStyle().set("min-width", "160px");
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
        var all = new com.vaadin.flow.component.html.Anchor("mentors", "All mentors, and asking one");
        all.addClassName("planner-text-link");
        card.add(all);
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
