package org.peerplanner.web.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.function.Supplier;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.planning.PlanningService;
import org.peerplanner.domain.rotation.PlannedSlot;
import org.peerplanner.domain.rotation.RotationPlan;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Option;
import org.peerplanner.web.common.Save;
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

    final Select<Integer> slotCount = new Select<>();
    Grid<PlannedSlot> grid = new Grid<>();
    final Button acceptPlan = new Button("Accept plan");

    private final PlanningService planning;
    private final Actor actor;
    private TeamSummary team;

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
        slotCount.setLabel("Slots");
        slotCount.setItems(4, 8, 12);
        slotCount.setValue(4);
        slotCount.addValueChangeListener(e -> show(() -> planning.propose(actor, team.id(), e.getValue())));
        acceptPlan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acceptPlan.addClickListener(e -> Save.run(() -> planning.schedule(actor, team.id(), slotCount.getValue()),
                Save.FieldProblems.NONE).ifPresent(created -> {
                    Notices.done(created.size() + " sessions planned. Each proposed facilitator can now accept or decline.");
                    getUI().ifPresent(ui -> ui.navigate(SessionsView.class));
                }));
        grid = new PlanGrid(team.timeZone(), options.members(actor, team.id()), options.gaps(actor, team.id()),
                new PlanGrid.Adjust() {
                    public void facilitator(PlannedSlot slot, Option person) {
                        fixFacilitator(slot, person);
                    }

                    public void topic(PlannedSlot slot, Option gap) {
                        show(() -> planning.fixTopic(actor, team.id(), slot.slot().date(),
                                gap == null ? null : gap.id(), slotCount.getValue()));
                    }

                    public void skip(PlannedSlot slot) {
                        show(() -> planning.skipSlot(actor, team.id(), slot.slot().date(), true, slotCount.getValue()));
                    }

                    public void reset(PlannedSlot slot) {
                        PlanView.this.reset(slot);
                    }
                });
        var bar = new HorizontalLayout(slotCount, acceptPlan);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("Plan the next weeks · " + team.name()),
                new Paragraph("The proposal follows the rotation: people who offered to teach a topic first, then who "
                        + "never led, then who led longest ago. Adjust a slot and the rest is recomputed; reset it to "
                        + "get the proposal back."), bar, grid);
        show(() -> planning.propose(actor, team.id(), slotCount.getValue()));
    }

    void fixFacilitator(PlannedSlot slot, Option person) {
        show(() -> planning.fixFacilitator(actor, team.id(), slot.slot().date(), person == null ? null : person.id(),
                slotCount.getValue()));
    }

    void reset(PlannedSlot slot) {
        show(() -> planning.resetSlot(actor, team.id(), slot.slot().date(), slotCount.getValue()));
    }

    private void show(Supplier<RotationPlan> step) {
        Save.run(step, Save.FieldProblems.NONE).ifPresent(plan -> grid.setItems(plan.slots()));
    }
}
