package org.peerplanner.web.knowledge;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.knowledge.ArticleCard;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.security.CurrentUser;

/** For the team's managers: articles past their review date, the oldest first, to be checked or updated. */
@Route("knowledge/stale")
@PageTitle("Stale knowledge · Peer Planner")
@PermitAll
public class StaleArticlesView extends VerticalLayout {

    final Grid<ArticleCard> stale = new Grid<>();

    public StaleArticlesView(ArticleService articles, PeopleService people, SelectedTeam selectedTeam, CurrentUser user) {
        Actor actor = user.actor();
        ZoneId zone = people.timeZone(actor);
        addClassName("planner-page");
        setHeightFull();
        add(new RouterLink("← Knowledge base", KnowledgeBaseView.class));
        var team = selectedTeam.current();
        if (team.isEmpty() || !team.get().manageable()) {
            add(new H2("Stale knowledge"), new Paragraph("This list is for the team's managers."));
            return;
        }
        add(new H2("Past their review date · " + team.get().name()));
        var hint = new Paragraph("Each of these was due for a check. Open it, see whether it is still true, and update "
                + "it with a new review date.");
        hint.addClassName("planner-muted");
        stale.setId("stale-articles");
        stale.addComponentColumn(a -> new RouterLink(a.title(), ArticleView.class, KnowledgeBaseView.route(a.id())))
                .setHeader("Title").setFlexGrow(3).setTooltipGenerator(ArticleCard::title);
        stale.addColumn(a -> KnowledgeBaseView.DAY.format(a.reviewBy())).setHeader("Review was due").setFlexGrow(1);
        stale.addColumn(ArticleCard::authorName).setHeader("Author").setFlexGrow(1);
        stale.addColumn(a -> KnowledgeBaseView.DAY.format(a.updatedAt().atZone(zone))).setHeader("Last updated")
                .setFlexGrow(1);
        stale.setEmptyStateText("Nothing is past its review date.");
        stale.setItems(articles.stale(actor, team.get().id()));
        add(hint, stale);
        setFlexGrow(1, stale);
    }
}
