package org.peerplanner.web.people;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.peerplanner.domain.team.MemberRow;
import org.peerplanner.web.common.Badge;

/** The chosen team's members, sortable, with badges (mentor, away today) and a row action; a click opens the person. */
class MembersGrid extends Grid<MemberRow> {

    MembersGrid(Function<MemberRow, Component> rowAction, LongConsumer openPerson) {
        setId("members");
        addColumn(MemberRow::fullName).setHeader("Name").setSortProperty("person.fullName").setAutoWidth(true);
        addColumn(MemberRow::email).setHeader("Email").setSortProperty("person.email").setAutoWidth(true)
                .setTooltipGenerator(MemberRow::email);
        addColumn(r -> r.role().label()).setHeader("Role").setSortProperty("role").setAutoWidth(true);
        addColumn(r -> r.inRotation() ? "Yes" : "No").setHeader("In rotation").setAutoWidth(true);
        addColumn(MemberRow::skills).setHeader("Skills").setFlexGrow(1).setWidth("12em")
                .setTooltipGenerator(MemberRow::skills);
        addComponentColumn(MembersGrid::badges).setHeader("").setAutoWidth(true);
        addComponentColumn(rowAction::apply).setHeader("").setAutoWidth(true);
        setMultiSort(false);
        setHeight("520px");
        setWidthFull();
        addItemClickListener(e -> openPerson.accept(e.getItem().personId()));
    }

    private static HorizontalLayout badges(MemberRow row) {
        var box = new HorizontalLayout();
        box.setSpacing(false);
        if (row.mentoringAvailable()) {
            box.add(Badge.of("Mentor", Badge.Tone.SUCCESS));
        }
        if (row.outOfOfficeToday()) {
            box.add(Badge.of("Away today", Badge.Tone.WARNING));
        }
        return box;
    }
}
