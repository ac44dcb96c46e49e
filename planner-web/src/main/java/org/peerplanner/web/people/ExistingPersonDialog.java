package org.peerplanner.web.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.EmailField;
import java.time.LocalDate;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;

/** Adds someone who already has an account (for example from another team) by their email. */
class ExistingPersonDialog extends Dialog {

    final EmailField email = new EmailField("Their email address");
    final MembershipFields membership;
    final Button add = new Button("Add to team");

    ExistingPersonDialog(TeamService teams, Actor actor, TeamSummary team, LocalDate today, Runnable onAdded) {
        setHeaderTitle("Add someone who already uses Peer Planner");
        membership = new MembershipFields(MembershipFields.newcomer(today));
        email.setWidthFull();
        var messages = new FieldMessages().bind("email", email).bind("role", membership.role)
                .bind("joinedOn", membership.joinedOn);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            if (Save.run(() -> teams.addExistingPerson(actor, team.id(), email.getValue(), membership.terms()),
                    messages::show)) {
                onAdded.run();
                Notices.done(email.getValue() + " is now in " + team.name() + ".");
                close();
            }
        });
        add(email, membership);
        getFooter().add(new Button("Cancel", e -> close()), add);
    }
}
