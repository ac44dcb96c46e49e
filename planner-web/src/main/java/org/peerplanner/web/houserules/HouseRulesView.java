package org.peerplanner.web.houserules;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.houserules.HouseRules;
import org.peerplanner.domain.houserules.HouseRulesPage;
import org.peerplanner.domain.houserules.Revised;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;
import org.peerplanner.web.security.CurrentUser;

/** A team's house rules for everyone in it; its managers edit them here, and every save is kept as a revision. */
@Route("teams/:teamId([0-9]+)/house-rules")
@PageTitle("House rules · Peer Planner")
@PermitAll
public class HouseRulesView extends VerticalLayout implements BeforeEnterObserver {

    final Button edit = new Button("Edit house rules");
    HouseRulesEditor editor;

    private final HouseRules rules;
    private final Actor actor;
    private final ZoneId zone;
    private HouseRulesPage page;

    public HouseRulesView(HouseRules rules, PeopleService people, CurrentUser user) {
        this.rules = rules;
        this.actor = user.actor();
        this.zone = people.timeZone(actor);
        addClassName("planner-page");
        edit.addClickListener(e -> startEditing());
    }

    /** The address of a team's house rules, for links from other screens. */
    public static RouteParameters route(long teamId) {
        return new RouteParameters("teamId", String.valueOf(teamId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long teamId = event.getRouteParameters().getLong("teamId").orElse(-1L);
        try {
            show(rules.page(actor, teamId));
        } catch (NotFoundException e) {
            removeAll();
            add(RulesText.notFound("This team"));
        }
    }

    private void show(HouseRulesPage shown) {
        page = shown;
        editor = null;
        removeAll();
        add(new H2("House rules · " + shown.teamName()), RulesText.meta(shown, zone));
        if (shown.viewerMayEdit()) {
            add(edit);
        }
        add(RulesText.body(shown));
        var history = rules.revisions(actor, shown.teamId());
        if (!history.isEmpty()) {
            var list = new UnorderedList();
            list.setId("house-rules-history");
            history.forEach(r -> list.add(new ListItem(new RouterLink("Revision " + r.number() + " by " + r.writtenBy()
                    + ", " + RulesText.DAY.format(r.writtenAt().atZone(zone)) + (r.cleaned() ? " (markup removed)" : ""),
                    HouseRulesRevisionView.class, HouseRulesRevisionView.route(shown.teamId(), r.number())))));
            add(new H3("Earlier versions"), list);
        }
    }

    private void startEditing() {
        removeAll();
        editor = new HouseRulesEditor(page.markdown());
        editor.save.addClickListener(e -> save());
        editor.cancel.addClickListener(e -> show(page));
        add(new H2("House rules · " + page.teamName()), editor);
    }

    private void save() {
        Save.run(() -> rules.revise(actor, page.teamId(), page.revision(), editor.markdown.getValue()),
                editor::showProblem).ifPresent(this::saved);
    }

    private void saved(Revised revised) {
        show(revised.page());
        if (revised.cleaned()) {
            Notices.warning(Revised.CLEANED);
        } else {
            Notices.done("House rules saved as revision " + revised.page().revision() + ".");
        }
    }

    HouseRulesPage shown() {
        return page;
    }
}
