package org.peerplanner.web.outcomes.baseline;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.peerplanner.domain.outcomes.baseline.BaselineFigures;
import org.peerplanner.domain.outcomes.baseline.BaselineRow;

/**
 * Types one month's figures: the month (up to this one; future months cannot be chosen), onboarding days and bug
 * reports. Choosing a month already recorded shows its figures for editing. It fires the typed month; the screen runs
 * the command, so the editor is tested without Spring.
 */
class MonthEditor extends VerticalLayout {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    static final int MONTHS_BACK = 72;

    final ComboBox<YearMonth> month = new ComboBox<>("Month");
    final IntegerField onboardingDays = new IntegerField("Onboarding days");
    final IntegerField bugReports = new IntegerField("Bug reports");
    final Button save = new Button("Save month");
    final Button remove = new Button("Remove month");

    private List<BaselineFigures> recorded = List.of();

    MonthEditor(YearMonth thisMonth, Consumer<BaselineRow> saved, Consumer<YearMonth> removed) {
        setPadding(false);
        month.setItems(Stream.iterate(thisMonth, m -> m.minusMonths(1)).limit(MONTHS_BACK).toList());
        month.setItemLabelGenerator(MONTH::format);
        month.setRequiredIndicatorVisible(true);
        month.addValueChangeListener(e -> showRecorded(e.getValue()));
        onboardingDays.setHelperText("Typical days until a new joiner's first merged change; empty if nobody joined");
        // No client-side minimum: the service's rule refuses a negative figure with its own words, as in an import.
        bugReports.setHelperText("Bug reports filed in the month");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (month.getValue() == null) {
                month.setErrorMessage("Choose the month.");
                month.setInvalid(true);
                return;
            }
            month.setInvalid(false);
            saved.accept(BaselineRow.typed(month.getValue(), onboardingDays.getValue(), bugReports.getValue()));
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> {
            if (month.getValue() != null) {
                removed.accept(month.getValue());
            }
        });
        var fields = new HorizontalLayout(month, onboardingDays, bugReports);
        fields.setWrap(true);
        var buttons = new HorizontalLayout(save, remove);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3("Type a month"), fields, buttons);
    }

    void recorded(List<BaselineFigures> months) {
        this.recorded = months;
        showRecorded(month.getValue());
    }

    /** The version the person is editing: the recorded month's, or null for a month not recorded yet. */
    Long versionOf(YearMonth chosen) {
        return recorded.stream().filter(f -> f.month().equals(chosen)).findFirst().map(BaselineFigures::version)
                .orElse(null);
    }

    void edit(BaselineFigures figures) {
        month.setValue(figures.month());
    }

    private void showRecorded(YearMonth chosen) {
        var existing = recorded.stream().filter(f -> f.month().equals(chosen)).findFirst();
        onboardingDays.setValue(existing.map(BaselineFigures::onboardingDays).orElse(null));
        bugReports.setValue(existing.map(BaselineFigures::bugReports).orElse(null));
        remove.setVisible(existing.isPresent());
    }
}
