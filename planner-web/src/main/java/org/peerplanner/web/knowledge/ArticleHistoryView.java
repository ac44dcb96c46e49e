package org.peerplanner.web.knowledge;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.knowledge.ArticleDetails;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.knowledge.RevisionSnapshot;
import org.peerplanner.domain.knowledge.RevisionSummary;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.web.common.Badge;
import org.peerplanner.web.common.NotFoundNotice;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;
import org.peerplanner.web.security.CurrentUser;

/** Who changed an article, what and when; any earlier revision can be read as it was and restored. */
@Route("knowledge/:articleId([0-9]+)/history")
@PageTitle("Article history · Peer Planner")
@PermitAll
public class ArticleHistoryView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yy HH:mm", Locale.ENGLISH);

    final Grid<RevisionSummary> revisions = new Grid<>();
    final Div snapshot = new Div();
    final Button restore = new Button("Restore this revision");

    private final ArticleService articles;
    private final Actor actor;
    private final ZoneId viewerZone;
    private ArticleDetails article;
    private RevisionSnapshot selected;

    public ArticleHistoryView(ArticleService articles, PeopleService people, CurrentUser user) {
        this.articles = articles;
        this.actor = user.actor();
        this.viewerZone = people.timeZone(actor);
        addClassName("planner-page");
        setHeightFull();
        revisions.setId("revisions");
        revisions.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        revisions.addColumn(RevisionSummary::number).setHeader("#").setWidth("4em").setFlexGrow(0);
        revisions.addColumn(r -> SHORT.format(r.savedAt().atZone(viewerZone))).setHeader("When").setFlexGrow(1);
        revisions.addColumn(RevisionSummary::authorName).setHeader("Who").setFlexGrow(1);
        revisions.addColumn(RevisionSummary::summary).setHeader("What changed").setFlexGrow(3);
        revisions.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(r -> showRevision(r.number())));
        snapshot.setId("revision-snapshot");
        snapshot.addClassName("planner-card");
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        restore.addClickListener(e -> restore());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("articleId").orElse(-1L);
        removeAll();
        try {
            article = articles.details(actor, id);
        } catch (NotFoundException e) {
            add(new NotFoundNotice("This article", "Back to the knowledge base", KnowledgeBaseView.class));
            return;
        }
        var back = new RouterLink("← " + article.title(), ArticleView.class, KnowledgeBaseView.route(id));
        var split = new SplitLayout(revisions, snapshot);
        split.setSplitterPosition(50);
        split.setSizeFull();
        add(back, new H2("History"), split);
        setFlexGrow(1, split);
        loadRevisions();
    }

    private void loadRevisions() {
        var list = articles.revisions(actor, article.id());
        revisions.setItems(list);
        list.stream().filter(r -> !r.current()).findFirst().or(() -> list.stream().findFirst())
                .ifPresent(revisions::select);
    }

    void showRevision(int number) {
        selected = articles.revision(actor, article.id(), number);
        snapshot.removeAll();
        var meta = new Paragraph("Revision " + selected.number() + " by " + selected.authorName() + ", "
                + WHEN.format(selected.savedAt().atZone(viewerZone)) + ": " + selected.summary());
        meta.addClassName("planner-muted");
        var tags = new Div();
        selected.tags().forEach(t -> tags.add(Badge.of(t, Badge.Tone.SUCCESS)));
        restore.setVisible(!selected.current());
        var current = Badge.of("Current revision", Badge.Tone.SUCCESS);
        current.setVisible(selected.current());
        var title = new H3(selected.title());
        title.setId("revision-title");
        snapshot.add(title, meta, tags, current, restore, SafeContent.block(selected.html(), "kb-markdown"));
    }

    void restore() {
        var restored = Save.run(() -> articles.restore(actor, article.id(), article.version(), selected.number()),
                Save.FieldProblems.NONE);
        restored.ifPresent(a -> Notices.done("Revision " + selected.number() + " restored as revision " + a.revision() + "."));
        article = restored.orElseGet(() -> articles.details(actor, article.id()));
        loadRevisions();
    }
}
