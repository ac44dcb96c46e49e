package org.peerplanner.web.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.planning.PairPreference;
import org.peerplanner.domain.planning.PairingService;
import org.peerplanner.domain.planning.PlanningService;
import org.peerplanner.domain.rotation.FairnessReport;
import org.peerplanner.domain.rotation.FairnessRow;
import org.peerplanner.domain.rotation.PairingPlan;
import org.peerplanner.domain.session.SessionCard;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SwapService;
import org.peerplanner.domain.session.SwapView;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.integrations.spreadsheet.FairnessSheetWriter;
import org.peerplanner.web.common.Badge;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.security.CurrentUser;
import org.peerplanner.web.common.DateFields;

/** Who leads which upcoming session, open swap requests, the fairness report and pairing rounds. */
@Route("rota")
@PageTitle("Rota · Peer Planner")
@Menu(order = 30, icon = "vaadin:refresh", title = "Rota & fairness")
@PermitAll
public class RotaView extends VerticalLayout {

    final Grid<SessionCard> upcoming = new Grid<>();
    final Grid<SwapView> swaps = new Grid<>();
    final Grid<FairnessRow> fairness = new Grid<>();
    final DatePicker from = DateFields.picker("From");
    final DatePicker to = DateFields.picker("To");
    final Span fairnessSummary = new Span();
    final DatePicker pairingDay = DateFields.picker("Pairing round on");
    final Button proposePairs = new Button("Propose pairs");
    final Button recordPairs = new Button("Record this round");
    final Div pairs = new Div();

    private final SessionService sessions;
    private final SwapService swapService;
    private final PlanningService planning;
    private final PairingService pairing;
    private final SessionOptions options;
    private final Actor actor;
    private final ZoneId viewerZone;
    private TeamSummary team;
    private FairnessReport report;

