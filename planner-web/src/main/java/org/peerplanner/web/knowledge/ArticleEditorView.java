package org.peerplanner.web.knowledge;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.knowledge.Article;
import org.peerplanner.domain.knowledge.ArticleDetails;
import org.peerplanner.domain.knowledge.ArticleDraft;
import org.peerplanner.domain.knowledge.ArticleMarkdown;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.knowledge.SessionArticleDraft;
import org.peerplanner.domain.session.Material;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.common.AccessibleTabs;
import org.peerplanner.web.common.DateFields;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.NotFoundNotice;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.security.CurrentUser;
import org.peerplanner.web.session.Option;

/**
 * Writes a new article (knowledge/edit) or edits one (knowledge/edit/42). The Markdown is written
 * in one tab and previewed in the other, rendered through the same sanitizer as the article page.
 * A rejected save keeps everything typed.
 */
@Route("knowledge/edit/:articleId?([0-9]+)")
@PageTitle("Write an article · Peer Planner")
@PermitAll
public class ArticleEditorView extends VerticalLayout implements BeforeEnterObserver {

    final TextField title = new TextField("Title");
    final TextField tags = new TextField("Tags (comma separated)");
    final DatePicker reviewBy = DateFields.picker("Review by");
    final MultiSelectComboBox<Option> sessions = new MultiSelectComboBox<>("Sessions it came from");
    final MultiSelectComboBox<Option> gaps = new MultiSelectComboBox<>("Gaps it addresses");
    final TextArea materials = new TextArea("Materials (one per line: label and link)");
    final TextArea body = new TextArea();
    final Div preview = new Div();
    final Tab writeTab = new Tab("Write");
    final Tab previewTab = new Tab("Preview");
    final Tabs tabs = new AccessibleTabs(writeTab, previewTab);
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");
    final H2 heading = new H2();

    private final ArticleService articles;
    private final ArticleOptions options;
    private final SelectedTeam selectedTeam;
    private final Actor actor;
    private final FieldMessages messages = new FieldMessages();
    private static final String SESSION = "session";

    private ArticleDetails editing;
    private SessionArticleDraft fromSession;
    private long teamId;

    public ArticleEditorView(ArticleService articles, ArticleOptions options, SelectedTeam selectedTeam, CurrentUser user) {
        this.articles = articles;
        this.options = options;
        this.selectedTeam = selectedTeam;
        this.actor = user.actor();
        addClassName("planner-page");
        title.setMaxLength(Article.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        tags.setPlaceholder("Kafka, Operations");
        sessions.setItemLabelGenerator(Option::label);
        gaps.setItemLabelGenerator(Option::label);
        materials.setPlaceholder("Slides https://slides.example.com/kafka");
        body.setWidthFull();
        body.setMinHeight("22em");
        body.setMaxLength(Article.MAX_BODY);
        body.setPlaceholder("# What we learned\n\nMarkdown: **bold**, `code`, lists, tables, [links](https://…)");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(e -> refreshPreview());
        preview.setId("article-preview");
        preview.addClassName("kb-preview");
        preview.setVisible(false);
        // Plain tabs switching visibility: the text area stays attached, so nothing typed is ever dropped.
        tabs.addSelectedChangeListener(e -> {
            boolean previewing = e.getSelectedTab() == previewTab;
            body.setVisible(!previewing);
            preview.setVisible(previewing);
            refreshPreview();
        });
        messages.bind("title", title).bind("body", body).bind("tags", tags).bind("reviewBy", reviewBy)
                .bind("sessionIds", sessions).bind("gapIds", gaps).bind("materials", materials);
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
        layout();
        fill();
        if (fromSession != null) {
            fill(fromSession.draft());
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

    private void fill(ArticleDraft draft) {
        title.setValue(draft.title());
        tags.setValue(String.join(", ", draft.tags()));
        reviewBy.setValue(draft.reviewBy());
        select(sessions, List.copyOf(draft.sessionIds()));
        select(gaps, List.copyOf(draft.gapIds()));
        materials.setValue(MaterialLines.format(draft.materials()));
        body.setValue(draft.body());
    }

    private void layout() {
        heading.setText(editing == null ? "Write an article" : "Edit “" + editing.title() + "”");
        var form = new FormLayout(title, tags, reviewBy, sessions, gaps, materials);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.setColspan(title, 2);
        form.setColspan(materials, 3);
        var buttons = new HorizontalLayout(save, cancel);
        add(heading, form, tabs, body, preview, buttons);
    }

    private void fill() {
        sessions.setItems(options.sessions(actor, teamId, editing));
        gaps.setItems(options.gaps(actor, teamId, editing));
        if (editing == null) {
            reviewBy.setValue(articles.defaultReviewBy(actor, teamId));
            return;
        }
        title.setValue(editing.title());
        tags.setValue(String.join(", ", editing.tags()));
        reviewBy.setValue(editing.reviewBy());
        select(sessions, editing.sessions().stream().map(ArticleDetails.SessionLink::id).toList());
        select(gaps, editing.gaps().stream().map(ArticleDetails.GapLink::id).toList());
        materials.setValue(MaterialLines.format(editing.materials()));
        body.setValue(editing.body());
    }

    private static void select(MultiSelectComboBox<Option> box, List<Long> ids) {
        box.setValue(box.getListDataView().getItems().filter(o -> ids.contains(o.id())).collect(Collectors.toSet()));
    }

    void refreshPreview() {
        preview.removeAll();
        String html = ArticleMarkdown.toSafeHtml(body.getValue());
        preview.add(html.isEmpty() ? new Paragraph("Nothing to preview yet.") : SafeContent.block(html, "kb-markdown"));
    }

    void save() {
        messages.clear();
        if (DateFields.refuseUnreadable(reviewBy,
                "That is not a date: pick one from the calendar, or leave it empty for no review date.")) {
            return;
        }
        var parsed = MaterialLines.parse(materials.getValue());
        if (parsed.isEmpty()) {
            materials.setErrorMessage("Write each material as a label followed by its link, like: Slides https://…");
            materials.setInvalid(true);
            return;
        }
        var draft = draft(parsed.get());
        try {
            var saved = editing == null ? articles.create(actor, teamId, draft)
                    : articles.edit(actor, editing.id(), editing.version(), draft);
            Notices.done(editing == null ? "Article saved." : "Saved as revision " + saved.revision() + ".");
            getUI().ifPresent(ui -> ui.navigate(ArticleView.class, KnowledgeBaseView.route(saved.id())));
        } catch (InvalidInputException problem) {
            String rest = messages.show(problem);
            if (problem.fieldErrors().containsKey("body")) {
                tabs.setSelectedTab(writeTab);
            }
            if (!rest.isEmpty()) {
                Notices.problem(rest);
            }
        } catch (ConflictException | NotPermittedException | NotFoundException problem) {
            Notices.problem(problem.getMessage());
        }
    }

    private ArticleDraft draft(List<Material> materialList) {
        List<String> tagList = Arrays.stream(tags.getValue().split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .toList();
        return new ArticleDraft(title.getValue(), body.getValue(), tagList, reviewBy.getValue(),
                sessions.getValue().stream().map(Option::id).collect(Collectors.toSet()),
                gaps.getValue().stream().map(Option::id).collect(Collectors.toSet()), materialList);
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
