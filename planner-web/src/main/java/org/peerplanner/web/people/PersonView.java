package org.peerplanner.web.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.people.PasswordService;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.people.PersonDetails;
import org.peerplanner.domain.people.PersonProfile;
import org.peerplanner.web.common.NotFoundNotice;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;
import org.peerplanner.web.security.CurrentUser;
import org.peerplanner.web.thanks.SayThanksButtons;

/**
 * One person: their profile, their teams, and for managers a password reset. A person outside the
 * viewer's teams is "not found", whatever the URL says.
 */
@Route("people/:personId([0-9]+)")
@PageTitle("Person · Peer Planner")
@PermitAll
public class PersonView extends VerticalLayout implements BeforeEnterObserver {

    final PersonForm form = new PersonForm();
    final Button resetPassword = new Button("Set a new one-time password");
    final Checkbox administrator = new Checkbox("Administrator (can manage every team)");

    private final PeopleService people;
    private final PasswordService passwords;
    private final SayThanksButtons thanks;
    private final Actor actor;
    private PersonDetails details;

    public PersonView(PeopleService people, PasswordService passwords, CurrentUser user, SayThanksButtons thanks) {
        this.people = people;
        this.passwords = passwords;
        this.thanks = thanks;
        this.actor = user.actor();
        addClassName("planner-page");
        form.addSaveListener(e -> save(e.profile()));
        form.addCancelListener(e -> getUI().ifPresent(ui -> ui.navigate(PeopleView.class)));
        resetPassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        resetPassword.addClickListener(e -> reset());
        administrator.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changeAdministrator(e.getValue());
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long personId = event.getRouteParameters().getLong("personId").orElse(-1L);
        try {
            details = people.details(actor, personId);
        } catch (NotFoundException e) {
            add(new NotFoundNotice("This person", "Back to People & teams", PeopleView.class));
            return;
        }
        add(new H2(details.profile().fullName()), thanks.forPerson(actor, details.id(), details.profile().fullName()));
        details.teams().forEach(place -> add(new Paragraph(place.teamName() + ": " + place.role().label()
                + (place.inRotation() ? ", takes turns facilitating" : ", not in the facilitator rotation"))));
        form.edit(details.profile());
        form.setEditable(details.editableByViewer());
        add(form);
        boolean managesSomeoneElse = details.editableByViewer() && details.id() != actor.personId();
        if (managesSomeoneElse) {
            add(resetPassword);
        }
        if (actor.administrator()) {
            administrator.setValue(details.administrator());
            administrator.setEnabled(details.id() != actor.personId());
            add(administrator);
        }
    }

    private void save(PersonProfile profile) {
        Save.run(() -> people.reviseProfile(actor, details.id(), details.version(), profile), form::showProblems)
                .ifPresent(saved -> {
                    details = saved;
                    form.edit(details.profile());
                    Notices.done("Saved " + details.profile().fullName() + ".");
                });
    }

    private void reset() {
        String password = passwords.resetPassword(actor, details.id());
        var shown = new TextField("One-time password for " + details.profile().fullName());
        shown.setValue(password);
        shown.setReadOnly(true);
        shown.setWidth("28em");
        shown.setId("reset-password");
        add(new HorizontalLayout(shown));
        Notices.done("A new one-time password was set. Pass it on; it is shown only now.");
    }

    private void changeAdministrator(boolean admin) {
        if (!Save.run(() -> people.setAdministrator(actor, details.id(), admin), Save.FieldProblems.NONE,
                admin ? "Now an administrator." : "No longer an administrator.")) {
            administrator.setValue(!admin); // the switch shows what is stored
        }
    }
}
