package org.peerplanner.web.session;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import org.peerplanner.domain.session.SessionCard;

/** Who leads which upcoming session, in the viewer's time zone. */
class LeadsGrid extends Grid<SessionCard> {

    LeadsGrid(ZoneId viewerZone) {
        addColumn(c -> c.start().withZoneSameInstant(viewerZone).format(SessionsView.WHEN)).setHeader("When").setAutoWidth(true);
        addComponentColumn(c -> new RouterLink(c.title(), SessionView.class,
                new RouteParameters("sessionId", String.valueOf(c.id())))).setHeader("Session").setFlexGrow(2)
                .setTooltipGenerator(SessionCard::title);
        addColumn(LeadsGrid::leads).setHeader("Leads").setFlexGrow(1).setTooltipGenerator(LeadsGrid::leads);
        addColumn(c -> c.status().label() + (c.openSwap() ? " · swap requested" : "")).setHeader("Status").setAutoWidth(true);
        setAllRowsVisible(true);
    }

    private static String leads(SessionCard c) {
        return c.facilitatorName() == null ? "Open: volunteers welcome" : c.facilitatorName();
    }
}
