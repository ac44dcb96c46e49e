package org.peerplanner.web.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.peerplanner.domain.people.Absence;

/** Out-of-office periods: first and last day (inclusive) and an optional reason. */
public class AbsencesEditor extends CustomField<List<Absence>> {

    private final List<Absence> absences = new ArrayList<>();
    private final VerticalLayout rows = new VerticalLayout();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField reason = new TextField();
    final Button add = new Button("Add time off", VaadinIcon.PLUS.create());
    private boolean readOnly;

    public AbsencesEditor() {
        setLabel("Out of office");
        rows.setPadding(false);
        rows.setSpacing(false);
        from.setPlaceholder("First day");
        from.setAriaLabel("First day");
        to.setPlaceholder("Last day");
        to.setAriaLabel("Last day");
        reason.setPlaceholder("Reason (optional)");
        reason.setMaxLength(200);
        from.addValueChangeListener(e -> {
            if (e.getValue() != null && to.isEmpty()) {
                to.setValue(e.getValue());
            }
            to.setMin(e.getValue());
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> addAbsence());
        var adder = new HorizontalLayout(from, to, reason, add);
        adder.setAlignItems(FlexComponent.Alignment.BASELINE);
        adder.setWrap(true);
        var content = new VerticalLayout(rows, adder);
        content.setPadding(false);
        add(content);
    }

    private void addAbsence() {
        if (from.isEmpty() || to.isEmpty() || to.getValue().isBefore(from.getValue())) {
            from.setErrorMessage("Choose a first day and a last day on or after it.");
            from.setInvalid(true);
            return;
        }
        from.setInvalid(false);
        absences.add(new Absence(from.getValue(), to.getValue(), reason.getValue().isBlank() ? null : reason.getValue()));
        absences.sort(Comparator.comparing(Absence::startsOn));
        from.clear();
        to.clear();
        reason.clear();
        render();
        updateValue();
    }

    private void render() {
        rows.removeAll();
        if (absences.isEmpty()) {
            var none = new Span("No time off planned.");
            none.addClassName("planner-muted");
            rows.add(none);
        }
        for (Absence absence : absences) {
            String text = absence.startsOn() + " – " + absence.endsOn()
                    + (absence.reason() == null ? "" : " · " + absence.reason());
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                absences.remove(absence);
                render();
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove time off from " + absence.startsOn());
            remove.setVisible(!readOnly);
            var row = new HorizontalLayout(new Span(text), remove);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            rows.add(row);
        }
    }

    @Override
    protected List<Absence> generateModelValue() {
        return List.copyOf(absences);
    }

    @Override
    protected void setPresentationValue(List<Absence> value) {
        absences.clear();
        if (value != null) {
            absences.addAll(value);
        }
        render();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        this.readOnly = readOnly;
        from.setVisible(!readOnly);
        to.setVisible(!readOnly);
        reason.setVisible(!readOnly);
        add.setVisible(!readOnly);
        render();
    }
}
