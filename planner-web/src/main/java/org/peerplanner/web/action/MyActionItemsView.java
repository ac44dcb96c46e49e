package org.peerplanner.web.action;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.ActionItemQueries;
import org.peerplanner.domain.action.ActionItemView;
import org.peerplanner.web.security.CurrentUser;

/** The follow-ups the viewer owns, across their teams: open ones first, overdue ones at the top. */
@Route("action-items")
@PageTitle("My action items · Peer Planner")
@Menu(order = 40, icon = "vaadin:check-square-o", title = "My action items")
@PermitAll
public class MyActionItemsView extends VerticalLayout {

    final Grid<ActionItemView> grid = ItemGrid.create();
    final Checkbox showClosed = new Checkbox("Show done and dropped");
    final Paragraph summary = new Paragraph();

    private final ActionItemQueries queries;
    private final Actor actor;

    public MyActionItemsView(ActionItemQueries queries, ItemActions actions, CurrentUser user) {
        this.queries = queries;
        this.actor = user.actor();
        addClassName("planner-page");
        summary.setId("my-items-summary");
        ItemGrid.description(grid);
        grid.addColumn(ActionItemView::teamName).setHeader("Team").setFlexGrow(1).setKey("team")
                .setTooltipGenerator(ActionItemView::teamName);
        grid.addColumn(ActionItemView::source).setHeader("From").setFlexGrow(2).setKey("source")
                .setTooltipGenerator(ActionItemView::source);
        ItemGrid.rest(grid, actor, actions, this::refresh);
        showClosed.addValueChangeListener(e -> refresh());
        add(new H2("My action items"), summary, showClosed, grid);
        refresh();
    }

    void refresh() {
        List<ActionItemView> mine = queries.mine(actor);
        long open = mine.stream().filter(ActionItemView::open).count();
        long overdue = mine.stream().filter(ActionItemView::overdue).count();
        summary.setText(open == 0 ? "Nothing open: well done." : open + " open" + (overdue == 0 ? "" : ", " + overdue
                + " overdue") + ". Mark an item done, or drop it with a note, as soon as you know.");
        ItemGrid.show(grid, showClosed.getValue() ? mine : mine.stream().filter(ActionItemView::open).toList());
    }
}
