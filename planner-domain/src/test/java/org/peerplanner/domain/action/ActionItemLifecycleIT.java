package org.peerplanner.domain.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.Urgency;
import org.peerplanner.domain.session.Material;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The "how did it go?" loop over a team's weekly sessions, with a clock the test moves: items raised at one
 * session come back at the next ones until they are done or dropped.
 */
@SpringBootTest
@UsePlannerTestDatabase
class ActionItemLifecycleIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    TestClock clock;

    @Autowired
    SessionService sessions;
    @Autowired
    ActionItemService actions;
    @Autowired
    ActionItemQueries queries;
    @Autowired
    SessionWrapUpService wrapUps;
    @Autowired
    GapService gaps;
    @Autowired
    DomainFixtures fixtures;
    @Autowired
    TeamService teams;

    long team;
    Actor manager;
    Actor lead;
    Actor owner;
    Actor other;
    long first;
    long second;
    long third;
    long fourth;

    /** Four Tuesday sessions a week apart, the first on 3 March 2026; the clock stands on Monday 2 March. */
    @BeforeEach
    void fourWeeklySessions() {
        clock.set(Instant.parse("2026-03-02T08:00:00Z"));
        team = fixtures.team("Follow-ups");
        manager = fixtures.manager(team);
        lead = fixtures.member(team);
        owner = fixtures.member(team);
        other = fixtures.member(team);
        first = session("Lunch & learn: one", 3);
        second = session("Lunch & learn: two", 10);
        third = session("Lunch & learn: three", 17);
        fourth = session("Lunch & learn: four", 24);
    }

    private long session(String title, int dayOfMarch) {
        var start = ZonedDateTime.of(2026, 3, dayOfMarch, 12, 0, 0, 0, BERLIN);
        return sessions.schedule(manager, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, title, start,
                lead.personId())).id();
    }

    private void at(int dayOfMarch, int hour) {
        clock.set(ZonedDateTime.of(2026, 3, dayOfMarch, hour, 0, 0, 0, BERLIN).toInstant());
    }

    private long raise(long sessionId, String text, Actor itemOwner) {
        return actions.raiseAtSession(lead, sessionId, new ActionItemDraft(text, itemOwner.personId(), null));
    }

    private ActionItemView item(long id) {
        return queries.teamReview(manager, team, ReviewOrder.BY_SESSION).stream().filter(i -> i.id() == id)
                .findFirst().orElseThrow();
    }

    private List<Long> agendaIds(long sessionId) {
        return queries.agenda(manager, sessionId).stream().map(a -> a.item().id()).toList();
    }

    @Test
    void anItemComesBackAtTheNextSessionsUntilItIsDone() {
        at(3, 13);
        long runbook = raise(first, "Write the runbook for consumer lag", owner);
        long slides = raise(first, "Share the slides", other);

        assertThat(item(runbook).dueOn()).as("due by the next session").isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(agendaIds(first)).as("not on its own session's list").isEmpty();
        assertThat(agendaIds(second)).containsExactlyInAnyOrder(runbook, slides);

        at(10, 12);
        actions.recordOutcome(lead, runbook, second, Outcome.PROGRESSING, "Half written");
        actions.recordOutcome(lead, slides, second, Outcome.DONE, null);
        assertThat(queries.agenda(manager, second)).extracting(AgendaItem::outcomeHere)
                .containsExactlyInAnyOrder(Outcome.PROGRESSING, Outcome.DONE);
        assertThat(item(slides).status()).isEqualTo(ActionItemStatus.DONE);

        at(17, 12);
        assertThat(agendaIds(third)).as("only the open one carries on").containsExactly(runbook);
        actions.recordOutcome(lead, runbook, third, Outcome.BLOCKED, "Waiting for access to the dashboards");

        at(24, 9);
        var carried = item(runbook);
        assertThat(carried.open()).isTrue();
        assertThat(carried.sessionsOnAgenda()).as("carried over twice").isEqualTo(2);
        assertThat(carried.lastOutcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(carried.lastNote()).isEqualTo("Waiting for access to the dashboards");
        assertThat(carried.overdue()).isTrue();
        assertThat(item(slides).sessionsOnAgenda()).isEqualTo(1);
        assertThat(queries.openCarriedInto(fourth)).extracting(CarriedItem::itemId).containsExactly(runbook);
        assertThat(queries.openCarriedInto(fourth).getFirst().line()).contains("Write the runbook for consumer lag (")
                .contains(", due 10 Mar)");

        at(24, 12);
        actions.recordOutcome(lead, runbook, fourth, Outcome.DONE, "Published in the wiki");
        at(24, 13);
        assertThat(item(runbook).sessionsOnAgenda()).as("third time on an agenda, done there").isEqualTo(3);
        assertThat(item(runbook).overdue()).isFalse();
        assertThat(queries.openCarriedInto(fourth)).isEmpty();
        assertThat(agendaIds(fourth)).as("still listed where it was closed").containsExactly(runbook);
    }

    @Test
    void droppingNeedsANoteAndAReopenedItemIsOpenAgain() {
        at(3, 13);
        long item = raise(first, "Try the new profiler", owner);

        assertThatThrownBy(() -> actions.drop(owner, item, " ")).isInstanceOf(InvalidInputException.class);
        assertThat(item(item).open()).isTrue();
        actions.drop(owner, item, "The profiler is not licensed for us");
        assertThat(item(item).status()).isEqualTo(ActionItemStatus.DROPPED);
        assertThat(item(item).closeNote()).isEqualTo("The profiler is not licensed for us");
        assertThat(agendaIds(second)).isEmpty();
        assertThatThrownBy(() -> actions.complete(owner, item, null)).isInstanceOf(InvalidInputException.class);

        actions.reopen(manager, item);
        assertThat(item(item).open()).isTrue();
        assertThat(item(item).lastOutcome()).isEqualTo(Outcome.REOPENED);
        assertThat(agendaIds(second)).containsExactly(item);
    }

    @Test
    void onlyTheOwnerManagersAndFacilitatorsChangeAnItemAndOutsidersSeeNothing() {
        at(3, 13);
        long item = raise(first, "Fix the flaky test", owner);
        long otherTeam = fixtures.team("Elsewhere");
        Actor outsider = fixtures.member(otherTeam);

        assertThatThrownBy(() -> actions.complete(other, item, null)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> actions.complete(outsider, item, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queries.teamReview(outsider, team, ReviewOrder.BY_OWNER))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actions.raiseAtSession(other, first, new ActionItemDraft("x", other.personId(), null)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> actions.raiseAtSession(lead, first, new ActionItemDraft("x", outsider.personId(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("ownerId"));
        assertThat(queries.teamReview(other, team, ReviewOrder.BY_OWNER)).singleElement()
                .satisfies(i -> assertThat(i.viewerMayUpdate()).isFalse());
        assertThat(queries.mine(owner)).singleElement().satisfies(i -> assertThat(i.viewerMayUpdate()).isTrue());
        assertThat(queries.mine(other)).isEmpty();

        var edited = item(item);
        actions.revise(owner, item, edited.version(), new ActionItemDraft("Fix the flaky payment test", owner.personId(),
                LocalDate.of(2026, 3, 20)));
        assertThat(item(item).description()).isEqualTo("Fix the flaky payment test");
        assertThatThrownBy(() -> actions.revise(owner, item, edited.version(), new ActionItemDraft("stale",
                owner.personId(), null))).isInstanceOf(org.peerplanner.domain.common.ConflictException.class);
        actions.complete(owner, item, "Merged");
        assertThat(item(item).status()).isEqualTo(ActionItemStatus.DONE);
    }

    @Test
    void theWrapUpHoldsTheSessionAndSavesEverythingOrNothing() {
        at(3, 13);
        var session = sessions.details(manager, first);
        var bad = new SessionWrapUp("Rebalancing needs care", List.of(
                new ActionItemDraft("Share the recording", owner.personId(), null),
                new ActionItemDraft(" ", owner.personId(), null)),
                List.of(new Material("Slides", "not a link")));

        assertThatThrownBy(() -> wrapUps.wrapUp(lead, first, session.version(), bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("items.1.description", "materials.0.url"));
        assertThat(sessions.details(manager, first).status()).isEqualTo(SessionStatus.PLANNED);
        assertThat(queries.raisedAt(manager, first)).isEmpty();

        var good = new SessionWrapUp("Rebalancing needs care", List.of(
                new ActionItemDraft("Share the recording", owner.personId(), null),
                new ActionItemDraft("Try cooperative rebalancing", other.personId(), LocalDate.of(2026, 3, 31))),
                List.of(new Material("Slides", "https://wiki.example.com/kafka")));
        var held = wrapUps.wrapUp(lead, first, session.version(), good);

        assertThat(held.status()).isEqualTo(SessionStatus.HELD);
        assertThat(held.takeaways()).isEqualTo("Rebalancing needs care");
        assertThat(held.materials()).extracting(Material::url).containsExactly("https://wiki.example.com/kafka");
        assertThat(queries.raisedAt(manager, first)).extracting(ActionItemView::description, ActionItemView::dueOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Share the recording", LocalDate.of(2026, 3, 10)),
                        org.assertj.core.groups.Tuple.tuple("Try cooperative rebalancing", LocalDate.of(2026, 3, 31)));

        var again = sessions.details(manager, first);
        wrapUps.wrapUp(lead, first, again.version(), new SessionWrapUp("Rebalancing needs care; see the recording",
                List.of(), again.materials()));
        assertThat(sessions.details(manager, first).takeaways()).endsWith("see the recording");
    }

    @Test
    void theDefaultDueDateIsTheNextSessionOrTwoWeeksWhenNoneIsPlanned() {
        at(3, 13);
        assertThat(actions.defaultDueDate(lead, first)).isEqualTo(LocalDate.of(2026, 3, 10));
        at(20, 9);
        assertThat(actions.defaultDueDate(lead, first)).as("a late wrap-up: the next session to come")
                .isEqualTo(LocalDate.of(2026, 3, 24));
        at(25, 9);
        assertThat(actions.defaultDueDate(lead, fourth)).isEqualTo(LocalDate.of(2026, 4, 8));
    }

    @Test
    void aManagerRaisesAnItemForAGapAndItComesUpAtTheNextSession() {
        at(4, 9);
        long gap = gaps.log(manager, team, GapDraft.of("Kafka consumer groups", GapSource.RETROSPECTIVE, Urgency.HIGH)).id();
        long item = actions.raiseForGap(manager, gap, new ActionItemDraft("Find a speaker", owner.personId(), null));

        assertThat(item(item).source()).isEqualTo("Gap: Kafka consumer groups");
        assertThat(item(item).dueOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(agendaIds(second)).containsExactly(item);
        assertThatThrownBy(() -> actions.raiseForGap(owner, gap, new ActionItemDraft("x", owner.personId(), null)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void myItemsAndTheCalendarFeedQueryLeaveOutTeamsThePersonLeft() {
        at(3, 13);
        long item = raise(first, "Write the ADR", owner);
        assertThat(queries.openDueFor(owner.personId(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
                .extracting(CarriedItem::itemId).containsExactly(item);
        assertThat(queries.openDueFor(owner.personId(), LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 31))).isEmpty();

        long membership = teams.members(manager, team, "", PageRequest.of(0, 50)).stream()
                .filter(m -> m.personId() == owner.personId()).findFirst().orElseThrow().membershipId();
        teams.removeMember(manager, membership);

        assertThat(queries.mine(owner)).isEmpty();
        assertThat(queries.openDueFor(owner.personId(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))).isEmpty();
        assertThat(queries.teamReview(manager, team, ReviewOrder.BY_OWNER)).extracting(ActionItemView::id)
                .as("the team still sees it, to hand it to someone else").containsExactly(item);
    }
}
