package org.peerplanner.web.action;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.ActionItemView;

/** The grid both lists use; the caller adds the columns that differ (team, owner, grouping). */
final class ItemGrid {

    private ItemGrid() {
    }

    static Grid<ActionItemView> create() {
        var grid = new Grid<ActionItemView>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    /** A short list takes the room it needs; a long one scrolls inside the page (rows load as they come into view). */
    static void show(Grid<ActionItemView> grid, java.util.List<ActionItemView> items) {
        boolean fewRows = items.size() <= 25;
        grid.setAllRowsVisible(fewRows);
        grid.setHeight(fewRows ? null : "70vh");
        grid.setItems(items);
    }

    static void description(Grid<ActionItemView> grid) {
        grid.addComponentColumn(i -> {
            var text = new Div(new Span(i.description()));
            text.getStyle().set("font-weight", i.open() ? "600" : "400");
            return text;
        }).setHeader("Action item").setFlexGrow(3).setKey("description").setTooltipGenerator(ActionItemView::description);
    }

    static void rest(Grid<ActionItemView> grid, Actor actor, ItemActions actions, Runnable refresh) {
        grid.addComponentColumn(ItemCells::due).setHeader("Due").setFlexGrow(0).setWidth("8em").setKey("due");
        grid.addComponentColumn(i -> ItemCells.status(i.status())).setHeader("Status").setFlexGrow(0).setWidth("6.5em")
                .setKey("status");
        grid.addComponentColumn(ItemCells::history).setHeader("How it went").setFlexGrow(2).setKey("history");
        grid.addComponentColumn(i -> actions.buttons(actor, i, refresh)).setHeader("").setFlexGrow(0).setWidth("12.5em")
                .setKey("actions");
    }
}
