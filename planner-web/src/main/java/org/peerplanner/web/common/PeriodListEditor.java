package org.peerplanner.web.common;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A list of date periods (first and last day, inclusive) with an optional reason, added and removed
 * in place: people's time off, a team's blackout days.
 */
public class PeriodListEditor<T> extends CustomField<List<T>> {

    /** Makes a period from first day, last day and reason (null when blank). */
    public interface Factory<T> {
        T create(LocalDate first, LocalDate last, String reason);
    }

    public final DatePicker from = DateFields.picker();
    public final DatePicker to = DateFields.picker();
    public final TextField reason = new TextField();
    public final Button add;

    private final List<T> periods = new ArrayList<>();
    private final VerticalLayout rows = new VerticalLayout();
    private final Factory<T> factory;
    private final Function<T, LocalDate> first;
    private final Function<T, LocalDate> last;
    private final Function<T, String> why;
    private final String emptyText;
    private boolean readOnly;

    public PeriodListEditor(String label, String addLabel, String emptyText, Factory<T> factory,
                            Function<T, LocalDate> first, Function<T, LocalDate> last, Function<T, String> why) {
        this.factory = factory;
        this.first = first;
        this.last = last;
        this.why = why;
        this.emptyText = emptyText;
        setLabel(label);
        add = new Button(addLabel, VaadinIcon.PLUS.create());
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
        add.addClickListener(e -> addPeriod());
        var adder = new HorizontalLayout(from, to, reason, add);
        adder.setAlignItems(FlexComponent.Alignment.BASELINE);
        adder.setWrap(true);
        var content = new VerticalLayout(rows, adder);
        content.setPadding(false);
        add(content);
    }

    private void addPeriod() {
        if (from.isEmpty() || to.isEmpty() || to.getValue().isBefore(from.getValue())) {
            from.setErrorMessage("Choose a first day and a last day on or after it.");
            from.setInvalid(true);
            return;
        }
        from.setInvalid(false);
        periods.add(factory.create(from.getValue(), to.getValue(), reason.getValue().isBlank() ? null : reason.getValue()));
        periods.sort(Comparator.comparing(first));
        from.clear();
        to.clear();
        reason.clear();
        render();
        updateValue();
    }

    private void render() {
        rows.removeAll();
        if (periods.isEmpty()) {
            var none = new Span(emptyText);
            none.addClassName("planner-muted");
            rows.add(none);
        }
        for (T period : periods) {
            String text = first.apply(period) + " – " + last.apply(period)
                    + (why.apply(period) == null ? "" : " · " + why.apply(period));
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                periods.remove(period);
                render();
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove the period from " + first.apply(period));
            remove.setVisible(!readOnly);
            var row = new HorizontalLayout(new Span(text), remove);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            rows.add(row);
        }
    }

    @Override
    protected List<T> generateModelValue() {
        return List.copyOf(periods);
    }

    @Override
    protected void setPresentationValue(List<T> value) {
        periods.clear();
        if (value != null) {
            periods.addAll(value);
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
