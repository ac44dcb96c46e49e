package org.peerplanner.web.home;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.ActionItemQueries;
import org.peerplanner.domain.action.ActionItemView;
import org.peerplanner.web.action.MyActionItemsView;

/** "My overdue action items": what I promised and is late, with the way to My action items. */
class OverdueItemsCard extends HomeCard {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    OverdueItemsCard(ActionItemQueries items, Actor actor) {
        super("My overdue action items", "my-overdue-items");
        var overdue = items.mine(actor).stream().filter(ActionItemView::overdue).toList();
        if (overdue.isEmpty()) {
            add(new Paragraph("Nothing overdue."));
        }
        overdue.forEach(i -> {
            var due = new Span("Due " + i.dueOn().format(DUE) + " · " + i.teamName());
            due.addClassName("planner-muted");
            add(line(new Span(i.description()), due));
        });
        add(new RouterLink("My action items", MyActionItemsView.class));
    }
}
