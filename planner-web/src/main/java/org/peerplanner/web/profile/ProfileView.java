package org.peerplanner.web.profile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import org.peerplanner.domain.feedback.FeedbackService;
import org.peerplanner.domain.mentoring.MentorOffers;
import org.peerplanner.domain.people.PasswordService;
import org.peerplanner.domain.recognition.MyContributions;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.recognition.MyContributionsView;
import org.peerplanner.web.recognition.NextStepPanel;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.people.PersonDetails;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.feedback.FeedbackChoices;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;
import org.peerplanner.web.mentoring.MentorOfferSection;
import org.peerplanner.web.people.PersonForm;
import org.peerplanner.web.security.CurrentUser;
import org.peerplanner.web.thanks.ThanksReceived;

/** A member's next step, own skills, time off, mentoring offer and password, and the thanks they received. */
@Route("profile")
@PageTitle("My profile · Peer Planner")
@Menu(order = 90, icon = "vaadin:user", title = "My profile")
@PermitAll
public class ProfileView extends VerticalLayout {

    final PersonForm form = new PersonForm();
    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final Button changePassword = new Button("Change password");
    final MentorOfferSection mentorOffer;

    private final PeopleService people;
    private final PasswordService passwords;
    private final CurrentUser user;
    private PersonDetails details;

    public ProfileView(PeopleService people, PasswordService passwords, MentorOffers offers,
                       MyContributions contributions, FacilitationService facilitation, SelectedTeam selectedTeam,
                       FeedbackService feedback, CurrentUser user, ThanksReceived thanks, Clock clock) {
        this.people = people;
        this.passwords = passwords;
        this.user = user;
        addClassName("planner-page");
        form.setCancelVisible(false);
        form.setMentoringVisible(false);
        // the offer changes the person's "available" and capacity too: the form reads the newer person again
        mentorOffer = new MentorOfferSection(offers, user.actor(), LocalDate.now(clock), this::load);
        form.addSaveListener(e -> save(e.profile()));
        load();

        newPassword.setHelperText("At least 10 characters.");
        var passwordMessages = new FieldMessages().bind("currentPassword", currentPassword).bind("newPassword", newPassword);
        changePassword.addClickListener(e -> {
            if (Save.run(() -> passwords.changeOwnPassword(user.actor(), currentPassword.getValue(), newPassword.getValue()),
                    passwordMessages::show)) {
                passwordMessages.clear();
                currentPassword.clear();
                newPassword.clear();
                Notices.done("Your password was changed.");
            }
        });
        add(new H2("My profile"));
        selectedTeam.current().flatMap(team -> contributions.nextStep(user.actor(), team.id())).ifPresent(step ->
                add(new H3("Your next step"), new NextStepPanel(step, user.actor(), facilitation),
                        new RouterLink("All my contributions", MyContributionsView.class)));
        add(form, new H3("Mentoring"), mentorOffer, new H3("Feedback"), FeedbackChoices.optOut(feedback, user.actor()),
                new H3("Password"), new FormLayout(currentPassword, newPassword), changePassword,
                thanks.section(user.actor()));
    }

    private void load() {
        details = people.details(user.actor(), user.actor().personId());
        form.edit(details.profile());
    }

    private void save(org.peerplanner.domain.people.PersonProfile profile) {
        Save.run(() -> people.reviseProfile(user.actor(), details.id(), details.version(), profile), form::showProblems)
                .ifPresent(saved -> {
                    details = saved;
                    form.edit(details.profile());
                    Notices.done("Your profile was saved.");
                });
    }
}
