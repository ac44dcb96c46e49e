package org.peerplanner.web.mentoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.mentoring.DirectoryFilter;
import org.peerplanner.domain.mentoring.MentorCard;
import org.peerplanner.domain.mentoring.MentorDirectory;
import org.peerplanner.domain.mentoring.MentorMatching.Suggestion;
import org.peerplanner.domain.mentoring.MentoringRequests;
import org.peerplanner.web.security.CurrentUser;

/** The mentors anyone may ask, across teams, with "Suggested for you" for what the viewer wants to learn. */
@Route("mentors")
@PageTitle("Mentors · Peer Planner")
@Menu(order = 50, icon = "vaadin:handshake", title = "Mentors")
@PermitAll
public class MentorsView extends VerticalLayout {

    final TextField skill = new TextField("Skill");
    final Checkbox withPlaces = new Checkbox("Has places");
    final Checkbox freeOnly = new Checkbox("Free of charge only");
    final Checkbox sharedHours = new Checkbox("Shares my working hours");
    final TextField wanted = new TextField("What do you want to learn?");
    final Div suggestions = new Div();
    final FlexLayout mentors = new FlexLayout();

    private final MentorDirectory directory;
    private final MentoringRequests requests;
    private final Actor actor;

    public MentorsView(MentorDirectory directory, MentoringRequests requests, CurrentUser user) {
        this.directory = directory;
        this.requests = requests;
        this.actor = user.actor();
        addClassName("planner-page");
        skill.setValueChangeMode(ValueChangeMode.LAZY);
        skill.setClearButtonVisible(true);
        List.of(withPlaces, freeOnly, sharedHours).forEach(c -> c.addValueChangeListener(e -> refresh()));
        skill.addValueChangeListener(e -> refresh());
        wanted.setPlaceholder("e.g. Kafka, SQL tuning");
        wanted.setValueChangeMode(ValueChangeMode.LAZY);
        wanted.addValueChangeListener(e -> suggest());
        mentors.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        mentors.getStyle().set("gap", "var(--lumo-space-m)");
        var filters = new HorizontalLayout(skill, withPlaces, freeOnly, sharedHours);
        filters.setWrap(true);
        filters.setAlignItems(Alignment.BASELINE);
        add(new H2("Mentors"), new Paragraph("Peers who offer to mentor: the same or a bit more experience, meeting "
                        + "on a rhythm you agree. Either of you may end it at any time."),
                new H3("Suggested for you"), wanted, suggestions, new H3("Everyone who mentors"), filters, mentors);
        refresh();
    }

    void refresh() {
        mentors.removeAll();
        var cards = directory.mentors(actor, new DirectoryFilter(skill.getValue(), withPlaces.getValue(),
                freeOnly.getValue(), sharedHours.getValue()));
        if (cards.isEmpty()) {
            mentors.add(new Paragraph("Nobody matches these filters."));
        }
        cards.forEach(card -> mentors.add(card(card)));
    }

    void suggest() {
        suggestions.removeAll();
        if (wanted.getValue().isBlank()) {
            return;
        }
        List<Suggestion> found = directory.suggestions(actor, List.of(wanted.getValue().split(",")));
        if (found.isEmpty()) {
            suggestions.add(new Paragraph("No mentor with room covers that yet. Try a broader word."));
        }
        found.forEach(s -> {
            var ask = new Button("Ask", e -> ask(s.mentorId(), s.name()));
            var line = new HorizontalLayout(new Span(s.name() + ": " + String.join("; ", s.reasons())), ask);
            line.setAlignItems(Alignment.CENTER);
            line.addClassName("planner-suggestion");
            suggestions.add(line);
        });
    }

    private Component card(MentorCard card) {
        var box = new Div();
        box.addClassName("planner-mentor-card");
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("width", "min(20em, 100%)");
        box.add(new H3(card.name()), new Paragraph(String.join(", ", card.teams())),
                new Paragraph("Confident in: " + (card.confidentSkills().isEmpty() ? "—" : String.join(", ", card.confidentSkills()))));
        if (card.preferredRhythm() != null) {
            box.add(new Paragraph("Likes to meet: " + card.preferredRhythm().label().toLowerCase()));
        }
        if (card.style() != null) {
            box.add(new Paragraph("“" + card.style() + "”"));
        }
        box.add(new Paragraph(card.status() + (card.charges() ? " · Charges: " + (card.chargeTerms() == null
                ? "ask about terms" : card.chargeTerms()) : " · Free")));
        var ask = new Button("Ask to be mentored", e -> ask(card.personId(), card.name()));
        ask.setEnabled(card.viewerMayAsk());
        box.add(ask);
        return box;
    }

    private void ask(long mentorId, String name) {
        new AskDialog(requests, actor, mentorId, name, wanted.getValue().isBlank() ? skill.getValue() : wanted.getValue(),
                this::refresh).open();
    }
}
