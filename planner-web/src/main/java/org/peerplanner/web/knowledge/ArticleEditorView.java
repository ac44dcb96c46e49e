package org.peerplanner.web.knowledge;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.knowledge.ArticleDetails;
import org.peerplanner.domain.knowledge.ArticleDraft;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.knowledge.SessionArticleDraft;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.common.NotFoundNotice;
import org.peerplanner.web.common.Option;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.security.CurrentUser;

/**
 * Writes a new article (knowledge/edit) or edits one (knowledge/edit/42). The Markdown is written
 * in one tab and previewed in the other, rendered through the same sanitizer as the article page.
 * A rejected save keeps everything typed.
 */
@Route("knowledge/edit/:articleId?([0-9]+)")
@PageTitle("Write an article · Peer Planner")
@PermitAll
public class ArticleEditorView extends VerticalLayout implements BeforeEnterObserver {

    private static final String SESSION = "session";

    final ArticleForm form = new ArticleForm();
    final TextField title = form.title;
    final TextField tags = form.tags;
    final DatePicker reviewBy = form.reviewBy;
    final MultiSelectComboBox<Option> sessions = form.sessions;
    final TextArea materials = form.materials;
    final TextArea body = form.body;
    final Div preview = form.preview;
    final Tab previewTab = form.previewTab;
    final Tabs tabs = form.tabs;
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");

    private final ArticleService articles;
    private final ArticleOptions options;
    private final SelectedTeam selectedTeam;
    private final Actor actor;

    private ArticleDetails editing;
    private SessionArticleDraft fromSession;
    private long teamId;

    public ArticleEditorView(ArticleService articles, ArticleOptions options, SelectedTeam selectedTeam, CurrentUser user) {
        this.articles = articles;
        this.options = options;
        this.selectedTeam = selectedTeam;
        this.actor = user.actor();
        addClassName("planner-page");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> leave());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        fromSession = null;
        var id = event.getRouteParameters().getLong("articleId");
        try {
            if (id.isPresent()) {
                editing = articles.details(actor, id.get());
                teamId = editing.teamId();
            } else if (sessionToWriteUp(event).isPresent()) {
                fromSession = articles.draftFromHeldSession(actor, sessionToWriteUp(event).get());
                teamId = fromSession.teamId();
                editing = null;
            } else {
                var team = selectedTeam.current();
                if (team.isEmpty()) {
                    add(new H2("Write an article"), new Paragraph("You are not in a team yet."));
                    return;
                }
                teamId = team.map(TeamSummary::id).orElseThrow();
                editing = null;
            }
        } catch (NotFoundException e) {
            add(new NotFoundNotice("This article", "Back to the knowledge base", KnowledgeBaseView.class));
            return;
        } catch (InvalidInputException e) {
            add(new H2("Write an article"), new Paragraph(e.getMessage()));
            return;
        }
        add(new H2(editing == null ? "Write an article" : "Edit “" + editing.title() + "”"), form, new HorizontalLayout(save, cancel));
        form.choices(options.sessions(actor, teamId, editing), options.gaps(actor, teamId, editing));
        if (editing != null) {
            form.fill(ArticleDraft.from(editing));
        } else if (fromSession != null) {
            form.fill(fromSession.draft());
        } else {
            reviewBy.setValue(articles.defaultReviewBy(actor, teamId));
        }
    }

    /** {@code knowledge/edit?session=42}: a new article pre-filled from held session 42, saved only when saved. */
    public static QueryParameters fromSession(long sessionId) {
        return QueryParameters.of(SESSION, String.valueOf(sessionId));
    }

    private static java.util.Optional<Long> sessionToWriteUp(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getSingleParameter(SESSION)
                .filter(id -> id.matches("[0-9]{1,18}")).map(Long::valueOf);
    }

    void save() {
        form.draft().ifPresent(draft -> Save.run(() -> editing == null ? articles.create(actor, teamId, draft)
                : articles.revise(actor, editing.id(), editing.version(), draft), form::showProblems).ifPresent(saved -> {
                    Notices.done(editing == null ? "Article saved." : "Saved as revision " + saved.revision() + ".");
                    getUI().ifPresent(ui -> ui.navigate(ArticleView.class, KnowledgeBaseView.route(saved.id())));
                }));
    }

    private void leave() {
        if (fromSession != null && !fromSession.draft().sessionIds().isEmpty()) {
            getUI().ifPresent(ui -> ui.navigate("sessions/" + fromSession.draft().sessionIds().iterator().next()));
        } else if (editing == null) {
            getUI().ifPresent(ui -> ui.navigate(KnowledgeBaseView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(ArticleView.class, KnowledgeBaseView.route(editing.id())));
        }
    }
}
