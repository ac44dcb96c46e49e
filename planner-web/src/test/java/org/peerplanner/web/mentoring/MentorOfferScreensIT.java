package org.peerplanner.web.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.mentoring.MentorOfferForm;
import org.peerplanner.domain.mentoring.MentorOffers;
import org.peerplanner.domain.mentoring.Rhythm;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.people.PersonProfile;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.peerplanner.web.home.HomeWorld;
import org.peerplanner.web.profile.ProfileView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The mentor offer on the profile (the same section My mentoring shows): a capacity of 0 or 11 is refused with a
 * clear message and nothing is written; a valid change is saved; pausing and resuming new requests on My mentoring.
 */
@SpringBootTest
@UsePlannerTestDatabase
@ActiveProfiles("demo")
class MentorOfferScreensIT extends SpringBrowserlessTest {

    @Autowired
    WebFixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    MentorOffers offers;
    @Autowired
    PeopleService people;
    @Autowired
    TestClock clock;

    String email;
    Actor mentor;

    @BeforeEach
    void aMentorWithSkills() {
        email = fixtures.newMember("Mobile Apps", "Offer Keeper");
        mentor = new Actor(fixtures.personId(email), false);
        var details = people.details(mentor, mentor.personId());
        var profile = details.profile();
        people.reviseProfile(mentor, details.id(), details.version(), new PersonProfile(profile.fullName(),
                profile.email(), profile.timeZone(), List.of(new org.peerplanner.domain.people.Skill("Kotlin", 4),
                new org.peerplanner.domain.people.Skill("Gradle", 3)), profile.absences(), false, 0, null));
        HomeWorld.signIn(users, email);
    }

    @AfterEach
    void signOut() {
        HomeWorld.signOut();
    }

    @Test
    void theProfileShowsTheOfferAndRefusesZeroOrElevenPlacesWithoutWritingAnything() {
        navigate(ProfileView.class);
        var section = $(MentorOfferSection.class).single();
        assertThat(section.status.getText()).isEqualTo("Your offer: Not taking new mentees.");
        var before = offers.myOffer(mentor);

        for (int refused : new int[] {0, 11}) {
            test(section.edit).click();
            var dialog = $(OfferDialog.class).single();
            test(dialog.available).click();
            // a browser lets one type it (the field marks it); the tester would refuse a value outside min and max
            dialog.capacity.setValue(refused);
            test(dialog.save).click();

            assertThat(dialog.isOpened()).as("stays open with what was typed").isTrue();
            assertThat(dialog.capacity.isInvalid()).isTrue();
            assertThat(dialog.capacity.getErrorMessage()).isEqualTo("Take 1 to 10 mentees at a time.");
            assertThat(offers.myOffer(mentor)).as("nothing written").isEqualTo(before);
            dialog.close();
        }
    }

    @Test
    void aValidOfferIsSavedAndTheProfileFormStaysCurrent() {
        var profile = navigate(ProfileView.class);
        var section = $(MentorOfferSection.class).single();
        test(section.edit).click();
        var dialog = $(OfferDialog.class).single();
        test(dialog.available).click();
        test(dialog.capacity).setValue(3);
        test(dialog.confident).selectItem("Kotlin");
        test(dialog.style).setValue("Pairing on real tickets, then a short retro.");
        test(dialog.rhythm).selectItem(Rhythm.BIWEEKLY.label());
        test(dialog.charges).click();
        test(dialog.terms).setValue("30 EUR per hour, first meeting free");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        var saved = offers.myOffer(mentor);
        assertThat(saved.available()).isTrue();
        assertThat(saved.capacity()).isEqualTo(3);
        assertThat(saved.confidentSkills()).containsExactly("Kotlin");
        assertThat(saved.preferredRhythm()).isEqualTo(Rhythm.BIWEEKLY);
        assertThat(saved.chargeTerms()).isEqualTo("30 EUR per hour, first meeting free");
        assertThat(section.status.getText()).isEqualTo("Your offer: 3 of 3 places free.");
        assertThat(section.details.getText()).contains("Confident in Kotlin", "Prefers every 2 weeks",
                "Charges: 30 EUR per hour", "How I like to mentor: Pairing on real tickets");

        // the offer raised the person's version: saving the profile afterwards is no conflict and keeps the offer
        test($(com.vaadin.flow.component.textfield.TextField.class, profile).withLabel("Name").single())
                .setValue("Offer Keeper-Smith");
        test($(com.vaadin.flow.component.button.Button.class, profile).withText("Save").single()).click();
        assertThat(people.details(mentor, mentor.personId()).profile().mentoringCapacity()).isEqualTo(3);
        assertThat(people.details(mentor, mentor.personId()).profile().fullName()).isEqualTo("Offer Keeper-Smith");
    }

    @Test
    void myMentoringPausesNewRequestsAndResumesThem() {
        offers.offer(mentor, offers.myOffer(mentor).version(), new MentorOfferForm(true, 2, List.of(), null, null,
                false, null));
        var view = navigate(MyMentoringView.class);
        LocalDate until = LocalDate.now(clock).plusDays(14);

        test(view.offer.pauseUntil).setValue(until);
        assertThat(offers.myOffer(mentor).pausedUntil()).isEqualTo(until);
        assertThat(view.offer.status.getText()).startsWith("Your offer: Paused until");

        test(view.offer.pauseUntil).setValue(null);
        assertThat(offers.myOffer(mentor).pausedUntil()).isNull();
        assertThat(view.offer.status.getText()).isEqualTo("Your offer: 2 of 2 places free.");
    }
}
