package org.peerplanner.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.action.ActionItemDraft;
import org.peerplanner.domain.action.ActionItemService;
import org.peerplanner.domain.mentoring.MentorOfferForm;
import org.peerplanner.domain.mentoring.MentorOffers;
import org.peerplanner.domain.mentoring.MentoringAsk;
import org.peerplanner.domain.mentoring.MentoringRequests;
import org.peerplanner.domain.mentoring.Rhythm;
import org.peerplanner.domain.session.Rsvp;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SwapService;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Home, personal first: what waits for my answer is answered right there, and the answered item leaves. */
@SpringBootTest
@UsePlannerTestDatabase
@ActiveProfiles("demo")
class HomeScreensIT extends SpringBrowserlessTest {

    @Autowired
    TeamService teams;
    @Autowired
    SessionService sessions;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    SwapService swaps;
    @Autowired
    ActionItemService actions;
    @Autowired
    UserDetailsService users;
    @Autowired
    MentorOffers offers;
    @Autowired
    MentoringRequests requests;

    HomeWorld.Team team;

    @Autowired
    java.time.Clock clock;

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        HomeWorld.signOut();
    }

    @BeforeEach
    void myTeam() {
        team = HomeWorld.team(teams);
        HomeWorld.signIn(users, team.myEmail());
    }

    @Test
    void aSessionIAmProposedToLeadWaitsForMeAndAcceptingItFromHomeConfirmsIt() {
        long id = HomeWorld.lunch(sessions, team, "Lunch & learn: Git bisect", HomeWorld.soon(clock), team.me());

        navigate(HomeView.class);

        assertThat(text("waiting-for-me")).contains("Will you lead these?", "Lunch & learn: Git bisect",
                HomeWorld.soon(clock).format(HomeCard.WHEN));
        assertThat(text("my-next-sessions")).contains("Lunch & learn: Git bisect", "You lead: not accepted yet");

        test(button("Accept: Lunch & learn: Git bisect")).click();

        assertThat(sessions.details(team.me(), id).status()).isEqualTo(SessionStatus.CONFIRMED);
        assertThat(text("waiting-for-me")).contains("Nothing waits for you").doesNotContain("Git bisect");
        assertThat(text("my-next-sessions")).contains("You lead").doesNotContain("not accepted yet");
    }

    @Test
    void decliningFromHomeHandsTheSessionOnAndItLeavesMyLists() {
        long id = HomeWorld.lunch(sessions, team, "Lunch & learn: Flaky tests", HomeWorld.soon(clock), team.me());
        navigate(HomeView.class);

        test(button("Decline: Lunch & learn: Flaky tests")).click();

        var now = sessions.details(team.manager(), id);
        assertThat(now.facilitator() == null ? null : now.facilitator().id()).isNotEqualTo(team.me().personId());
        assertThat(text("waiting-for-me")).doesNotContain("Flaky tests");
    }

    @Test
    void aSwapATeammateAskedCanBeTakenFromHome() {
        long id = HomeWorld.lunch(sessions, team, "Deep dive: Kafka", HomeWorld.soon(clock), team.teammate());
        facilitation.accept(team.teammate(), id);
        swaps.requestSwap(team.teammate(), id, "I am on call that week.");
        navigate(HomeView.class);

        assertThat(text("waiting-for-me")).contains("Swaps you could take", "Tom Teammate asks: “I am on call that week.”");

        test(button("Take it: Deep dive: Kafka")).click();

        assertThat(sessions.details(team.me(), id).facilitator().id()).isEqualTo(team.me().personId());
        assertThat(text("waiting-for-me")).doesNotContain("Kafka");
        assertThat(text("my-next-sessions")).contains("Deep dive: Kafka", "You lead");
    }

    @Test
    void anRsvpIOweIsAnsweredFromHomeAndMyAnswerShowsInMyNextSessions() {
        long id = HomeWorld.lunch(sessions, team, "Lunch & learn: SQL plans", HomeWorld.soon(clock), team.teammate());
        facilitation.accept(team.teammate(), id);
        navigate(HomeView.class);

        assertThat(text("waiting-for-me")).contains("Will you come?", "Lunch & learn: SQL plans");
        assertThat(text("my-next-sessions")).contains("You have not answered");

        test(button("Yes: Lunch & learn: SQL plans")).click();

        assertThat(sessions.details(team.me(), id).attendees()).anySatisfy(a -> {
            assertThat(a.personId()).isEqualTo(team.me().personId());
            assertThat(a.rsvp()).isEqualTo(Rsvp.YES);
        });
        assertThat(text("waiting-for-me")).doesNotContain("SQL plans");
        assertThat(text("my-next-sessions")).contains("Your answer: Yes");
    }

    @Test
    void myOverdueActionItemsShowWithTheWayToMyActionItemsAndTheTeamFiguresFollow() {
        long id = HomeWorld.lunch(sessions, team, "Lunch & learn: Runbooks", HomeWorld.soon(clock).minusWeeks(2), team.teammate());
        actions.raiseAtSession(team.manager(), id, new ActionItemDraft("Write the on-call runbook",
                team.me().personId(), HomeWorld.today(clock).minusDays(3)));
        actions.raiseAtSession(team.manager(), id, new ActionItemDraft("Review the alert thresholds",
                team.me().personId(), HomeWorld.today(clock).plusDays(7)));

        navigate(HomeView.class);

        assertThat(text("my-overdue-items")).contains("Write the on-call runbook",
                        "Due " + HomeWorld.today(clock).minusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM",
                                java.util.Locale.ENGLISH)), "My action items")
                .doesNotContain("alert thresholds");
        assertThat($view(com.vaadin.flow.component.html.H3.class).all()).extracting(h -> h.getText())
                .containsSubsequence("Waiting for my answer", "My next sessions", "My overdue action items",
                        teams.visibleTeams(team.me()).getFirst().name(), "Mentors you can ask", "Out of office today");
    }

    @Test
    void aMentoringRequestForMeWaitsOnHomeWithTheWayToAnswerItAndNothingShowsWhenNoneWaits() {
        navigate(HomeView.class);
        assertThat($view(Div.class).all()).extracting(Div::getId).doesNotContain(java.util.Optional.of("mentoring-waiting"));

        long offer = offers.myOffer(team.me()).version();
        offers.offer(team.me(), offer, new MentorOfferForm(true, 2, java.util.List.of(), "Pairing on real work.",
                Rhythm.BIWEEKLY, false, null));
        requests.ask(team.teammate(), new MentoringAsk(team.me().personId(), "Kafka consumer groups",
                "Could we look at our rebalancing together?", Rhythm.BIWEEKLY));

        navigate(org.peerplanner.web.mentoring.MyMentoringView.class); // Home again is a new Home, read afresh
        navigate(HomeView.class);

        assertThat(text("mentoring-waiting")).contains("Tom Teammate asks you to mentor them: Kafka consumer groups",
                "Answer on My mentoring");
    }

    private String text(String id) {
        return $view(Div.class).id(id).getElement().getTextRecursively();
    }

    private Button button(String ariaLabelStart) {
        return $view(Button.class).all().stream()
                .filter(b -> b.getAriaLabel().filter(l -> l.startsWith(ariaLabelStart)).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("No button " + ariaLabelStart));
    }
}
