package org.peerplanner.web.gap;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.function.Supplier;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.gap.GapBoardService;
import org.peerplanner.domain.gap.GapCard;
import org.peerplanner.domain.gap.GapDetails;
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapFilter;
import org.peerplanner.domain.gap.GapLifecycleService;
import org.peerplanner.domain.gap.GapParticipationService;
import org.peerplanner.domain.gap.GapPolicyService;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.GapStatus;
import org.peerplanner.domain.gap.Urgency;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.common.NoteDialog;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.security.CurrentUser;

/**
 * The team's knowledge gaps, most pressing first: filter, say "me too", offer to teach, log new
 * ones, and for managers close, decline, reopen and merge.
 */
@Route("gaps/:gapId?([0-9]+)")
@PageTitle("Knowledge gaps · Peer Planner")
@Menu(order = 10, icon = "vaadin:lightbulb", title = "Knowledge gaps")
@PermitAll
public class GapsView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<GapCard> grid = new Grid<>();
    final GapDetailsPanel details = new GapDetailsPanel();
    final MultiSelectComboBox<GapStatus> statuses = new MultiSelectComboBox<>("Status");
    final Select<GapSource> source = new Select<>();
    final Select<Urgency> urgency = new Select<>();
    final TextField tag = new TextField("Skill tag");
    final TextField search = new TextField("Search");
    final Button logGap = new Button("Log a gap", VaadinIcon.PLUS.create());
    final Button requestTopic = new Button("Request a topic", VaadinIcon.QUESTION_CIRCLE_O.create());
    final Button proposeTopic = new Button("Propose my topic", VaadinIcon.MICROPHONE.create());
    final HorizontalLayout exports = new HorizontalLayout();

    private final GapService gaps;
    private final GapBoardService board;
    private final GapParticipationService participation;
    private final GapLifecycleService lifecycle;
    private final ArticleService articles;
    private final SessionService sessions;
    private final Actor actor;
    private final ZoneId viewerZone;
    private TeamSummary team;
    private GapDetails shown;

    public GapsView(GapService gaps, GapBoardService board, GapParticipationService participation,
                    GapLifecycleService lifecycle, GapPolicyService policy, GapDownloads downloads,
                    PeopleService people, SelectedTeam selectedTeam, CurrentUser user, ArticleService articles,
                    SessionService sessions) {
        this.gaps = gaps;
        this.board = board;
        this.participation = participation;
        this.lifecycle = lifecycle;
        this.articles = articles;
        this.sessions = sessions;
        this.actor = user.actor();
        this.viewerZone = people.timeZone(actor);
        // Fills the window on wide screens so the board and the details scroll each on their own; on a phone the
        // page grows and scrolls as a whole (see styles.css).
        addClassNames("planner-page", "planner-fill-height");
        var current = selectedTeam.current();
        if (current.isEmpty()) {
            add(new H2("Knowledge gaps"), new Paragraph("You are not in a team yet."));
            return;
        }
        team = current.get();
        configureFilters();
        configureGrid();
        configureDetails();

        logGap.setVisible(policy.canLogGaps(actor, team.id()));
        logGap.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        logGap.addClickListener(e -> openForm("Log a knowledge gap", "Log gap", GapFormMode.LOG, null));
        requestTopic.addClickListener(e -> openForm("Request a topic nobody teaches yet", "Request topic",
                GapFormMode.REQUEST, null));
        proposeTopic.addClickListener(e -> openForm("Propose a topic you want to present", "Propose topic",
                GapFormMode.PROPOSE, null));
        var importLink = new RouterLink("Import a retro export", GapImportView.class);
        importLink.setVisible(team.manageable());
        exports.add(downloads.xlsxLink(actor, team), downloads.csvLink(actor, team), importLink);
        exports.setAlignItems(FlexComponent.Alignment.CENTER);

        var title = new H2("Knowledge gaps · " + team.name());
        var header = new HorizontalLayout(title, logGap, requestTopic, proposeTopic);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        var filters = new HorizontalLayout(statuses, source, urgency, tag, search);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        var boardAndDetails = new Div(grid, details);
        boardAndDetails.addClassName("planner-master-detail");
        add(header, exports, filters, boardAndDetails);
    }

    private void configureFilters() {
        statuses.setWidth("18em");
        statuses.setItems(GapStatus.values());
        statuses.setItemLabelGenerator(GapStatus::label);
        statuses.setValue(EnumSet.of(GapStatus.OPEN, GapStatus.PLANNED));
        source.setLabel("Source");
        source.setItems(GapSource.values());
        source.setItemLabelGenerator(s -> s == null ? "Any source" : s.label());
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption("Any source");
        urgency.setLabel("Urgency");
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> u == null ? "Any urgency" : u.label());
        urgency.setEmptySelectionAllowed(true);
        urgency.setEmptySelectionCaption("Any urgency");
        for (TextField field : new TextField[] {tag, search}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
        }
        search.setPlaceholder("Title or description");
        statuses.addValueChangeListener(e -> refresh());
        source.addValueChangeListener(e -> refresh());
        urgency.addValueChangeListener(e -> refresh());
        tag.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
    }

    GapFilter filter() {
        return GapFilter.everything().withStatuses(statuses.getValue()).withSource(source.getValue())
                .withUrgency(urgency.getValue()).withTag(tag.getValue()).matching(search.getValue());
    }

    private void configureGrid() {
        grid.setId("gap-board");
        grid.addColumn(GapCard::priority).setHeader("Priority").setAutoWidth(true);
        // A narrow column cuts titles off: the tooltip shows the whole line.
        grid.addComponentColumn(GapsView::titleCell).setHeader("Gap").setFlexGrow(3).setWidth("16em")
                .setTooltipGenerator(c -> c.title() + " · " + c.source().label()
                        + (c.tags().isEmpty() ? "" : " · " + String.join(", ", c.tags())));
        grid.addColumn(c -> c.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(c -> c.urgency().label()).setHeader("Urgency").setAutoWidth(true);
        grid.addColumn(GapCard::votes).setHeader("Votes").setAutoWidth(true);
        grid.addColumn(GapCard::offerCount).setHeader("Teachers").setAutoWidth(true);
        grid.setItems(query -> board.board(actor, team.id(), filter(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) board.count(actor, team.id(), filter()));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showDetails(e.getValue().id());
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

    private void configureDetails() {
        details.add(new Paragraph("Choose a gap to see who raised it, who can teach it and what happened to it."));
        details.vote.addClickListener(e -> act(() -> shown.hasMyVote()
                ? participation.unvote(actor, shown.id()) : participation.vote(actor, shown.id())));
        details.offer.addClickListener(e -> {
            if (shown.haveIOffered()) {
                act(() -> participation.withdrawOffer(actor, shown.id()));
            } else {
                new NoteDialog("Offer to teach “" + shown.title() + "”", "A note for the team (optional)",
                        "I can teach this", note -> apply(() -> participation.offerToTeach(actor, shown.id(), note))).open();
            }
        });
        details.edit.addClickListener(e -> openForm("Edit gap #" + shown.id(), "Save changes", GapFormMode.REVISE, shown));
        details.close.addClickListener(e -> new NoteDialog("Close “" + shown.title() + "”",
                "What closed it? (required)", "Close gap", note -> apply(() -> lifecycle.close(actor, shown.id(), note))).open());
        details.decline.addClickListener(e -> new NoteDialog("Decline “" + shown.title() + "”",
                "Why not? (required)", "Decline gap", note -> apply(() -> lifecycle.decline(actor, shown.id(), note))).open());
        details.reopen.addClickListener(e -> new NoteDialog("Reopen “" + shown.title() + "”",
                "Why does it need attention again? (required)", "Reopen", note -> apply(() -> lifecycle.reopen(actor, shown.id(), note))).open());
        details.merge.addClickListener(e -> openMerge());
    }

    private void openMerge() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Merge “" + shown.title() + "” into another gap");
        var target = new ComboBox<GapCard>("Keep this gap");
        target.setWidth("32em");
        target.setItems(board.board(actor, team.id(), GapFilter.open(),
                org.springframework.data.domain.PageRequest.of(0, 500)).stream().filter(c -> c.id() != shown.id()).toList());
        target.setItemLabelGenerator(c -> "#" + c.id() + " " + c.title());
        var note = new TextField("Note (optional)");
        note.setWidth("32em");
        var confirm = new Button("Merge", e -> {
            if (target.getValue() == null) {
                target.setErrorMessage("Choose the gap to keep.");
                target.setInvalid(true);
                return;
            }
            long duplicate = shown.id();
            act(() -> lifecycle.merge(actor, duplicate, target.getValue().id(), note.getValue()));
            dialog.close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph("Votes, offers, tags and history move to the gap you keep; this one stays as a record "
                + "pointing to it."), target, note);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }

    private void openForm(String title, String saveLabel, GapFormMode mode, GapDetails revising) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setWidth("min(760px, 95vw)");
        var form = new GapForm(text -> board.similarOpenGaps(actor, team.id(), text));
        form.save.setText(saveLabel);
        if (revising == null) {
            form.edit(GapDraft.of("", mode == GapFormMode.LOG ? null : GapSource.OTHER, Urgency.MEDIUM));
        } else {
            form.ignoreInHints(revising.id());
            form.edit(new GapDraft(revising.title(), revising.description(), revising.source(),
                    revising.sourceReference(), revising.urgency(), revising.tags(), revising.preferredFormats(),
                    revising.confidential(), null, null));
        }
        form.addCancelListener(e -> dialog.close());
        form.addSaveListener(e -> {
            try {
                GapDetails saved = switch (mode) {
                    case LOG -> gaps.log(actor, team.id(), e.draft());
                    case REQUEST -> gaps.request(actor, team.id(), e.draft());
                    case PROPOSE -> gaps.propose(actor, team.id(), e.draft(), null);
                    case REVISE -> gaps.revise(actor, revising.id(), revising.version(), e.draft());
                };
                dialog.close();
                refresh();
                show(saved);
                Notices.done("Saved “" + saved.title() + "”.");
            } catch (InvalidInputException problem) {
                String rest = form.showProblems(problem);
                if (!rest.isEmpty()) {
                    Notices.problem(rest);
                }
            } catch (ConflictException | NotPermittedException problem) {
                Notices.problem(problem.getMessage());
            }
        });
        dialog.add(form);
        dialog.open();
    }

    enum GapFormMode { LOG, REQUEST, PROPOSE, REVISE }

    /** Runs a step on the shown gap and shows the result, or says why it did not work. */
    private void act(Supplier<GapDetails> step) {
        try {
            apply(step);
        } catch (InvalidInputException | ConflictException | NotPermittedException problem) {
            Notices.problem(problem.getMessage());
        } catch (NotFoundException gone) {
            Notices.problem(gone.getMessage());
            refresh();
        }
    }

    /** {@code gaps/42} opens gap 42, so a gap can be linked to from elsewhere. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (team != null) {
            event.getRouteParameters().getLong("gapId").ifPresent(this::showDetails);
        }
    }

    /** Runs a step and shows its result; a dialog calling it keeps rule violations to show them itself. */
    private void apply(Supplier<GapDetails> step) {
        show(step.get());
        refresh();
    }

    void showDetails(long gapId) {
        try {
            show(gaps.details(actor, gapId));
        } catch (NotFoundException gone) {
            Notices.problem(gone.getMessage());
        }
    }

    private void show(GapDetails gap) {
        shown = gap;
        details.show(gap, viewerZone);
        // Knowledge base: the articles that link this gap; an addressed gap closes with one as evidence.
        boolean closable = gap.viewerMay().manage() && gap.status() == GapStatus.ADDRESSED && gap.mergedIntoId() == null;
        details.showArticles(articles.linkedToGap(actor, gap.id()), closable,
                article -> act(() -> articles.closeGapWithArticle(actor, article.id(), gap.id())));
        details.showSessions(sessions.forGap(actor, gap.id()), viewerZone);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    GapDetails shown() {
        return shown;
    }
}
