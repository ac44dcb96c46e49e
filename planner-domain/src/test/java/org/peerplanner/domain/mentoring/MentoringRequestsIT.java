package org.peerplanner.domain.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerplanner.domain.mentoring.MentoringWorld.ask;
import static org.peerplanner.domain.mentoring.MentoringWorld.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.notification.NotificationService;
import org.peerplanner.domain.notification.NotificationView;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Asking, answering, ending, and the deadlines, on the real database. */
@SpringBootTest
@UsePlannerTestDatabase
class MentoringRequestsIT {

    @Autowired
    MentoringWorld world;
    @Autowired
    MentoringRequests requests;
    @Autowired
    Mentorships mentorships;
    @Autowired
    MentorOffers offers;
    @Autowired
    MentorDirectory directory;
    @Autowired
    MentoringDeadlines deadlines;
    @Autowired
    NotificationService notifications;
    @Autowired
    TestClock clock;

    long team;
    Actor kafkaMentor;
    Actor otherKafkaMentor;
    Actor mentee;
    LocalDate today;

    @BeforeEach
    void world() {
        today = LocalDate.now(clock);
        team = world.team("Mentoring");
        kafkaMentor = world.mentor(team, "Jonas Weber", 2, "Kafka", "Java");
        otherKafkaMentor = world.mentor(team, "Maria Schmidt", 1, "Kafka");
        mentee = world.mentee(team, "Tomás García");
    }

