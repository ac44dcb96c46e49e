package org.peerplanner.domain.thanks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamRole;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.knowledge.ArticleDraft;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.notification.NotificationService;
import org.peerplanner.domain.people.PersonLookup;
import org.peerplanner.domain.team.MembershipTerms;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The rules of thanks on the real database: who may thank whom, the caps by week, the subjects, the wall. */
@SpringBootTest
@UsePlannerTestDatabase
class ThanksIT {

    /** Wednesday 10 June 2026, 11:00 in Berlin, where the fixtures' people live. */
    static final Instant WEDNESDAY = Instant.parse("2026-06-10T09:00:00Z");

    @Autowired
    Thanks thanks;
    @Autowired
    NotificationService notifications;
    @Autowired
    ArticleService articles;
    @Autowired
    TeamService teams;
    @Autowired
    PersonLookup people;
    @Autowired
    DomainFixtures fixtures;
    @Autowired
    TestClock clock;

    long team;
    Actor manager;
    Actor giver;
    Actor receiver;

    @BeforeEach
    void team() {
        clock.set(WEDNESDAY);
        team = fixtures.team("Thanks");
        manager = fixtures.manager(team);
        giver = fixtures.member(team);
        receiver = fixtures.member(team);
    }

    @Test
    void aThankYouReachesTheReceiversProfileAndTheirNotifications() {
        thanks.give(giver, SayThanks.forHelp(team, receiver.personId(), "the flaky test", "  You found the race in ten minutes.  "));

        assertThat(thanks.received(receiver)).singleElement().satisfies(card -> {
            assertThat(card.giverName()).isEqualTo("Member");
            assertThat(card.forText()).isEqualTo("for their help with the flaky test");
            assertThat(card.reason()).isEqualTo("You found the race in ten minutes.");
            assertThat(card.givenAt()).isEqualTo(WEDNESDAY);
        });
        assertThat(notifications.recent(receiver, 0)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("thanks.received");
            assertThat(n.title()).isEqualTo("Member thanked you for their help with the flaky test");
            assertThat(n.detail()).isEqualTo("You found the race in ten minutes.");
        });
        assertThat(thanks.received(giver)).isEmpty();
    }

    @Test
    void nobodyThanksThemselves() {
        assertThatThrownBy(() -> thanks.give(giver, SayThanks.forHelp(team, giver.personId(), "me", "Well done, me.")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot thank yourself");
        assertThat(thanks.received(giver)).isEmpty();
    }

    @Test
    void someoneWhoSharesNoTeamCannotBeThankedAndNothingIsWritten() {
        var stranger = fixtures.member(fixtures.team("Elsewhere"));

        assertThatThrownBy(() -> thanks.give(giver, SayThanks.forHelp(null, stranger.personId(), "help", "Thanks!")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("share a team with you");
        assertThatThrownBy(() -> thanks.give(giver, SayThanks.forHelp(team, stranger.personId(), "help", "Thanks!")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("share a team with you");
        assertThat(thanks.received(stranger)).isEmpty();
        assertThat(notifications.recent(stranger, 0)).isEmpty();
        assertThat(thanks.mayThank(giver, stranger.personId())).isFalse();
        assertThat(thanks.mayThank(giver, receiver.personId())).isTrue();
    }

    @Test
    void anotherTeamCannotBeNamedAsTheTeamItIsGivenIn() {
        long other = fixtures.team("Other");

        assertThatThrownBy(() -> thanks.give(giver, SayThanks.forHelp(other, receiver.personId(), "help", "Thanks!")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> thanks.teammates(giver, other)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aReasonIsRequiredAndShort() {
        assertThatThrownBy(() -> thanks.give(giver, SayThanks.forHelp(team, receiver.personId(), "help", "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors()).containsKey("reason"));
        assertThatThrownBy(() -> thanks.give(giver, SayThanks.forHelp(team, receiver.personId(), "help", "x".repeat(281))))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors()).containsEntry("reason", "A reason has at most 280 characters."));
        assertThatThrownBy(() -> thanks.give(giver, SayThanks.forHelp(team, receiver.personId(), " ", "Thanks!")))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors()).containsKey("about"));
        thanks.give(giver, SayThanks.forHelp(team, receiver.personId(), "help", "x".repeat(280)));
        assertThat(thanks.received(receiver)).hasSize(1);
    }

    @Test
    void fiveAWeekThenANewWeekStartsOnMondayInTheGiversZone() {
        List<Actor> five = List.of(fixtures.member(team), fixtures.member(team), fixtures.member(team),
                fixtures.member(team), fixtures.member(team));
        five.forEach(r -> thanks.give(giver, SayThanks.forHelp(team, r.personId(), "help", "Thank you!")));

        // Sunday 14 June, 23:59 in Berlin: still the same week.
        clock.set(Instant.parse("2026-06-14T21:59:00Z"));
        assertThatThrownBy(() -> thanks.give(giver, SayThanks.forHelp(team, receiver.personId(), "help", "Thanks!")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .contains("5 thank-yous this week", "Your text is kept"));
        assertThat(thanks.received(receiver)).isEmpty();

        // Monday 15 June, 00:00 in Berlin: a new week.
        clock.set(Instant.parse("2026-06-14T22:00:00Z"));
        thanks.give(giver, SayThanks.forHelp(team, receiver.personId(), "help", "Thanks!"));
        assertThat(thanks.received(receiver)).hasSize(1);
    }

    @Test
    void twoAWeekToTheSamePersonButOthersMayStillBeThanked() {
        thanks.give(giver, SayThanks.forHelp(team, receiver.personId(), "the review", "Thanks!"));
        thanks.give(giver, SayThanks.forHelp(team, receiver.personId(), "the pairing", "Thanks again!"));

        assertThatThrownBy(() -> thanks.give(giver, SayThanks.forHelp(team, receiver.personId(), "more", "And again!")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .contains("twice this week"));
        thanks.give(giver, SayThanks.forHelp(team, manager.personId(), "the planning", "Thanks!"));
        assertThat(thanks.received(receiver)).hasSize(2);

        clock.set(Instant.parse("2026-06-15T06:00:00Z"));
        thanks.give(giver, SayThanks.forHelp(team, receiver.personId(), "more", "And again!"));
        assertThat(thanks.received(receiver)).hasSize(3);
    }

    @Test
    void anArticleIsNamedAndLinkedAndAnotherTeamsArticleIsNotFound() {
        long article = articles.create(receiver, team, draft("Reading query plans")).id();
        long otherTeam = fixtures.team("Other");
        var outsider = fixtures.member(otherTeam);
        long hidden = articles.create(outsider, otherTeam, draft("Secret runbook")).id();

        thanks.give(giver, SayThanks.forSubject(team, receiver.personId(), ThanksFor.ARTICLE, article, "So clear!"));
        assertThat(thanks.received(receiver)).singleElement().satisfies(card -> {
            assertThat(card.forText()).isEqualTo("for the article Reading query plans");
            assertThat(card.link()).isEqualTo("knowledge/" + article);
        });

        assertThatThrownBy(() -> thanks.give(giver, SayThanks.forSubject(team, receiver.personId(), ThanksFor.ARTICLE,
                hidden, "Thanks!"))).isInstanceOf(NotFoundException.class).hasMessage("The article was not found.");
        assertThatThrownBy(() -> thanks.give(giver, SayThanks.forSubject(team, receiver.personId(), ThanksFor.SESSION,
                -1L, "Thanks!"))).isInstanceOf(NotFoundException.class).hasMessage("The session was not found.");
        assertThat(thanks.received(receiver)).hasSize(1);
    }

    @Test
    void aTeamSharedWithTheReceiverIsFoundWhenNoneIsNamed() {
        long second = fixtures.team("Second");
        var colleague = fixtures.member(second);
        String email = people.person(giver.personId()).orElseThrow().getEmail();
        teams.addExistingPerson(DomainFixtures.SYSTEM_ADMIN, second, email,
                new MembershipTerms(TeamRole.MEMBER, false, LocalDate.of(2026, 1, 5)));

        thanks.give(giver, SayThanks.forHelp(null, colleague.personId(), "onboarding", "Thanks for the tour!"));

        var secondManager = fixtures.manager(second);
        thanks.showWall(secondManager, second, -1, true);
        assertThat(thanks.wall(secondManager, second).thanks()).singleElement()
                .satisfies(card -> assertThat(card.receiverName()).isEqualTo("Member"));
    }

    @Test
    void theWallIsOffUntilAManagerSwitchesItOn() {
        thanks.give(giver, SayThanks.forHelp(team, receiver.personId(), "help", "Thanks!"));

        var off = thanks.wall(receiver, team);
        assertThat(off.shown()).isFalse();
        assertThat(off.thanks()).isEmpty();
        assertThat(off.viewerMayChange()).isFalse();
        assertThatThrownBy(() -> thanks.showWall(receiver, team, off.version(), true))
                .isInstanceOf(NotPermittedException.class);

        var on = thanks.showWall(manager, team, thanks.wall(manager, team).version(), true);
        assertThat(on.shown()).isTrue();
        assertThat(thanks.wall(receiver, team).thanks()).singleElement()
                .satisfies(card -> assertThat(card.receiverName()).isEqualTo("Member"));

        var outsider = fixtures.member(fixtures.team("Outside"));
        assertThatThrownBy(() -> thanks.wall(outsider, team)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> thanks.showWall(outsider, team, on.version(), false))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void historyIsNeverInTheFutureAndTellsNobody() {
        assertThatThrownBy(() -> thanks.giveEarlier(giver, SayThanks.forHelp(team, receiver.personId(), "h", "Thanks!"),
                WEDNESDAY.plusSeconds(60))).isInstanceOf(InvalidInputException.class);

        thanks.giveEarlier(giver, SayThanks.forHelp(team, receiver.personId(), "h", "Thanks!"),
                WEDNESDAY.minusSeconds(86_400 * 30));
        assertThat(thanks.received(receiver)).hasSize(1);
        assertThat(notifications.recent(receiver, 0)).isEmpty();
    }

    static ArticleDraft draft(String title) {
        return new ArticleDraft(title, "What we learned.", List.of(), LocalDate.ofInstant(WEDNESDAY, ZoneOffset.UTC)
                .plusMonths(6), Set.of(), Set.of(), List.of());
    }
}
