package org.peerplanner.web.help;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.help.BoardFilter;
import org.peerplanner.domain.help.HelpCard;
import org.peerplanner.domain.help.HelpKind;
import org.peerplanner.domain.help.HelpMailChoices;
import org.peerplanner.domain.help.HelpRequests;
import org.peerplanner.domain.help.HelpRules;
import org.peerplanner.domain.help.HelpUrgency;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.security.CurrentUser;

/** Open requests the viewer can help with first, then the rest they may see; their own requests below. */
@Route("help")
@PageTitle("Help board · Peer Planner")
@Menu(order = 57, icon = "vaadin:lifebuoy", title = "Help board")
@PermitAll
public class HelpBoardView extends VerticalLayout {

    final Select<HelpKind> kind = new Select<>();
    final TextField tag = new TextField("Skill tag");
    final Select<HelpUrgency> urgency = new Select<>();
    final Div canHelp = new Div();
    final Div others = new Div();
    final Div mine = new Div();
    final Checkbox digest = new Checkbox("Mail me one daily digest instead of a mail per request");
    final Button ask = new Button("Ask for help");
    final Button rules = new Button("Team's help rules");

    private final HelpRequests requests;
    private final Actor actor;
    private final ZoneId zone;

    public HelpBoardView(HelpRequests requests, HelpRules helpRules, HelpMailChoices mail, SelectedTeam team,
                         PeopleService people, CurrentUser user) {
        this.requests = requests;
        this.actor = user.actor();
        this.zone = people.timeZone(actor);
        addClassName("planner-page");
        kind.setLabel("Kind");
        kind.setItems(HelpKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "Any" : k.label());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Any");
        urgency.setLabel("Urgency");
        urgency.setItems(HelpUrgency.values());
        urgency.setItemLabelGenerator(u -> u == null ? "Any" : u.label());
        urgency.setEmptySelectionAllowed(true);
        urgency.setEmptySelectionCaption("Any");
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        tag.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> refresh());
        urgency.addValueChangeListener(e -> refresh());
        tag.addValueChangeListener(e -> refresh());
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.addClickListener(e -> ask.getUI().ifPresent(ui -> ui.navigate(AskForHelpView.class)));
        team.current().ifPresentOrElse(t -> rules.addClickListener(e ->
                        new HelpRulesDialog(helpRules, actor, t.id()).open()), () -> rules.setVisible(false));
        digest.setValue(mail.dailyDigest(actor));
        digest.addValueChangeListener(e -> {
            mail.chooseDailyDigest(actor, e.getValue());
            Notices.done(e.getValue() ? "You get one mail a day about help requests." : "You get a mail per request.");
        });
        var filters = new HorizontalLayout(kind, tag, urgency);
        filters.setWrap(true);
        var actions = new HorizontalLayout(ask, rules);
        actions.setWrap(true);
        add(new H2("Help board"), new Paragraph("Stuck? Ask; the people who know are asked for you. Know something? "
                + "Answer what you can."), actions, filters, new H3("You can help with"), canHelp,
                new H3("Open in your teams"), others, new H3("Your requests"), mine, digest);
        refresh();
    }

    void refresh() {
        var board = requests.board(actor, new BoardFilter(kind.getValue(), tag.getValue(), urgency.getValue()));
        fill(canHelp, board.canHelp(), "Nothing that matches your skills right now.");
        fill(others, board.others(), "No other open requests.");
        fill(mine, requests.mine(actor), "You have not asked for help yet.");
    }

    private void fill(Div box, List<HelpCard> cards, String none) {
        box.removeAll();
        if (cards.isEmpty()) {
            box.add(new Paragraph(none));
        }
        cards.forEach(c -> box.add(new HelpCardItem(c, zone)));
    }
}
