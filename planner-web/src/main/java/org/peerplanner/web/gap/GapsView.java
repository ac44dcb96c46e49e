package org.peerplanner.web.gap;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.gap.GapBoardService;
import org.peerplanner.domain.gap.GapCard;
import org.peerplanner.domain.gap.GapDetails;
import org.peerplanner.domain.gap.GapLifecycleService;
import org.peerplanner.domain.gap.GapParticipationService;
import org.peerplanner.domain.gap.GapPolicyService;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;
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

    Grid<GapCard> grid;
    final GapDetailsPanel details = new GapDetailsPanel();
    final GapFilters filters = new GapFilters(this::refresh);
    final Select<GapSource> source = filters.source;
    Button logGap;
    Button requestTopic;

    private final GapService gaps;
    private final GapBoardService board;
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
        this.lifecycle = lifecycle;
        this.articles = articles;
        this.sessions = sessions;
        this.actor = user.actor();
        this.viewerZone = people.timeZone(actor);
        // Fills the window on wide screens so the board and the details scroll each on their own; on a phone the
        // page grows and scrolls as a whole (see styles.css).
        addClassNames("planner-page", "planner-fill-height");
        team = selectedTeam.current().orElse(null);
        if (team == null) {
            add(new H2("Knowledge gaps"), new Paragraph("You are not in a team yet."));
            return;
        }
        grid = new GapBoardGrid(board, actor, team.id(), filters::filter, this::showDetails);
        details.add(new Paragraph("Choose a gap to see who raised it, who can teach it and what happened to it."));
        GapDetailsSteps.wire(details, participation, lifecycle, actor, this::shown, this::act, this::apply);
        details.edit.addClickListener(e -> openForm("Edit gap #" + shown.id(), "Save changes", GapFormDialog.Mode.REVISE, shown));
        details.merge.addClickListener(e -> new GapMergeDialog(shown, board.mergeTargets(actor, team.id(), shown.id()),
                (keep, note) -> act(() -> lifecycle.merge(actor, shown.id(), keep, note))).open());
        var header = new GapBoardHeader(team.name(), policy.canLogGaps(actor, team.id()), mode -> openForm(mode.title, mode.saveLabel, mode, null));
        logGap = header.logGap;
        requestTopic = header.requestTopic;
        var boardAndDetails = new Div(grid, details);
        boardAndDetails.addClassName("planner-master-detail");
        add(header, downloads.bar(actor, team), filters, boardAndDetails);
    }

    private void openForm(String title, String saveLabel, GapFormDialog.Mode mode, GapDetails revising) {
        new GapFormDialog(gaps, board, actor, team.id(), title, saveLabel, mode, revising, saved -> {
            refresh();
            show(saved);
        }).open();
    }

    /** Runs a step on the shown gap and shows the result, or says why it did not work (and re-reads the board). */
    private void act(Supplier<GapDetails> step) {
        Save.run(step, Save.FieldProblems.NONE).ifPresent(this::show);
        refresh();
    }

    /** {@code gaps/42} opens gap 42, so a gap can be linked to from elsewhere. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (team != null) {
            event.getRouteParameters().getLong("gapId").ifPresent(this::showDetails);
        }
    }

    /** Runs a step and shows its result; a dialog calling it keeps rule violations to show them itself. */
    void apply(Supplier<GapDetails> step) {
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
        details.showArticles(articles.linkedToGap(actor, gap.id()), gap.viewerMayCloseWithArticle(),
                article -> act(() -> articles.closeGapWithArticle(actor, article.id(), gap.id())));
        details.showSessions(sessions.forGap(actor, gap.id()), viewerZone);
    }

    private void refresh() {
        if (grid != null) {
            grid.getDataProvider().refreshAll();
        }
    }

    GapDetails shown() {
        return shown;
    }
}
