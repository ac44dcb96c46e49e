package org.peerplanner.web.people;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.function.LongConsumer;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.people.PersonRow;

/** Everyone the viewer can see, across their teams, searchable and read a page at a time; a click opens the person. */
class EveryoneTab extends VerticalLayout {

    final Grid<PersonRow> everyone = new Grid<>();
    final TextField everyoneSearch = new TextField();

    EveryoneTab(PeopleService people, Actor actor, LongConsumer openPerson) {
        everyone.setId("everyone");
        everyone.addColumn(PersonRow::fullName).setHeader("Name").setSortProperty("fullName").setAutoWidth(true);
        everyone.addColumn(PersonRow::email).setHeader("Email").setSortProperty("email").setAutoWidth(true)
                .setTooltipGenerator(PersonRow::email);
        everyone.addColumn(PersonRow::timeZone).setHeader("Time zone").setAutoWidth(true);
        everyone.addColumn(PersonRow::skills).setHeader("Skills").setFlexGrow(1).setTooltipGenerator(PersonRow::skills);
        everyone.addColumn(r -> r.administrator() ? "Administrator" : "").setHeader("").setAutoWidth(true);
        everyone.setHeight("560px");
        everyone.setItems(query -> people.visiblePeople(actor, everyoneSearch.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) people.countVisiblePeople(actor, everyoneSearch.getValue()));
        everyone.addItemClickListener(e -> openPerson.accept(e.getItem().id()));
        everyoneSearch.setPlaceholder("Search name or email");
        everyoneSearch.setPrefixComponent(VaadinIcon.SEARCH.create());
        everyoneSearch.setClearButtonVisible(true);
        everyoneSearch.setValueChangeMode(ValueChangeMode.LAZY);
        everyoneSearch.addValueChangeListener(e -> everyone.getDataProvider().refreshAll());
        add(everyoneSearch, everyone);
        setPadding(false);
    }
}
