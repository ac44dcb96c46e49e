package org.peerplanner.web.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.peerplanner.domain.rotation.PlannedSlot;
import org.peerplanner.web.common.Option;

/** The proposed plan, a slot a row, each with its reasons and the pickers and buttons that adjust it. */
class PlanGrid extends Grid<PlannedSlot> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** What the view does when someone adjusts a slot. */
    interface Adjust {
        void facilitator(PlannedSlot slot, Option person);

        void topic(PlannedSlot slot, Option gap);

        void skip(PlannedSlot slot);

        void reset(PlannedSlot slot);
    }

    PlanGrid(String teamZone, List<Option> members, List<Option> gaps, Adjust adjust) {
        setId("plan");
        addColumn(s -> s.slot().start().format(DAY)).setHeader("When (" + teamZone + ")").setAutoWidth(true);
        addColumn(s -> s.format().label()).setHeader("Format").setAutoWidth(true);
        addComponentColumn(s -> cell(picker(members, "Nobody available", s.facilitatorId(),
                person -> adjust.facilitator(s, person)),
                String.join("; ", s.facilitator().map(f -> f.reasons()).orElse(s.facilitatorNotes()))))
                .setHeader("Facilitator").setFlexGrow(2);
        addComponentColumn(s -> cell(picker(gaps, "No topic", s.gapId(), gap -> adjust.topic(s, gap)),
                String.join("; ", s.topic().map(t -> t.reasons()).orElse(s.topicNotes()))))
                .setHeader("Topic").setFlexGrow(2);
        addComponentColumn(s -> adjustCell(s, adjust)).setHeader("Adjust").setAutoWidth(true);
        setAllRowsVisible(true);
    }

    private static ComboBox<Option> picker(List<Option> options, String placeholder, Optional<Long> chosen,
                                           Consumer<Option> picked) {
        var picker = new ComboBox<Option>();
        picker.setItems(options);
        picker.setItemLabelGenerator(Option::label);
        picker.setPlaceholder(placeholder);
        picker.setValue(chosen.flatMap(id -> options.stream().filter(o -> o.id() == id).findFirst()).orElse(null));
        picker.setWidthFull();
        picker.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                picked.accept(e.getValue());
            }
        });
        return picker;
    }

    private static HorizontalLayout adjustCell(PlannedSlot s, Adjust adjust) {
        var skip = new Button("Skip", e -> adjust.skip(s));
        var reset = new Button("Reset", e -> adjust.reset(s));
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(skip, reset);
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
}
