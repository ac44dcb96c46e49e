package org.peerplanner.web.outcomes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.peerplanner.domain.outcomes.OutcomesService;
import org.peerplanner.domain.outcomes.TeamFlag;
import org.peerplanner.domain.outcomes.TeamOverviewRow;
import org.peerplanner.web.common.Badge;
import org.peerplanner.web.security.CurrentUser;
import org.peerplanner.web.security.PlannerUser;

/**
 * Administrators compare teams: one row per team with a sparkline per trend over the last months and the flags
 * worth a conversation (a single knowledge keeper, cadence below half, no gap closed in 90 days). Flagged teams first.
 */
@Route("outcomes/organisation")
@PageTitle("Organisation overview · Peer Planner")
@Menu(order = 74, icon = "vaadin:chart-grid", title = "Organisation overview")
@RolesAllowed(PlannerUser.ROLE_ADMIN)
public class OrganisationOverviewView extends VerticalLayout {

    final Grid<TeamOverviewRow> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    final List<TeamOverviewRow> rows;

    public OrganisationOverviewView(OutcomesService outcomes, CurrentUser user) {
        addClassName("planner-page");
        setHeightFull();
        rows = outcomes.overview(user.actor()).stream()
                .sorted(java.util.Comparator.comparing((TeamOverviewRow r) -> r.flags().isEmpty())
                        .thenComparing(TeamOverviewRow::teamName, String.CASE_INSENSITIVE_ORDER)).toList();
        long flagged = rows.stream().filter(r -> !r.flags().isEmpty()).count();
        summary.setId("overview-summary");
        summary.setText(rows.size() + (rows.size() == 1 ? " team, " : " teams, ") + flagged + " flagged. Trends over the last "
                + OutcomesService.OVERVIEW_MONTHS + " months; figures per team, never per person.");
        grid.setId("organisation-overview");
        grid.addComponentColumn(OrganisationOverviewView::teamLink).setHeader("Team").setFlexGrow(2);
        grid.addColumn(TeamOverviewRow::memberCount).setHeader("Members").setAutoWidth(true).setFlexGrow(0);
        int lines = rows.isEmpty() ? 0 : rows.getFirst().sparklines().size();
        for (int i = 0; i < lines; i++) {
            int index = i;
            grid.addComponentColumn(r -> sparkline(r, index)).setHeader(rows.getFirst().sparklines().get(i).title())
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addComponentColumn(OrganisationOverviewView::flags).setHeader("Flags").setFlexGrow(2);
        grid.setItems(rows);
        grid.setEmptyStateText("No teams yet.");
        add(new H2("Organisation overview"), summary, grid);
        setFlexGrow(1, grid);
    }

    private static Component teamLink(TeamOverviewRow row) {
        var link = new RouterLink(row.teamName(), OutcomesView.class);
        link.setQueryParameters(QueryParameters.simple(Map.of("team", String.valueOf(row.teamId()))));
        return link;
    }

    private static Component sparkline(TeamOverviewRow row, int index) {
        if (index >= row.sparklines().size()) {
            return new Div();
        }
        var line = row.sparklines().get(index);
        return new Svg(SvgCharts.sparkline(row.teamName() + ": " + line.title(), line.values()));
    }

    private static Component flags(TeamOverviewRow row) {
        var box = new Div();
        box.addClassName("outcomes-flags");
        if (row.flags().isEmpty()) {
            box.add(Badge.of("No flags", Badge.Tone.SUCCESS));
        }
        row.flags().stream().sorted().map(TeamFlag::label).forEach(label -> box.add(Badge.of(label, Badge.Tone.WARNING)));
        return box;
    }

}
