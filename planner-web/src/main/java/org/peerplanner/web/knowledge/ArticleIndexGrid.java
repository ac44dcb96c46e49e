package org.peerplanner.web.knowledge;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import org.peerplanner.domain.knowledge.ArticleCard;
import org.peerplanner.web.common.Badge;

/** The team's articles, newest change first, with a warning badge on those past their review date. */
class ArticleIndexGrid extends Grid<ArticleCard> {

    ArticleIndexGrid(ZoneId viewerZone) {
        setId("kb-index");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addComponentColumn(a -> new RouterLink(a.title(), ArticleView.class, KnowledgeBaseView.route(a.id())))
                .setHeader("Title").setFlexGrow(3).setTooltipGenerator(ArticleCard::title);
        addComponentColumn(ArticleIndexGrid::tags).setHeader("Tags").setFlexGrow(2)
                .setTooltipGenerator(a -> String.join(", ", a.tags()));
        addColumn(ArticleCard::authorName).setHeader("Author").setFlexGrow(1).setTooltipGenerator(ArticleCard::authorName);
        addColumn(a -> KnowledgeBaseView.DAY.format(a.updatedAt().atZone(viewerZone))).setHeader("Updated").setFlexGrow(1);
        addComponentColumn(a -> a.reviewBy() == null ? new Div()
                : Badge.of(KnowledgeBaseView.DAY.format(a.reviewBy()), a.stale() ? Badge.Tone.WARNING : Badge.Tone.NEUTRAL))
                .setHeader("Review by").setFlexGrow(1);
        setEmptyStateText("No articles yet. Write the first one, or use “Write an article” on a held session.");
    }

    private static Div tags(ArticleCard a) {
        var box = new Div();
        a.tags().forEach(t -> box.add(Badge.of(t, Badge.Tone.NEUTRAL)));
        return box;
    }

    /** One search hit: its highlighted title, team and tags, and the passages that matched. */
    static Div hitCard(org.peerplanner.domain.knowledge.ArticleHit hit) {
        var title = new RouterLink("", ArticleView.class, KnowledgeBaseView.route(hit.id()));
        title.add(SafeContent.inline(hit.titleHtml()));
        title.addClassName("kb-hit-title");
        var meta = new Div(Badge.of(hit.teamName(), Badge.Tone.NEUTRAL));
        hit.tags().forEach(t -> meta.add(Badge.of(t, Badge.Tone.SUCCESS)));
        var card = new Div(title, meta);
        hit.fragmentsHtml().forEach(f -> card.add(SafeContent.block("… " + f + " …", "kb-fragment")));
        card.addClassNames("planner-card", "kb-hit");
        return card;
    }
}
