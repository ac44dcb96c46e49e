package org.peerplanner.web.help;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.help.HelpAsk;
import org.peerplanner.domain.help.HelpKind;
import org.peerplanner.domain.help.HelpRequests;
import org.peerplanner.domain.help.HelpRules;
import org.peerplanner.domain.help.HelpUrgency;
import org.peerplanner.domain.help.Suggestion;
import org.peerplanner.domain.team.MemberRow;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.RouteLinks;
import org.peerplanner.web.common.Save;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.security.CurrentUser;
import org.springframework.data.domain.PageRequest;

/** The request form; while the asker types, articles and past sessions that may answer it already are suggested. */
@Route("help/ask")
@PageTitle("Ask for help · Peer Planner")
@PermitAll
public class AskForHelpView extends VerticalLayout {

    final RadioButtonGroup<HelpKind> kind = new RadioButtonGroup<>("What do you need?");
    final TextField title = new TextField("What are you stuck on?");
    final TextArea details = new TextArea("Details (Markdown)");
    final TextField tags = new TextField("Skill tags, separated by commas");
    final Select<HelpUrgency> urgency = new Select<>();
    final Checkbox wholeOrganisation = new Checkbox("Ask the whole organisation, not only my team");
    final Checkbox confidential = new Checkbox("Confidential: only the people I pick can see it");
    final MultiSelectComboBox<MemberRow> viewers = new MultiSelectComboBox<>("Who may see it");
    final Checkbox roundtable = new Checkbox("May be discussed at a peer roundtable");
    final Button send = new Button("Ask for help");
    final SuggestionsPanel suggestions;
    private final FieldMessages fields = new FieldMessages();
    private final HelpRequests requests;
    private final Actor actor;
    private final long teamId;

    public AskForHelpView(HelpRequests requests, TeamService teams, SelectedTeam team, CurrentUser user) {
        this.requests = requests;
        this.actor = user.actor();
        this.teamId = team.current().map(t -> t.id()).orElse(-1L);
        this.suggestions = new SuggestionsPanel(this::answeredBy);
        addClassName("planner-page");
        kind.setItems(HelpKind.values());
        kind.setItemLabelGenerator(k -> k.label() + " — " + k.prompt());
        kind.setValue(HelpKind.SPECIFIC_HELP);
        title.setMaxLength(200);
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.LAZY);
        details.setMaxLength(10_000);
        details.setWidthFull();
        details.setHelperText("What you tried, what happened. No question is a dumb question.");
        tags.setValueChangeMode(ValueChangeMode.LAZY);
        tags.setHelperText("They decide who is asked: people with these skills, or who offered to teach them");
        urgency.setLabel("How soon do you need an answer?");
        urgency.setItems(HelpUrgency.values());
        urgency.setItemLabelGenerator(HelpUrgency::label);
        urgency.setValue(HelpUrgency.THIS_WEEK);
        viewers.setItemLabelGenerator(MemberRow::fullName);
        viewers.setItems(teamId < 0 ? List.of() : teams.members(actor, teamId, "", PageRequest.of(0, 500)).stream()
                .filter(m -> m.personId() != actor.personId()).toList());
        viewers.setVisible(false);
        confidential.addValueChangeListener(e -> viewers.setVisible(e.getValue()));
        kind.addValueChangeListener(e -> roundtable.setVisible(e.getValue() == HelpKind.SPECIFIC_HELP));
        title.addValueChangeListener(e -> suggest());
        tags.addValueChangeListener(e -> suggest());
        fields.bind("title", title).bind("details", details).bind("tags", tags).bind("viewerIds", viewers)
                .bind("urgency", urgency);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> Save.run(() -> requests.ask(actor, teamId, ask()), fields::show)
                .ifPresent(id -> send.getUI().ifPresent(ui -> ui.navigate("help/" + id))));
        var houseRules = RouteLinks.to(HelpRules.houseRulesRoute(teamId), "The team's house rules");
        houseRules.addClassName("planner-text-link");
        add(new H2("Ask for help"), new Paragraph(houseRules), kind, title, suggestions, details, tags, urgency,
                wholeOrganisation, confidential, viewers, roundtable, send);
        if (teamId < 0) {
            send.setEnabled(false);
            add(new Paragraph("Join a team to ask for help."));
        }
    }

    HelpAsk ask() {
        var ask = new HelpAsk(kind.getValue(), title.getValue(), details.getValue(), tagList(), urgency.getValue(),
                wholeOrganisation.getValue(), confidential.getValue(),
                viewers.getValue().stream().map(MemberRow::personId).collect(Collectors.toSet()), false);
        return roundtable.getValue() && roundtable.isVisible() ? ask.withRoundtableConsent() : ask;
    }

    private List<String> tagList() {
        return Arrays.stream(tags.getValue().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private void suggest() {
        suggestions.show(requests.suggestions(actor, title.getValue(), tagList()));
    }

    private void answeredBy(Suggestion suggestion) {
        Long article = suggestion.source() == Suggestion.Source.ARTICLE ? suggestion.id() : null;
        Save.run(() -> requests.answeredAlready(actor, teamId, ask(), article), fields::show).ifPresent(id -> {
            org.peerplanner.web.common.Notices.done("Glad it helped: nobody needs to be asked.");
            send.getUI().ifPresent(ui -> ui.navigate(suggestion.link()));
        });
    }
}
