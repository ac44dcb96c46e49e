package org.peerplanner.web.recognition;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.peerplanner.domain.recognition.ContributionEntry;
import org.peerplanner.domain.recognition.Source;
import org.peerplanner.web.action.MyActionItemsView;
import org.peerplanner.web.gap.GapsView;
import org.peerplanner.web.help.HelpRequestView;
import org.peerplanner.web.knowledge.ArticleView;
import org.peerplanner.web.mentoring.MentorshipView;
import org.peerplanner.web.session.SessionView;

/** The ledger as a grid: when, what, and a link to what it was about (when that has a page). */
final class LedgerList {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private LedgerList() {
    }

    static Grid<ContributionEntry> grid(List<ContributionEntry> entries) {
        var grid = new Grid<ContributionEntry>();
        grid.setId("my-ledger");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> DAY.format(e.on())).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.kind().label()).setHeader("What").setFlexGrow(1);
        grid.addComponentColumn(e -> about(e.source())).setHeader("About").setFlexGrow(2);
        grid.setItems(entries);
        grid.setAllRowsVisible(entries.size() <= 50);
        return grid;
    }

    static Component about(Source source) {
        String id = String.valueOf(source.id());
        return switch (source.type()) {
            case Source.SESSION -> new RouterLink(source.title(), SessionView.class, new RouteParameters("sessionId", id));
            case Source.ARTICLE -> new RouterLink(source.title(), ArticleView.class, new RouteParameters("articleId", id));
            case Source.GAP -> new RouterLink(source.title(), GapsView.class, new RouteParameters("gapId", id));
            case Source.MENTORSHIP -> new RouterLink(source.title(), MentorshipView.class,
                    new RouteParameters("mentorshipId", id));
            case Source.ACTION_ITEM -> new RouterLink(source.title(), MyActionItemsView.class);
            case Source.HELP_REQUEST -> new RouterLink(source.title(), HelpRequestView.class,
                    new RouteParameters("requestId", id));
            default -> new Span(source.title()); // a kind from a later feature without a page yet
        };
    }
}
