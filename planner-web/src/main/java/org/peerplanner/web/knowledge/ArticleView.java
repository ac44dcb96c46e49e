package org.peerplanner.web.knowledge;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.knowledge.ArticleDetails;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.web.common.Badge;
import org.peerplanner.web.common.NotFoundNotice;
import org.peerplanner.web.common.Save;
import org.peerplanner.web.security.CurrentUser;
import org.peerplanner.web.thanks.SayThanksButtons;

/**
 * One article: the rendered (sanitized) text, tags, links to the sessions and gaps it came from,
 * materials, and for managers the button that closes an addressed gap with this article as evidence.
 */
@Route("knowledge/:articleId([0-9]+)")
@PageTitle("Article · Peer Planner")
@PermitAll
public class ArticleView extends VerticalLayout implements BeforeEnterObserver {

    final Button edit = new Button("Edit");
    final Button history = new Button("History");

    private final ArticleService articles;
    private final KnowledgeDownloads downloads;
    private final SayThanksButtons thanks;
    private final org.peerplanner.domain.help.HelpRequests help;
    private final Actor actor;
    private final ZoneId viewerZone;
    private ArticleDetails shown;

    public ArticleView(ArticleService articles, KnowledgeDownloads downloads, PeopleService people, CurrentUser user,
                       SayThanksButtons thanks, org.peerplanner.domain.help.HelpRequests help) {
        this.articles = articles;
        this.help = help;
        this.downloads = downloads;
        this.thanks = thanks;
        this.actor = user.actor();
        this.viewerZone = people.timeZone(actor);
        addClassName("planner-page");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ArticleEditorView.class,
                KnowledgeBaseView.route(shown.id()))));
        history.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ArticleHistoryView.class,
                KnowledgeBaseView.route(shown.id()))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("articleId").orElse(-1L);
        try {
            show(articles.details(actor, id));
        } catch (NotFoundException e) {
            removeAll();
            add(new NotFoundNotice("This article", "Back to the knowledge base", KnowledgeBaseView.class));
        }
    }

    private void show(ArticleDetails a) {
        shown = a;
        removeAll();
        var title = new H2(a.title());
        title.setId("article-title");
        var badges = new Div(Badge.of(a.teamName(), Badge.Tone.NEUTRAL));
        if (a.stale()) {
            var stale = Badge.of("Past its review date: check it is still true", Badge.Tone.WARNING);
            stale.setId("article-stale");
            badges.add(stale);
        }
        a.tags().forEach(t -> badges.add(Badge.of(t, Badge.Tone.SUCCESS)));
        var meta = new Paragraph("By " + a.authorName() + " · revision " + a.revision() + " · updated "
                + KnowledgeBaseView.DAY.format(a.updatedAt().atZone(viewerZone))
                + (a.reviewBy() == null ? "" : " · review by " + KnowledgeBaseView.DAY.format(a.reviewBy()))
                + answered(help.questionsAnsweredBy(actor, a.id())));
        meta.addClassName("planner-muted");
        var actions = new HorizontalLayout(edit, history, downloads.markdown(actor, a.id(), a.title()),
                thanks.forArticle(actor, a));
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        var body = SafeContent.block(a.html(), "kb-markdown");
        body.setId("article-body");
        add(new RouterLink("← Knowledge base", KnowledgeBaseView.class), title, badges, meta, actions, body);
        add(new ArticleSources(a, this::closeGap));
    }

    /** "This answered it" on a help request counts here: a sign the article is worth keeping up to date. */
    private static String answered(long questions) {
        return questions == 0 ? "" : " · answered " + questions + " help question" + (questions == 1 ? "" : "s");
    }

    private void closeGap(ArticleDetails.GapLink g) {
        Save.run(() -> articles.closeGapWithArticle(actor, shown.id(), g.id()), Save.FieldProblems.NONE,
                "Gap #" + g.id() + " is closed, with this article as its evidence.");
        reload();
    }

    private void reload() {
        try {
            show(articles.details(actor, shown.id()));
        } catch (NotFoundException gone) {
            removeAll();
            add(new NotFoundNotice("This article", "Back to the knowledge base", KnowledgeBaseView.class));
        }
    }

    ArticleDetails shown() {
        return shown;
    }
}