    @Test
    void theFirstAcceptanceWinsTheGoalAndTheOtherMentorIsToldPolitely() {
        long first = requests.ask(mentee, ask(kafkaMentor, "Kafka"));
        long second = requests.ask(mentee, ask(otherKafkaMentor, "kafka "));

        long mentorship = requests.accept(kafkaMentor, first, plan(today.plusDays(1)));

        assertThat(titles(otherKafkaMentor)).contains("Tomás García found a mentor for kafka");
        assertThat(titles(mentee)).contains("Jonas Weber will mentor you in Kafka");
        assertThat(mentorships.mine(mentee).closedRequests()).filteredOn(r -> r.id() == second).singleElement()
                .satisfies(r -> assertThat(r.statusText()).isEqualTo("Closed: found a mentor for this"));
        assertThatThrownBy(() -> requests.accept(otherKafkaMentor, second, plan(today.plusDays(1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no longer open");
        var page = mentorships.page(mentee, mentorship);
        assertThat(page.mentorName()).isEqualTo("Jonas Weber");
        assertThat(page.rhythmText()).isEqualTo("Every 2 weeks on Thursday at 16:00 (Europe/Berlin), 45 minutes");
        assertThat(page.nextMeeting()).isNotNull();
        assertThat(offers.myOffer(kafkaMentor).status()).isEqualTo("1 of 2 places free");
    }

    @Test
    void aFourthOpenRequestIsRefusedAndNothingIsWritten() {
        var third = world.mentor(team, "Aisha Khan", 2, "SQL");
        var fourth = world.mentor(team, "Zoë Ångström", 2, "React");
        requests.ask(mentee, ask(kafkaMentor, "Kafka"));
        requests.ask(mentee, ask(otherKafkaMentor, "Kafka"));
        requests.ask(mentee, ask(third, "SQL"));

        assertThatThrownBy(() -> requests.ask(mentee, ask(fourth, "React")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("3 requests waiting");
        assertThat(mentorships.mine(mentee).myRequests()).hasSize(3);
        assertThat(notifications.unreadCount(fourth)).isZero();
    }

    @Test
    void badRequestsAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> requests.ask(kafkaMentor, ask(kafkaMentor, "Kafka")))
                .hasMessageContaining("cannot ask yourself");
        assertThatThrownBy(() -> requests.ask(mentee, new MentoringAsk(kafkaMentor.personId(), "Kafka",
                "x".repeat(1001), Rhythm.WEEKLY))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("message", "A message has at most 1000 characters."));
        assertThatThrownBy(() -> offers.offer(kafkaMentor, offers.myOffer(kafkaMentor).version(),
                new MentorOfferForm(true, 11, List.of("Kafka"), null, null, false, null)))
                .hasMessageContaining("1 to 10");
        assertThatThrownBy(() -> offers.offer(kafkaMentor, offers.myOffer(kafkaMentor).version(),
                new MentorOfferForm(true, 0, List.of("Kafka"), null, null, false, null)))
                .hasMessageContaining("1 to 10");

        long id = requests.ask(mentee, ask(kafkaMentor, "Kafka"));
        assertThatThrownBy(() -> requests.accept(kafkaMentor, id, new MeetingPlan(Rhythm.WEEKLY,
                java.time.DayOfWeek.MONDAY, null, 30, today, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("time of day");
        assertThat(mentorships.mine(kafkaMentor).toAnswer()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RequestStatus.PENDING));
    }

    @Test
    void aPausedOrFullMentorCannotBeAskedAndNotTakingNewMenteesLeavesCurrentOnesAlone() {
        long id = requests.ask(mentee, ask(otherKafkaMentor, "Kafka"));
        long ship = requests.accept(otherKafkaMentor, id, plan(today));
        var another = world.mentee(team, "Carlos Mendes");

        assertThatThrownBy(() -> requests.ask(another, ask(otherKafkaMentor, "Kafka")))
                .hasMessageContaining("no places free");

        offers.pauseUntil(kafkaMentor, offers.myOffer(kafkaMentor).version(), today.plusDays(14));
        assertThatThrownBy(() -> requests.ask(another, ask(kafkaMentor, "Kafka")))
                .hasMessageContaining("paused mentoring until");

        var offer = offers.myOffer(otherKafkaMentor);
        offers.offer(otherKafkaMentor, offer.version(), new MentorOfferForm(false, 1, List.of("Kafka"), null, null,
                false, null));
        assertThat(offers.myOffer(otherKafkaMentor).status()).isEqualTo("Not taking new mentees");
        assertThat(mentorships.page(mentee, ship).state()).isEqualTo(MentorshipState.ACTIVE);
        assertThat(directory.mentors(another, DirectoryFilter.ALL)).extracting(MentorCard::personId)
                .doesNotContain(otherKafkaMentor.personId())
                .contains(kafkaMentor.personId());
    }

    @Test
    void declineAskForMoreAndAnswerTellTheOtherSide() {
        long id = requests.ask(mentee, ask(kafkaMentor, "Kafka"));
        requests.askForMore(kafkaMentor, id, "Which part of Kafka worries you most?");
        assertThat(mentorships.mine(mentee).myRequests()).singleElement()
                .satisfies(r -> assertThat(r.viewerMayAnswer()).isTrue())
                .satisfies(r -> assertThat(r.statusText()).isEqualTo("Asked you for more"));

        requests.answer(mentee, id, "Consumer group rebalancing.");
        requests.decline(kafkaMentor, id, MentoringRequests.STOCK_DECLINE);

        assertThat(titles(kafkaMentor)).contains("Tomás García answered your question");
        assertThat(notifications.recent(mentee, 0)).extracting(NotificationView::title)
                .contains("Jonas Weber cannot take you on for Kafka right now",
                        "Jonas Weber would like to know more about your request");
    }

    @Test
    void someoneElsesRequestOrMentorshipIsNotFound() {
        var stranger = world.mentee(world.team("Elsewhere"), "Stranger");
        long id = requests.ask(mentee, ask(kafkaMentor, "Kafka"));

        assertThatThrownBy(() -> requests.accept(stranger, id, plan(today))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requests.withdraw(stranger, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requests.accept(otherKafkaMentor, id, plan(today))).isInstanceOf(NotFoundException.class);

        long ship = requests.accept(kafkaMentor, id, plan(today));
        assertThatThrownBy(() -> mentorships.page(stranger, ship)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mentorships.end(stranger, ship, 0, false, null)).isInstanceOf(NotFoundException.class);
        assertThat(directory.mentors(stranger, DirectoryFilter.ALL)).extracting(MentorCard::name).contains("Jonas Weber");
    }

    @Test
    void endingEarlyIsNeutralForTheOtherAndTheReasonStaysPrivate() {
        long ship = requests.accept(kafkaMentor, requests.ask(mentee, ask(kafkaMentor, "Kafka")), plan(today));

        mentorships.end(mentee, ship, mentorships.page(mentee, ship).version(), false, "Moving to another project.");

        var mentorView = mentorships.page(kafkaMentor, ship);
        assertThat(mentorView.state()).isEqualTo(MentorshipState.ENDED_EARLY);
        assertThat(mentorView.endedMessage()).isEqualTo("Tomás García has ended the mentorship. Thanks for the time together.");
        assertThat(mentorView.ownEndReason()).isNull();
        assertThat(mentorView.viewerMayEnd()).isFalse();
        assertThat(mentorships.page(mentee, ship).ownEndReason()).isEqualTo("Moving to another project.");
        assertThat(titles(kafkaMentor)).contains("Tomás García has ended the mentorship. Thanks for the time together.");
        assertThat(offers.myOffer(kafkaMentor).status()).isEqualTo("2 of 2 places free");
        // The goal is free again: the mentee may find someone else for it.
        assertThat(requests.ask(mentee, ask(otherKafkaMentor, "Kafka"))).isPositive();
    }

    @Test
    void anUnansweredRequestRemindsAfterFiveDaysAndIsWithdrawnAfterTenAndTheSilentMentorLeavesTheSuggestions() {
        long id = requests.ask(mentee, ask(kafkaMentor, "Kafka"));
        assertThat(directory.suggestions(mentee, List.of("Kafka"))).extracting(MentorMatching.Suggestion::mentorId)
                .contains(kafkaMentor.personId());

        clock.advance(Duration.ofDays(4));
        deadlines.run();
        assertThat(titles(kafkaMentor)).doesNotContain("Tomás García is waiting for your answer about Kafka");

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        deadlines.run();
        deadlines.run();
        assertThat(titles(kafkaMentor)).containsOnlyOnce("Tomás García is waiting for your answer about Kafka");

        clock.advance(Duration.ofDays(5));
        deadlines.run();
        assertThat(mentorships.mine(mentee).closedRequests()).filteredOn(r -> r.id() == id).singleElement()
                .satisfies(r -> assertThat(r.statusText()).isEqualTo("Closed: no answer in time"));
        assertThat(titles(mentee)).contains("Your request to Jonas Weber about Kafka is closed");
        assertThat(directory.suggestions(mentee, List.of("Kafka"))).extracting(MentorMatching.Suggestion::mentorId)
                .doesNotContain(kafkaMentor.personId()).contains(otherKafkaMentor.personId());

        // Answering any request brings the mentor back.
        var another = world.mentee(team, "Carlos Mendes");
        requests.decline(kafkaMentor, requests.ask(another, ask(kafkaMentor, "Java")), null);
        assertThat(directory.suggestions(mentee, List.of("Kafka"))).extracting(MentorMatching.Suggestion::mentorId)
                .contains(kafkaMentor.personId());
    }

    private List<String> titles(Actor actor) {
        return notifications.recent(actor, 0).stream().map(NotificationView::title).toList();
    }
}
