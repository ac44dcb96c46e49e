package org.peerplanner.web.people;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import org.peerplanner.domain.team.MembershipTerms;
import org.peerplanner.domain.access.TeamRole;
import org.peerplanner.web.common.DateFields;

/** Role, rotation opt-in and join date: the part of a form that describes a place in a team. */
class MembershipFields extends FormLayout {

    final Select<TeamRole> role = new Select<>();
    final Checkbox inRotation = new Checkbox("Takes turns facilitating");
    final DatePicker joinedOn = DateFields.picker("Joined on");

    MembershipFields(MembershipTerms initial) {
        role.setLabel("Role");
        role.setItems(TeamRole.values());
        role.setItemLabelGenerator(TeamRole::label);
        role.setValue(initial.role());
        inRotation.setValue(initial.inRotation());
        joinedOn.setValue(initial.joinedOn());
        add(role, joinedOn, inRotation);
    }

    static MembershipTerms newcomer(LocalDate today) {
        return new MembershipTerms(TeamRole.MEMBER, true, today);
    }

    MembershipTerms terms() {
        return new MembershipTerms(role.getValue(), inRotation.getValue(), joinedOn.getValue());
    }
}
