package org.peerplanner.web.roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.ActionItemQueries;
import org.peerplanner.domain.action.ActionItemView;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.roundtable.RoundtableRules;
import org.peerplanner.domain.roundtable.Roundtables;
import org.peerplanner.domain.session.SessionCard;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.peerplanner.web.action.FollowUpSection;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.session.SessionView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The roundtable part of a session page, on the demo's Payments Platform roundtables and fresh ones. */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class RoundtableScreensIT extends SpringBrowserlessTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    TestClock clock;
    @Autowired
    SessionService sessions;
    @Autowired
    Roundtables roundtables;
    @Autowired
    ActionItemQueries queries;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    ApplicationContext context;

    long payments;
    Actor maria;

    @BeforeEach
    void paymentsPlatform() {
        payments = fixtures.teamId("Payments Platform");
        maria = new Actor(fixtures.personId("maria@example.com"), false);
        context.getBean(SelectedTeam.class).select(payments);
    }

    private long demoRoundtable(boolean upcoming) {
        var list = upcoming ? sessions.upcoming(maria, payments) : sessions.past(maria, payments, 30);
        return list.stream().filter(s -> s.format() == SessionFormat.ROUNDTABLE).map(SessionCard::id).findFirst()
                .orElseThrow();
    }

    /** A roundtable Aisha leads that started an hour ago, with Jonas presenting. */
    private long startedRoundtable() {
        var start = ZonedDateTime.now(clock.withZone(BERLIN)).minusHours(1).withSecond(0).withNano(0);
        long id = sessions.schedule(maria, payments, SessionEdit.of(SessionFormat.ROUNDTABLE,
                "Peer roundtable: wrap me up " + System.nanoTime(), start, fixtures.personId("aisha@example.com"))).id();
        roundtables.bring(new Actor(fixtures.personId("jonas@example.com"), false), id, "Reviews take a week");
        return id;
    }

    @Test
    @WithUserDetails("jonas@example.com")
    void anAttendeeSeesThePromptsThePresentersAndHowLastTimesCommitmentsWent() {
        navigate("sessions/" + demoRoundtable(true), SessionView.class);

        var section = $view(RoundtableSection.class).single();
        assertThat(section.prompts.getChildren().filter(ListItem.class::isInstance).map(c -> ((ListItem) c).getText()))
                .containsExactlyElementsOf(RoundtableRules.PROMPTS);
        assertThat(section.getElement().getTextRecursively())
                .contains("Zoë Ångström: Contract tests between checkout and ledger fail at random")
                .as("Tomás has not agreed yet: his problem is his until then")
                .doesNotContain("Getting reviews on my first big pull request");
        var followUps = $view(FollowUpSection.class).single().getElement().getTextRecursively();
        assertThat(followUps).contains("How did it go? Commitments from the last roundtable")
                .contains("Try a five-line handover template for two weeks");
    }

    @Test
    @WithUserDetails("zoe@example.com")
    void someoneWhoDidNotAttendSeesOnlyThatItIsConfidential() {
        var view = navigate("sessions/" + demoRoundtable(false), SessionView.class);

        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("This roundtable is confidential")
                .doesNotContain("Peer roundtable: November")
                .doesNotContain("a short written template")
                .doesNotContain("On-call handovers keep losing context at night")
                .doesNotContain("five-line handover template");
        assertThat($view(RoundtableSection.class).single().prompts.isAttached()).isFalse();
        assertThat($view(FollowUpSection.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("tomas@example.com")
    void thePersonAskedAgreesToPresentAndThenSeesTheRoom() {
        var start = ZonedDateTime.of(2030, 1, 17, 16, 0, 0, 0, BERLIN);
        var aisha = new Actor(fixtures.personId("aisha@example.com"), false);
        long id = sessions.schedule(maria, payments, SessionEdit.of(SessionFormat.ROUNDTABLE,
                "Peer roundtable: ask Tomás " + System.nanoTime(), start, aisha.personId())).id();
        roundtables.propose(aisha, id, fixtures.personId("tomas@example.com"), "Getting my first big PR reviewed", null);

        navigate("sessions/" + id, SessionView.class);
        var section = $view(RoundtableSection.class).single();
        assertThat(section.prompts.isAttached()).as("not in the room yet").isFalse();
        var asked = section.slots.getFirst();
        assertThat(asked.agree.isVisible()).isTrue();
        assertThat(asked.withdraw.getText()).isEqualTo("Say no");

        test(asked.agree).click();

        var now = $view(RoundtableSection.class).single();
        assertThat(now.prompts.isAttached()).isTrue();
        assertThat(now.slots).singleElement().satisfies(slot -> {
            assertThat(slot.slot.agreed()).isTrue();
            assertThat(slot.agree.isVisible()).isFalse();
        });
        assertThat(roundtables.page(aisha, id).agreedPresenters()).extracting(p -> p.problem())
                .containsExactly("Getting my first big PR reviewed");
    }

    @Test
    @WithUserDetails("aisha@example.com")
    void theWrapUpAsksEachPresenterForACommitmentAndKeepsWhatWasTyped() {
        long id = startedRoundtable();
        navigate("sessions/" + id, SessionView.class);
        var section = $view(RoundtableSection.class).single();
        assertThat(section.wrapUp.isVisible()).isTrue();
        assertThat($view(FollowUpSection.class).single().getElement().getTextRecursively())
                .contains("Commitments made at this roundtable");

        test(section.wrapUp).click();
        var dialog = $(RoundtableWrapUpDialog.class).single();
        test(dialog.takeaways).setValue("Reviews wait on one person.");
        test(dialog.save).click();

        var commitment = dialog.commitments.values().iterator().next();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(commitment.isInvalid()).isTrue();
        assertThat(dialog.takeaways.getValue()).isEqualTo("Reviews wait on one person.");
        assertThat(sessions.details(maria, id).status()).isNotEqualTo(SessionStatus.HELD);

        test(commitment).setValue("Ask two reviewers per pull request for a month");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(queries.raisedAt(new Actor(fixtures.personId("aisha@example.com"), false), id))
                .extracting(ActionItemView::description, ActionItemView::ownerId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ask two reviewers per pull request for a month",
                        fixtures.personId("jonas@example.com")));
        assertThat(sessions.details(new Actor(fixtures.personId("jonas@example.com"), false), id).status())
                .isEqualTo(SessionStatus.HELD);
    }
}
