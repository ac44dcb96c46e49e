package org.peerplanner.web.gap;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.gap.GapBoardService;
import org.peerplanner.domain.gap.GapCard;
import org.peerplanner.domain.gap.GapFilter;

/** The board: the team's gaps, most pressing first, read a page at a time; choosing one runs {@code chosen}. */
class GapBoardGrid extends Grid<GapCard> {

    GapBoardGrid(GapBoardService board, Actor actor, long teamId, Supplier<GapFilter> filter, LongConsumer chosen) {
        setId("gap-board");
        addColumn(GapCard::priority).setHeader("Priority").setAutoWidth(true);
        // A narrow column cuts titles off: the tooltip shows the whole line.
        addComponentColumn(GapBoardGrid::titleCell).setHeader("Gap").setFlexGrow(3).setWidth("16em")
                .setTooltipGenerator(c -> c.title() + " · " + c.source().label()
                        + (c.tags().isEmpty() ? "" : " · " + String.join(", ", c.tags())));
        addColumn(c -> c.status().label()).setHeader("Status").setAutoWidth(true);
        addColumn(c -> c.urgency().label()).setHeader("Urgency").setAutoWidth(true);
        addColumn(GapCard::votes).setHeader("Votes").setAutoWidth(true);
        addColumn(GapCard::offerCount).setHeader("Teachers").setAutoWidth(true);
        setItems(query -> board.board(actor, teamId, filter.get(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) board.count(actor, teamId, filter.get()));
        asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                chosen.accept(e.getValue().id());
            }
        });
    }

    private static VerticalLayout titleCell(GapCard card) {
        var title = new Span(card.title());
        title.getStyle().set("font-weight", "500");
        var meta = new Span(card.source().label() + (card.tags().isEmpty() ? "" : " · " + String.join(", ", card.tags()))
                + (card.confidential() ? " · confidential" : ""));
        meta.addClassName("planner-muted");
        var cell = new VerticalLayout(title, meta);
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }
}
