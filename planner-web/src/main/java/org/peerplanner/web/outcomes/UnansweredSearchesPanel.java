package org.peerplanner.web.outcomes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.knowledge.UnansweredSearch;
import org.peerplanner.domain.knowledge.UnansweredSearches;
import org.peerplanner.web.common.Save;

/**
 * What people searched the knowledge base for and found nothing, most asked first, by query only. One click logs a
 * query as a knowledge gap (for whoever may log gaps in the team; the service says no to anyone else).
 */
class UnansweredSearchesPanel extends Div {

    final UnorderedList list = new UnorderedList();
    private final UnansweredSearches searches;
    private final Actor actor;
    private final long teamId;

    UnansweredSearchesPanel(UnansweredSearches searches, Actor actor, long teamId) {
        this.searches = searches;
        this.actor = actor;
        this.teamId = teamId;
        addClassNames("planner-card", "outcomes-section");
        setId("unanswered-searches");
        var hint = new Paragraph("Searches of the knowledge base that found nothing. Who searched is not recorded.");
        hint.addClassName("planner-muted");
        add(new H3("Searches that found nothing"), hint, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var unanswered = searches.unanswered(actor, teamId);
        if (unanswered.isEmpty()) {
            list.add(new ListItem("None so far."));
        }
        unanswered.forEach(u -> list.add(item(u)));
    }

    private ListItem item(UnansweredSearch search) {
        var log = new Button("Log as a knowledge gap");
        log.getElement().setAttribute("aria-label", "Log \u201c" + search.query() + "\u201d as a knowledge gap");
        log.addClickListener(e -> Save.run(() -> searches.logAsGap(actor, teamId, search.id()), Save.FieldProblems.NONE)
                .ifPresent(gap -> {
                    org.peerplanner.web.common.Notices.done("Logged as knowledge gap #" + gap.id() + ".");
                    refresh();
                }));
        var text = new Span("\u201c" + search.query() + "\u201d \u2013 " + search.searches()
                + (search.searches() == 1 ? " search " : " searches "));
        return new ListItem(text, log);
    }
}
