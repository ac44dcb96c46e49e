package org.peerplanner.web.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.planning.PairPreference;
import org.peerplanner.domain.planning.PairingWishes;
import org.peerplanner.domain.planning.PairingService;
import org.peerplanner.domain.rotation.PairingPlan;
import org.peerplanner.web.common.DateFields;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Option;
import org.peerplanner.web.common.Save;

/** For managers on the rota: propose and record a pairing round, and the team's pairing wishes. */
class PairingSection extends VerticalLayout {

    final DatePicker pairingDay = DateFields.picker("Pairing round on");
    final Button proposePairs = new Button("Propose pairs");
    final Button recordPairs = new Button("Record this round");
    final Div pairs = new Div();

    private final PairingService planning;
    private final PairingWishes wishes;
    private final Actor actor;
    private final long teamId;

    /** {@code names} are the people of the fairness report; {@code recorded} runs after a round is recorded. */
    PairingSection(PairingService planning, PairingWishes wishes, List<Option> members, Actor actor, long teamId,
                   LocalDate today, Supplier<Map<Long, String>> names, Runnable recorded) {
        this.planning = planning;
        this.wishes = wishes;
        this.actor = actor;
        this.teamId = teamId;
        pairingDay.setValue(today.plusDays(1));
        proposePairs.addClickListener(e -> showPairs(planning.proposePairs(actor, teamId, pairingDay.getValue()), false,
                names.get()));
        recordPairs.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recordPairs.addClickListener(e -> Save.run(() -> planning.recordPairs(actor, teamId, pairingDay.getValue()),
                Save.FieldProblems.NONE).ifPresent(plan -> {
                    showPairs(plan, true, names.get());
                    Notices.done("Pairing round recorded.");
                    recorded.run();
                }));
        var bar = new HorizontalLayout(pairingDay, proposePairs, recordPairs);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        var rounds = planning.pairingRounds(actor, teamId);
        var earlier = new Paragraph(rounds.isEmpty() ? "No pairing rounds yet."
                : "Rounds so far: " + rounds.stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
        earlier.addClassName("planner-muted");
        add(new H3("Pairing round"), new Paragraph("Pairs people who paired least recently, "
                + "leaves out anyone away that day, makes one trio when the count is odd, never pairs people marked "
                + "\"do not pair\" and always pairs pinned mentors and mentees."), earlier, bar, pairs, wishesEditor(members));
        setPadding(false);
    }

    private VerticalLayout wishesEditor(List<Option> members) {
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
            for (var wish : wishes.of(actor, teamId)) {
                var remove = new Button("Remove");
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                var line = new Div(new Span(wish.describe() + " "), remove);
                remove.addClickListener(e -> {
                    planning.forgetPairing(actor, teamId, wish.firstId(), wish.secondId());
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
            if (Save.run(() -> planning.preferPairing(actor, teamId, first.getValue().id(), second.getValue().id(),
                    kind.getValue()), Save.FieldProblems.NONE)) {
                render.run();
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

    private void showPairs(PairingPlan plan, boolean recorded, Map<Long, String> names) {
        pairs.removeAll();
        plan.groups().forEach(g -> pairs.add(new Paragraph(g.personIds().stream().map(id -> names.getOrDefault(id, "#" + id))
                .collect(Collectors.joining(" + ")) + " — " + String.join("; ", g.reasons()))));
        if (!plan.absent().isEmpty()) {
            pairs.add(new Paragraph("Away: " + plan.absent().stream().map(id -> names.getOrDefault(id, "#" + id))
                    .collect(Collectors.joining(", "))));
        }
        plan.problems().forEach(p -> pairs.add(new Paragraph(p)));
        recordPairs.setEnabled(!recorded);
    }
}
