package org.peerplanner.web.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.mentoring.MentorOfferForm;
import org.peerplanner.domain.mentoring.MentorOffers;
import org.peerplanner.domain.mentoring.MentoringAsk;
import org.peerplanner.domain.mentoring.MentoringRequests;
import org.peerplanner.domain.mentoring.Mentorships;
import org.peerplanner.domain.mentoring.Rhythm;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.peerplanner.web.home.HomeWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The directory, the request dialog, My mentoring and a mentorship's page, without a browser. */
@SpringBootTest
@UsePlannerTestDatabase
@ActiveProfiles("demo")
class MentoringScreensIT extends SpringBrowserlessTest {

    @Autowired
    WebFixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    MentorOffers offers;
    @Autowired
    MentoringRequests requests;
    @Autowired
    Mentorships mentorships;
    @Autowired
    org.peerplanner.testdb.TestClock clock;

    String mentorEmail;
    Actor mentor;
    String menteeEmail;
    Actor mentee;

    @BeforeEach
    void people() {
        mentorEmail = fixtures.newMember("Mobile Apps", "Olu Mentor");
        mentor = new Actor(fixtures.personId(mentorEmail), false);
        offers.offer(mentor, offers.myOffer(mentor).version(), new MentorOfferForm(true, 1, List.of(),
                "Pairing on real tickets.", Rhythm.WEEKLY, false, null));
        menteeEmail = fixtures.newMember("Payments Platform", "Nia Mentee");
        mentee = new Actor(fixtures.personId(menteeEmail), false);
    }

    @AfterEach
    void signOut() {
        HomeWorld.signOut();
    }

    @Test
    void aMemberFindsAMentorInAnotherTeamAndAsksThem() {
        HomeWorld.signIn(users, menteeEmail);
        var view = navigate(MentorsView.class);
        test(view.withPlaces).click();

        assertThat(view.mentors.getElement().getTextRecursively()).contains("Olu Mentor", "Mobile Apps",
                "1 of 1 places free · Free", "Pairing on real tickets.").doesNotContain("Zoë Ångström");

        var card = $(com.vaadin.flow.component.html.Div.class, view.mentors).withClassName("planner-mentor-card").all()
                .stream().filter(c -> c.getElement().getTextRecursively().contains("Olu Mentor")).findFirst().orElseThrow();
        test($(com.vaadin.flow.component.button.Button.class, card).single()).click();
        var dialog = $(AskDialog.class).single();
        test(dialog.send).click();
        assertThat(dialog.message.isInvalid()).isTrue();
        assertThat(mentorships.mine(mentee).myRequests()).isEmpty();

        test(dialog.goal).setValue("Kotlin coroutines");
        test(dialog.message).setValue("I would like to stop fearing structured concurrency.");
        test(dialog.send).click();

        assertThat(mentorships.mine(mentee).myRequests()).singleElement()
                .satisfies(r -> assertThat(r.statusText()).isEqualTo("Waiting for an answer"));
        var mine = navigate(MyMentoringView.class);
        assertThat(mine.myRequests.getElement().getTextRecursively()).contains("Olu Mentor · Kotlin coroutines");
    }

    @Test
    void theMentorAcceptsAgreesTheRhythmAndBothSeeTheMentorship() {
        requests.ask(mentee, new MentoringAsk(mentor.personId(), "Kotlin", "Help me with Kotlin.", Rhythm.BIWEEKLY));
        HomeWorld.signIn(users, mentorEmail);
        var view = navigate(MyMentoringView.class);
        var card = $(RequestCard.class, view.toAnswer).single();
        assertThat(card.withdraw.isVisible()).isFalse();

        test(card.accept).click();
        var dialog = $(AcceptDialog.class).single();
        test(dialog.accept).click();
        assertThat(dialog.time.isInvalid()).isTrue();
        test(dialog.time).setValue(LocalTime.of(16, 30));
        test(dialog.accept).click();

        var page = (MentorshipView) getCurrentView();
        assertThat(page.title.getText()).isEqualTo("Mentoring Nia Mentee · Kotlin");
        assertThat(page.rhythm.getText()).startsWith("Every 2 weeks on Thursday at 16:30");
        assertThat(page.state.getText()).startsWith("Next meeting: Thursday");
        var directory = navigate(MentorsView.class);
        test(directory.skill).setValue("");
        assertThat(directory.mentors.getElement().getTextRecursively()).contains("Olu Mentor", "Full");
    }

    @Test
    void aMenteeEndsTheMentorshipAndTheMentorReadsANeutralMessage() {
        long id = requests.accept(mentor, requests.ask(mentee, new MentoringAsk(mentor.personId(), "Kotlin",
                "Help me with Kotlin.", Rhythm.WEEKLY)), plan());
        HomeWorld.signIn(users, menteeEmail);
        var page = navigate("mentorships/" + id, MentorshipView.class);
        test(page.end).click();
        var dialog = $(EndDialog.class).single();
        test(dialog.reason).setValue("My team changed.");
        test(dialog.end).click();
        assertThat(page.state.getText()).contains("You ended the mentorship", "Your private note: My team changed.");

        assertThat(page.end.isVisible()).isFalse();
        assertThat(mentorships.page(mentor, id).endedMessage())
                .isEqualTo("Nia Mentee has ended the mentorship. Thanks for the time together.");
    }

    @Test
    void someoneElsesMentorshipByEditedAddressIsNotFound() {
        long id = requests.accept(mentor, requests.ask(mentee, new MentoringAsk(mentor.personId(), "Kotlin",
                "Help me with Kotlin.", Rhythm.WEEKLY)), plan());
        HomeWorld.signIn(users, fixtures.newMember("Payments Platform", "Curious Colleague"));

        var page = navigate("mentorships/" + id, MentorshipView.class);

        assertThat(page.getElement().getTextRecursively()).contains("This mentorship was not found")
                .doesNotContain("Kotlin");
    }

    @Test
    void declineOffersAKindStockText() {
        requests.ask(mentee, new MentoringAsk(mentor.personId(), "Kotlin", "Help me with Kotlin.", Rhythm.WEEKLY));
        HomeWorld.signIn(users, mentorEmail);
        var view = navigate(MyMentoringView.class);
        test($(RequestCard.class, view.toAnswer).single().decline).click();
        var dialog = $(org.peerplanner.web.common.NoteDialog.class).single();
        assertThat(dialog.note.getValue()).isEqualTo(MentoringRequests.STOCK_DECLINE);
        test(dialog.confirm).click();

        assertThat(view.toAnswer.getElement().getTextRecursively()).contains("No requests wait for your answer.");
        assertThat($(Notification.class).all()).isEmpty();
    }

    /** Weekly from tomorrow on the test clock: a first meeting must not lie in the past, whatever day the tests run. */
    org.peerplanner.domain.mentoring.MeetingPlan plan() {
        return new org.peerplanner.domain.mentoring.MeetingPlan(Rhythm.WEEKLY, java.time.DayOfWeek.MONDAY,
                LocalTime.of(10, 0), 30, java.time.LocalDate.now(clock).plusDays(1), null);
    }
}
