package org.peerplanner.web.thanks;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.thanks.Thanks;
import org.peerplanner.domain.thanks.WallPage;
import org.peerplanner.web.common.Save;
import org.peerplanner.web.security.CurrentUser;

/** A team's thanks for everyone in it to read, when the team's managers switched the wall on (it starts off). */
@Route("teams/:teamId([0-9]+)/thanks")
@PageTitle("Thank-you wall · Peer Planner")
@PermitAll
public class ThankYouWallView extends VerticalLayout implements BeforeEnterObserver {

    final Checkbox shown = new Checkbox("Show the thank-you wall to everyone in the team");

    private final Thanks thanks;
    private final Actor actor;
    private final ZoneId zone;
    private WallPage page;

    public ThankYouWallView(Thanks thanks, PeopleService people, CurrentUser user) {
        this.thanks = thanks;
        this.actor = user.actor();
        this.zone = people.timeZone(actor);
        addClassName("planner-page");
        shown.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Save.run(() -> thanks.showWall(actor, page.teamId(), page.version(), e.getValue()),
                        Save.FieldProblems.NONE).ifPresentOrElse(this::show, () -> show(page.teamId()));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().getLong("teamId").orElse(-1L));
    }

    private void show(long teamId) {
        try {
            show(thanks.wall(actor, teamId));
        } catch (NotFoundException e) {
            removeAll();
            add(TeamNotFound.notice());
        }
    }

    private void show(WallPage wall) {
        page = wall;
        removeAll();
        add(new H2("Thank-you wall · " + wall.teamName()));
        if (wall.viewerMayChange()) {
            shown.setValue(wall.shown());
            shown.setHelperText("Thanks always reach the person on their profile; the wall shows them to the team too.");
            add(shown);
        }
        if (!wall.shown()) {
            add(new Paragraph("The thank-you wall is off for this team. Thanks reach each person on their own profile."));
        } else if (wall.thanks().isEmpty()) {
            add(new Paragraph("No thanks yet. Say thanks from a held session, an article or a teammate's profile."));
        } else {
            add(ThankYouList.of(wall.thanks(), true, zone));
        }
    }
}
