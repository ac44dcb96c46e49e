package org.peerplanner.web.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.planning.PairingService;
import org.peerplanner.domain.planning.PairingWishes;
import org.peerplanner.domain.planning.PlanningService;
import org.peerplanner.domain.rotation.FairnessReport;
import org.peerplanner.domain.rotation.FairnessRow;
import org.peerplanner.domain.session.SessionCard;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SwapService;
import org.peerplanner.domain.session.SwapView;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.integrations.spreadsheet.FairnessSheetWriter;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.security.CurrentUser;
import org.peerplanner.web.common.DateFields;

/** Who leads which upcoming session, open swap requests, the fairness report and pairing rounds. */
@Route("rota")
@PageTitle("Rota · Peer Planner")
@Menu(order = 30, icon = "vaadin:refresh", title = "Rota & fairness")
@PermitAll
public class RotaView extends VerticalLayout {

    Grid<SessionCard> upcoming;
    final Grid<SwapView> swaps = new Grid<>();
    final Grid<FairnessRow> fairness = new FairnessGrid();
    final DatePicker from = DateFields.picker("From");
    final DatePicker to = DateFields.picker("To");
    final Span fairnessSummary = new Span();

    private final SessionService sessions;
    private final SwapService swapService;
    private final PlanningService planning;
    private final Actor actor;
    private final ZoneId viewerZone;
    private TeamSummary team;
    private FairnessReport report;

    public RotaView(SessionService sessions, SwapService swapService, PlanningService planning, PairingService pairing,
                    PairingWishes wishes, PeopleService people, FairnessSheetWriter sheet, SessionOptions options,
                    SelectedTeam selectedTeam, CurrentUser user) {
        this.sessions = sessions;
        this.swapService = swapService;
        this.planning = planning;
        this.actor = user.actor();
        this.viewerZone = people.timeZone(actor);
        addClassName("planner-page");
        var current = selectedTeam.current();
        if (current.isEmpty()) {
            add(new H2("Rota & fairness"), new Paragraph("You are not in a team yet."));
            return;
        }
        team = current.get();
        LocalDate today = options.today(team);
        upcoming = new LeadsGrid(viewerZone);
        configureSwaps();
        from.setValue(today.minusYears(1));
        to.setValue(today);
        from.addValueChangeListener(e -> refreshFairness());
        to.addValueChangeListener(e -> refreshFairness());
        var export = new Anchor((DownloadHandler) event -> {
            event.setFileName(team.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-fairness.xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            sheet.write(team.name(), planning.fairness(actor, team.id(), from.getValue(), to.getValue()), event.getOutputStream());
        }, "Export .xlsx");
        export.getElement().setAttribute("download", true);
        var fairnessBar = new HorizontalLayout(from, to, export);
        fairnessBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        fairnessBar.setWrap(true);

        add(new H2("Rota & fairness · " + team.name()), new H3("Who leads what"), upcoming,
                new H3("Open swap requests"), swaps, new H3("Fairness"), fairnessBar, fairnessSummary, fairness);
        if (team.manageable()) {
            add(new PairingSection(pairing, wishes, options.members(actor, team.id()), actor, team.id(), today,
                    this::fairnessNames, this::refreshFairness));
        }
        refresh();
    }

    private Map<Long, String> fairnessNames() {
        return report == null ? Map.of() : report.rows().stream().collect(Collectors.toMap(FairnessRow::personId, FairnessRow::name));
    }

    private static String askedBy(SwapView s) {
        return s.requestedByName() + (s.reason() == null ? "" : ": " + s.reason());
    }

    private void configureSwaps() {
        swaps.addColumn(s -> s.start().withZoneSameInstant(viewerZone).format(SessionsView.WHEN)).setHeader("When").setAutoWidth(true);
        swaps.addColumn(SwapView::sessionTitle).setHeader("Session").setFlexGrow(2).setTooltipGenerator(SwapView::sessionTitle);
        swaps.addColumn(RotaView::askedBy).setHeader("Asked by").setFlexGrow(2).setTooltipGenerator(RotaView::askedBy);
        swaps.addComponentColumn(s -> {
            var take = new Button("Take it", e -> {
                Save.run(() -> swapService.takeSwap(actor, s.sessionId()), Save.FieldProblems.NONE)
                        .ifPresent(taken -> Notices.done("You lead “" + s.sessionTitle() + "” now."));
                refresh();
            });
            take.setVisible(s.requestedById() != actor.personId());
            return take;
        }).setAutoWidth(true);
        swaps.setAllRowsVisible(true);
    }

    private void refresh() {
        upcoming.setItems(sessions.upcoming(actor, team.id()));
        swaps.setItems(swapService.openSwaps(actor, team.id()));
        refreshFairness();
    }

    private void refreshFairness() {
        if (from.isEmpty() || to.isEmpty()) {
            return;
        }
        Save.run(() -> planning.fairness(actor, team.id(), from.getValue(), to.getValue()), Save.FieldProblems.NONE)
                .ifPresent(read -> {
                    report = read;
                    fairness.setItems(report.rows());
                    fairnessSummary.setText(String.format(Locale.ENGLISH,
                            "Team mean: %.1f sessions led, %.1f co-led, %.1f pairings.",
                            report.meanFacilitations(), report.meanCoFacilitations(), report.meanPairings()));
                });
    }
}
