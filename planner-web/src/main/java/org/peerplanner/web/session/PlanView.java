package org.peerplanner.web.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.planning.PlanningService;
import org.peerplanner.domain.rotation.PlannedSlot;
import org.peerplanner.domain.rotation.RotationPlan;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.security.CurrentUser;

/**
 * "Plan the next weeks": the rotation's proposal with a reason for every pick. The manager adjusts
 * a slot (facilitator, topic, skip), resets it to the proposal, and accepts the plan into sessions.
 */
@Route("plan")
@PageTitle("Plan the next weeks · Peer Planner")
@PermitAll
public class PlanView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    final Select<Integer> slotCount = new Select<>();
    final Grid<PlannedSlot> grid = new Grid<>();
    final Button acceptPlan = new Button("Accept plan");

    private final PlanningService planning;
    private final Actor actor;
    private TeamSummary team;
    private List<Option> members = List.of();
    private List<Option> gaps = List.of();

    public PlanView(PlanningService planning, SessionOptions options, SelectedTeam selectedTeam, CurrentUser user) {
        this.planning = planning;
        this.actor = user.actor();
        addClassName("planner-page");
        team = selectedTeam.current().filter(TeamSummary::manageable).orElse(null);
        if (team == null) {
            add(new H2("Plan the next weeks"), new Paragraph("Only a team's managers plan its sessions. "
                    + "Choose a team you manage in the team switcher."));
            return;
        }
        members = options.members(actor, team.id());
        gaps = options.gaps(actor, team.id());
        slotCount.setLabel("Slots");
        slotCount.setItems(4, 8, 12);
        slotCount.setValue(4);
        slotCount.addValueChangeListener(e -> show(() -> planning.propose(actor, team.id(), e.getValue())));
        acceptPlan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acceptPlan.addClickListener(e -> {
            try {
                var created = planning.schedule(actor, team.id(), slotCount.getValue());
                Notices.done(created.size() + " sessions planned. Each proposed facilitator can now accept or decline.");
                getUI().ifPresent(ui -> ui.navigate(SessionsView.class));
            } catch (InvalidInputException problem) {
                Notices.problem(problem.getMessage());
            }
        });
        configureGrid();
        var bar = new HorizontalLayout(slotCount, acceptPlan);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("Plan the next weeks · " + team.name()),
                new Paragraph("The proposal follows the rotation: people who offered to teach a topic first, then who "
                        + "never led, then who led longest ago. Adjust a slot and the rest is recomputed; reset it to "
                        + "get the proposal back."), bar, grid);
        show(() -> planning.propose(actor, team.id(), slotCount.getValue()));
    }

    private void configureGrid() {
        grid.setId("plan");
        grid.addColumn(s -> s.slot().start().format(DAY)).setHeader("When (" + team.timeZone() + ")").setAutoWidth(true);
        grid.addColumn(s -> s.format().label()).setHeader("Format").setAutoWidth(true);
        grid.addComponentColumn(this::facilitatorCell).setHeader("Facilitator").setFlexGrow(2);
        grid.addComponentColumn(this::topicCell).setHeader("Topic").setFlexGrow(2);
        grid.addComponentColumn(this::adjustCell).setHeader("Adjust").setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    private VerticalLayout facilitatorCell(PlannedSlot s) {
        var picker = new ComboBox<Option>();
        picker.setItems(members);
        picker.setItemLabelGenerator(Option::label);
        picker.setPlaceholder("Nobody available");
        picker.setValue(s.facilitatorId().flatMap(id -> members.stream().filter(m -> m.id() == id).findFirst()).orElse(null));
        picker.setWidthFull();
        picker.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fixFacilitator(s, e.getValue());
            }
        });
        var reasons = String.join("; ", s.facilitator().map(f -> f.reasons()).orElse(s.facilitatorNotes()));
        return cell(picker, reasons);
    }

    private VerticalLayout topicCell(PlannedSlot s) {
        var picker = new ComboBox<Option>();
        picker.setItems(gaps);
        picker.setItemLabelGenerator(Option::label);
        picker.setPlaceholder("No topic");
        picker.setValue(s.gapId().flatMap(id -> gaps.stream().filter(g -> g.id() == id).findFirst()).orElse(null));
        picker.setWidthFull();
        picker.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show(() -> planning.fixTopic(actor, team.id(), s.slot().date(),
                        e.getValue() == null ? null : e.getValue().id(), slotCount.getValue()));
            }
        });
        var reasons = String.join("; ", s.topic().map(t -> t.reasons()).orElse(s.topicNotes()));
        return cell(picker, reasons);
    }

    private HorizontalLayout adjustCell(PlannedSlot s) {
        var skip = new Button("Skip", e -> show(() -> planning.skipSlot(actor, team.id(), s.slot().date(), true,
                slotCount.getValue())));
        var reset = new Button("Reset", e -> reset(s));
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(skip, reset);
    }

    void fixFacilitator(PlannedSlot slot, Option person) {
        show(() -> planning.fixFacilitator(actor, team.id(), slot.slot().date(), person == null ? null : person.id(),
                slotCount.getValue()));
    }

    void reset(PlannedSlot slot) {
        show(() -> planning.resetSlot(actor, team.id(), slot.slot().date(), slotCount.getValue()));
    }

    private static VerticalLayout cell(ComboBox<Option> picker, String reasons) {
        var why = new Span(reasons);
        why.addClassName("planner-muted");
        why.getStyle().set("white-space", "normal");
        var box = new VerticalLayout(picker, new Div(why));
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }

    private void show(Supplier<RotationPlan> step) {
        try {
            grid.setItems(step.get().slots());
        } catch (InvalidInputException problem) {
            Notices.problem(problem.getMessage());
        }
    }
}
