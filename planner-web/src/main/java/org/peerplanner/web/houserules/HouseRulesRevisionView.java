package org.peerplanner.web.houserules;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.houserules.HouseRules;
import org.peerplanner.domain.houserules.HouseRulesPage;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.web.security.CurrentUser;

/** One saved revision of a team's house rules, as it was; read only. */
@Route("teams/:teamId([0-9]+)/house-rules/:revision([0-9]+)")
@PageTitle("House rules revision · Peer Planner")
@PermitAll
public class HouseRulesRevisionView extends VerticalLayout implements BeforeEnterObserver {

    private final HouseRules rules;
    private final Actor actor;
    private final ZoneId zone;
    private HouseRulesPage page;

    public HouseRulesRevisionView(HouseRules rules, PeopleService people, CurrentUser user) {
        this.rules = rules;
        this.actor = user.actor();
        this.zone = people.timeZone(actor);
        addClassName("planner-page");
    }

    static RouteParameters route(long teamId, int revision) {
        return new RouteParameters(java.util.Map.of("teamId", String.valueOf(teamId), "revision",
                String.valueOf(revision)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long teamId = event.getRouteParameters().getLong("teamId").orElse(-1L);
        int number = event.getRouteParameters().getInteger("revision").orElse(-1);
        try {
            page = rules.revision(actor, teamId, number);
        } catch (NotFoundException e) {
            add(RulesText.notFound("This revision of the house rules"));
            return;
        }
        add(new RouterLink("← Current house rules", HouseRulesView.class, HouseRulesView.route(teamId)),
                new H2("House rules · " + page.teamName() + (page.latest() ? " (current)" : " (an earlier version)")),
                RulesText.meta(page, zone), RulesText.body(page));
    }

    HouseRulesPage shown() {
        return page;
    }
}
