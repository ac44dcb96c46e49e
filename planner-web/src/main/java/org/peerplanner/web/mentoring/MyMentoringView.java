package org.peerplanner.web.mentoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.mentoring.MentorOffers;
import org.peerplanner.domain.mentoring.MentoringRequests;
import org.peerplanner.domain.mentoring.MentorshipRow;
import org.peerplanner.domain.mentoring.Mentorships;
import org.peerplanner.domain.mentoring.MyMentoring;
import org.peerplanner.domain.mentoring.RequestRow;
import org.peerplanner.web.security.CurrentUser;

/** Mentoring from both sides: as mentor (offer, requests to answer, mentees) and as mentee (requests, mentors). */
@Route("my-mentoring")
@PageTitle("My mentoring · Peer Planner")
@Menu(order = 55, icon = "vaadin:connect", title = "My mentoring")
@PermitAll
public class MyMentoringView extends VerticalLayout {

    final MentorOfferSection offer;
    final Div toAnswer = new Div();
    final Div myRequests = new Div();
    final Div mentorships = new Div();

    private final Mentorships service;
    private final MentoringRequests requests;
    private final Actor actor;
    private final LocalDate today;
    private MyMentoring mine;

    public MyMentoringView(Mentorships service, MentoringRequests requests, MentorOffers offers, CurrentUser user,
                           Clock clock) {
        this.service = service;
        this.requests = requests;
        this.actor = user.actor();
        this.today = LocalDate.now(clock);
        addClassName("planner-page");
        // the same section as on the profile, where the offer lives
        offer = new MentorOfferSection(offers, actor, today, this::refresh);
        add(new H2("My mentoring"), new H3("As a mentor"), offer, textLink("profile", "Your mentor offer on your profile"),
                toAnswer, new H3("As a mentee"), myRequests, textLink("mentors", "Find a mentor"),
                new H3("Mentorships"), mentorships);
        refresh();
    }

    void refresh() {
        mine = service.mine(actor);
        fill(toAnswer, mine.toAnswer(), "No requests wait for your answer.");
        fill(myRequests, mine.myRequests(), "You have no open requests.");
        mentorships.removeAll();
        section(mentorships, "Your mentees", mine.mentees());
        section(mentorships, "Your mentors", mine.mentors());
        section(mentorships, "Earlier", mine.past());
    }

    private void fill(Div box, List<RequestRow> rows, String none) {
        box.removeAll();
        if (rows.isEmpty()) {
            box.add(new Paragraph(none));
        }
        rows.forEach(r -> box.add(new RequestCard(requests, actor, r, today, this::refresh)));
    }

    private static void section(Div box, String title, List<MentorshipRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Function<MentorshipRow, Component> link = r -> new Div(textLink("mentorships/" + r.id(),
                r.partnerName() + " · " + r.goal()), new Paragraph(r.state().label() + " · " + r.summary()));
        box.add(new Paragraph(title + ":"));
        rows.forEach(r -> box.add(link.apply(r)));
    }

    private static Anchor textLink(String href, String text) {
        var link = new Anchor(href, text);
        link.addClassName("planner-text-link");
        return link;
    }
}
