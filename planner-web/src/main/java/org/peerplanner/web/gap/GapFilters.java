package org.peerplanner.web.gap;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumSet;
import org.peerplanner.domain.gap.GapFilter;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.GapStatus;
import org.peerplanner.domain.gap.Urgency;

/** The board's filters; any change runs {@code changed}. Open and planned gaps show first. */
class GapFilters extends HorizontalLayout {

    final MultiSelectComboBox<GapStatus> statuses = new MultiSelectComboBox<>("Status");
    final Select<GapSource> source = new Select<>();
    final Select<Urgency> urgency = new Select<>();
    final TextField tag = new TextField("Skill tag");
    final TextField search = new TextField("Search");

    GapFilters(Runnable changed) {
        statuses.setWidth("18em");
        statuses.setItems(GapStatus.values());
        statuses.setItemLabelGenerator(GapStatus::label);
        statuses.setValue(EnumSet.of(GapStatus.OPEN, GapStatus.PLANNED));
        source.setLabel("Source");
        source.setItems(GapSource.values());
        source.setItemLabelGenerator(s -> s == null ? "Any source" : s.label());
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption("Any source");
        urgency.setLabel("Urgency");
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> u == null ? "Any urgency" : u.label());
        urgency.setEmptySelectionAllowed(true);
        urgency.setEmptySelectionCaption("Any urgency");
        for (TextField field : new TextField[] {tag, search}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
        }
        search.setPlaceholder("Title or description");
        statuses.addValueChangeListener(e -> changed.run());
        source.addValueChangeListener(e -> changed.run());
        urgency.addValueChangeListener(e -> changed.run());
        tag.addValueChangeListener(e -> changed.run());
        search.addValueChangeListener(e -> changed.run());
        add(statuses, source, urgency, tag, search);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    GapFilter filter() {
        return GapFilter.everything().withStatuses(statuses.getValue()).withSource(source.getValue())
                .withUrgency(urgency.getValue()).withTag(tag.getValue()).matching(search.getValue());
    }
}
