package org.peerplanner.web.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.people.PersonProfile;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.common.Save;

/**
 * Adds a new person to a team. On success shows the one-time password to pass on, since there is no
 * invitation mail yet.
 */
class NewPersonDialog extends Dialog {

    final PersonForm form = new PersonForm();
    final MembershipFields membership;

    NewPersonDialog(TeamService teams, Actor actor, TeamSummary team, LocalDate today, Runnable onAdded) {
        setHeaderTitle("Add a new person to " + team.name());
        setWidth("min(900px, 95vw)");
        membership = new MembershipFields(MembershipFields.newcomer(today));
        form.edit(PersonProfile.basic("", "", ZoneId.of(team.timeZone())));
        form.save.setText("Add person");
        form.addCancelListener(e -> close());
        form.addSaveListener(e -> {
            Save.run(() -> teams.addNewPerson(actor, team.id(), e.profile(), membership.terms()), form::showProblems)
                    .ifPresent(added -> {
                        onAdded.run();
                        showPassword(e.profile().fullName(), e.profile().email(), added.initialPassword());
                    });
        });
        add(membership, form);
    }

    private void showPassword(String name, String email, String password) {
        removeAll();
        setHeaderTitle(name + " was added");
        var shown = new TextField("One-time password");
        shown.setValue(password);
        shown.setReadOnly(true);
        shown.setId("initial-password");
        add(new H3("Pass this on to " + name),
                new Paragraph("They sign in as " + email + " with the password below and can change it under My profile. "
                        + "It is shown only now."),
                shown);
        getFooter().removeAll();
        getFooter().add(new Button("Done", e -> close()));
    }
}
