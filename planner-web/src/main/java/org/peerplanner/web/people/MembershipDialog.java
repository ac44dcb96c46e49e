package org.peerplanner.web.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.team.MemberRow;
import org.peerplanner.domain.team.MembershipTerms;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;

/** Changes someone's role, rotation opt-in or join date in a team, or removes them from it. */
class MembershipDialog extends Dialog {

    final MembershipFields membership;
    final Button save = new Button("Save");
    final Button remove = new Button("Remove from team");

    MembershipDialog(TeamService teams, Actor actor, MemberRow row, String teamName, Runnable onChanged) {
        setHeaderTitle(row.fullName() + " in " + teamName);
        membership = new MembershipFields(new MembershipTerms(row.role(), row.inRotation(), row.joinedOn()));
        var messages = new FieldMessages().bind("role", membership.role).bind("joinedOn", membership.joinedOn);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (Save.run(() -> teams.changeMembership(actor, row.membershipId(), row.membershipVersion(), membership.terms()),
                    messages::show)) {
                onChanged.run();
                Notices.done("Saved.");
                close();
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(e -> {
            if (Save.run(() -> teams.removeMember(actor, row.membershipId()), Save.FieldProblems.NONE)) {
                onChanged.run();
                Notices.done(row.fullName() + " left " + teamName + ".");
                close();
            }
        });
        add(membership);
        getFooter().add(remove, new Button("Cancel", e -> close()), save);
    }
}
