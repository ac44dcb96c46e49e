package org.peerplanner.web.people;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;
import org.peerplanner.domain.team.TeamSummary;

/** The "Teams" tab: the viewer's teams on the left, the chosen team's members (and what one may do) beside them. */
class TeamsPanel extends VerticalLayout {

    TeamsPanel(Grid<TeamSummary> teamGrid, H3 teamTitle, Grid<?> members, Component... actions) {
        var bar = new HorizontalLayout(actions);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        var memberPanel = new VerticalLayout(teamTitle, bar, members);
        memberPanel.setPadding(false);
        memberPanel.setMinWidth("0"); // lets the grid shrink and scroll instead of pushing the page wider
        var split = new HorizontalLayout(teamGrid, memberPanel);
        split.setWidthFull();
        split.setFlexGrow(1, memberPanel);
        // On a phone the team list and its members stack instead of squeezing the members into a sliver.
        split.setWrap(true);
        memberPanel.getStyle().set("flex-basis", "22rem");
        add(split);
        setPadding(false);
    }

    /** The list of teams; choosing one runs {@code chosen} (with null when the choice is cleared). */
    static Grid<TeamSummary> teamGrid(Consumer<TeamSummary> chosen) {
        var grid = new Grid<TeamSummary>();
        grid.addColumn(TeamSummary::name).setHeader("Team").setAutoWidth(true);
        grid.addColumn(TeamSummary::memberCount).setHeader("People").setAutoWidth(true);
        grid.setWidth("260px");
        grid.setMinWidth("260px");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.asSingleSelect().addValueChangeListener(e -> chosen.accept(e.getValue()));
        return grid;
    }
}