    public RotaView(SessionService sessions, SwapService swapService, PlanningService planning, PairingService pairing,
                    PeopleService people, FairnessSheetWriter sheet,
                    SessionOptions options, SelectedTeam selectedTeam, CurrentUser user) {
        this.sessions = sessions;
        this.swapService = swapService;
        this.options = options;
        this.planning = planning;
        this.pairing = pairing;
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
        configureUpcoming();
        configureSwaps();
        configureFairness();
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
            add(pairingSection(today));
        }
        refresh();
    }

    private VerticalLayout pairingSection(LocalDate today) {
        pairingDay.setValue(today.plusDays(1));
        proposePairs.addClickListener(e -> showPairs(pairing.proposePairs(actor, team.id(), pairingDay.getValue()), false));
        recordPairs.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recordPairs.addClickListener(e -> {
            try {
                showPairs(pairing.recordPairs(actor, team.id(), pairingDay.getValue()), true);
                Notices.done("Pairing round recorded.");
                refreshFairness();
            } catch (InvalidInputException problem) {
                Notices.problem(problem.getMessage());
            }
        });
        var bar = new HorizontalLayout(pairingDay, proposePairs, recordPairs);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        var rounds = pairing.pairingRounds(actor, team.id());
        var earlier = new Paragraph(rounds.isEmpty() ? "No pairing rounds yet."
                : "Rounds so far: " + rounds.stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
        earlier.addClassName("planner-muted");
        var section = new VerticalLayout(new H3("Pairing round"), new Paragraph("Pairs people who paired least recently, "
                + "leaves out anyone away that day, makes one trio when the count is odd, never pairs people marked "
                + "\"do not pair\" and always pairs pinned mentors and mentees."), earlier, bar, pairs, preferencesEditor());
        section.setPadding(false);
        return section;
    }

    private VerticalLayout preferencesEditor() {
        var members = options.members(actor, team.id());
        var first = new ComboBox<Option>("Person");
        var second = new ComboBox<Option>("and");
        var kind = new Select<PairPreference.Kind>();
        kind.setLabel("Wish");
        kind.setItems(PairPreference.Kind.values());
        kind.setItemLabelGenerator(k -> k == PairPreference.Kind.PINNED ? "Always pair (mentor and mentee)" : "Never pair");
        kind.setValue(PairPreference.Kind.PINNED);
        for (var box : List.of(first, second)) {
            box.setItems(members);
            box.setItemLabelGenerator(Option::label);
        }
        var list = new Div();
        Runnable render = () -> {
            list.removeAll();
            Map<Long, String> names = members.stream().collect(Collectors.toMap(Option::id, Option::label));
            for (PairPreference p : pairing.pairingPreferences(actor, team.id())) {
                var remove = new Button("Remove", e -> { });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                var line = new Div(new Span((p.getKind() == PairPreference.Kind.PINNED ? "Always pair " : "Never pair ")
                        + names.getOrDefault(p.getFirstId(), "#" + p.getFirstId()) + " and "
                        + names.getOrDefault(p.getSecondId(), "#" + p.getSecondId()) + " "), remove);
                remove.addClickListener(e -> {
                    pairing.forgetPairing(actor, team.id(), p.getFirstId(), p.getSecondId());
                    list.remove(line);
                });
                list.add(line);
            }
        };
        var add = new Button("Add wish", e -> {
            if (first.getValue() == null || second.getValue() == null) {
                Notices.problem("Choose two people.");
                return;
            }
            try {
                pairing.preferPairing(actor, team.id(), first.getValue().id(), second.getValue().id(), kind.getValue());
                render.run();
            } catch (InvalidInputException problem) {
                Notices.problem(problem.getMessage());
            }
        });
        render.run();
        var bar = new HorizontalLayout(first, second, kind, add);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        var box = new VerticalLayout(new Span("Pairing wishes"), list, bar);
        box.setPadding(false);
        return box;
    }

    private void showPairs(PairingPlan plan, boolean recorded) {
        pairs.removeAll();
        Map<Long, String> names = fairnessNames();
        plan.groups().forEach(g -> pairs.add(new Paragraph(g.personIds().stream().map(id -> names.getOrDefault(id, "#" + id))
                .collect(Collectors.joining(" + ")) + " — " + String.join("; ", g.reasons()))));
        if (!plan.absent().isEmpty()) {
            pairs.add(new Paragraph("Away: " + plan.absent().stream().map(id -> names.getOrDefault(id, "#" + id))
                    .collect(Collectors.joining(", "))));
        }
        plan.problems().forEach(p -> pairs.add(new Paragraph(p)));
        recordPairs.setEnabled(!recorded);
    }

    private Map<Long, String> fairnessNames() {
        return report == null ? Map.of() : report.rows().stream().collect(Collectors.toMap(FairnessRow::personId, FairnessRow::name));
    }

    private static String leads(SessionCard c) {
        return c.facilitatorName() == null ? "Open: volunteers welcome" : c.facilitatorName();
    }

    private static String askedBy(SwapView s) {
        return s.requestedByName() + (s.reason() == null ? "" : ": " + s.reason());
    }

    private void configureUpcoming() {
        upcoming.addColumn(c -> c.start().withZoneSameInstant(viewerZone).format(SessionsView.WHEN)).setHeader("When").setAutoWidth(true);
        upcoming.addComponentColumn(c -> new RouterLink(c.title(), SessionView.class,
                new RouteParameters("sessionId", String.valueOf(c.id())))).setHeader("Session").setFlexGrow(2)
                .setTooltipGenerator(SessionCard::title);
        upcoming.addColumn(RotaView::leads).setHeader("Leads").setFlexGrow(1).setTooltipGenerator(RotaView::leads);
        upcoming.addColumn(c -> c.status().label() + (c.openSwap() ? " · swap requested" : "")).setHeader("Status").setAutoWidth(true);
        upcoming.setAllRowsVisible(true);
    }

    private void configureSwaps() {
        swaps.addColumn(s -> s.start().withZoneSameInstant(viewerZone).format(SessionsView.WHEN)).setHeader("When").setAutoWidth(true);
        swaps.addColumn(SwapView::sessionTitle).setHeader("Session").setFlexGrow(2).setTooltipGenerator(SwapView::sessionTitle);
        swaps.addColumn(RotaView::askedBy).setHeader("Asked by").setFlexGrow(2).setTooltipGenerator(RotaView::askedBy);
        swaps.addComponentColumn(s -> {
            var take = new Button("Take it", e -> {
                try {
                    swapService.takeSwap(actor, s.sessionId());
                    Notices.done("You lead “" + s.sessionTitle() + "” now.");
                } catch (InvalidInputException problem) {
                    Notices.problem(problem.getMessage());
                }
                refresh();
            });
            take.setVisible(s.requestedById() != actor.personId());
            return take;
        }).setAutoWidth(true);
        swaps.setAllRowsVisible(true);
    }

    private void configureFairness() {
        fairness.setId("fairness");
        fairness.addColumn(FairnessRow::name).setHeader("Member").setFlexGrow(2).setTooltipGenerator(FairnessRow::name);
        fairness.addColumn(FairnessRow::facilitations).setHeader("Led").setAutoWidth(true);
        fairness.addColumn(FairnessRow::coFacilitations).setHeader("Co-led").setAutoWidth(true);
        fairness.addColumn(FairnessRow::pairings).setHeader("Paired").setAutoWidth(true);
        fairness.addColumn(r -> String.format(Locale.ENGLISH, "%.2f", r.facilitationShare())).setHeader("Share (1 = mean)").setAutoWidth(true);
        fairness.addComponentColumn(r -> {
            var flags = new Div();
            if (r.overloaded()) {
                flags.add(Badge.of("Overloaded", Badge.Tone.ERROR));
            }
            if (r.neverFacilitated()) {
                flags.add(Badge.of("Never led", Badge.Tone.WARNING));
            }
            return flags;
        }).setHeader("Flags").setAutoWidth(true);
        fairness.setAllRowsVisible(true);
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
        try {
            report = planning.fairness(actor, team.id(), from.getValue(), to.getValue());
            fairness.setItems(report.rows());
            fairnessSummary.setText(String.format(Locale.ENGLISH, "Team mean: %.1f sessions led, %.1f co-led, %.1f pairings.",
                    report.meanFacilitations(), report.meanCoFacilitations(), report.meanPairings()));
        } catch (InvalidInputException problem) {
            Notices.problem(problem.getMessage());
        }
    }
}
