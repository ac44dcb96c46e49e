package org.peerplanner.domain.roundtable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.ActionItemDraft;
import org.peerplanner.domain.action.ActionItemQueries;
import org.peerplanner.domain.action.ActionItemService;
import org.peerplanner.domain.action.ActionItemView;
import org.peerplanner.domain.action.CarriedItem;
import org.peerplanner.domain.action.ReviewOrder;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.knowledge.ArticleDraft;
import org.peerplanner.domain.knowledge.ArticleSearch;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.notification.NotificationService;
import org.peerplanner.domain.notification.NotificationView;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.domain.session.SessionCalendarQuery;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.session.SessionHoldingService;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Peer roundtables over a team's March, on a clock the test moves: presenters (one to three, a proposed one counts
 * once agreed), commitments that become action items and come back at the next roundtable only, and notes that stay
 * with the attendees whatever path tries to carry them further.
 */
@SpringBootTest
@UsePlannerTestDatabase
class RoundtablesIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String TOPIC = "Roundtable: Quokka on-call handovers";

    @Autowired
    TestClock clock;
    @Autowired
    Roundtables roundtables;
    @Autowired
    SessionService sessions;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    SessionHoldingService holding;
    @Autowired
    ActionItemService actions;
    @Autowired
    ActionItemQueries queries;
    @Autowired
    ArticleService articles;
    @Autowired
    ArticleSearch search;
    @Autowired
    SessionCalendarQuery invites;
    @Autowired
    NotificationService notifications;
    @Autowired
    DomainFixtures fixtures;

    long team;
    Actor manager;
    Actor lead;
    Actor ana;
    Actor ben;
    Actor cai;
    Actor dee;
    Actor outsider;
    long first;
    long lunch;
    long second;

    /** A roundtable on Thursday 5 March, a lunch & learn on the 10th and the next roundtable on the 19th. */
    @BeforeEach
    void aTeamsMarch() {
        clock.set(Instant.parse("2026-03-02T08:00:00Z"));
        team = fixtures.team("Roundtables");
        manager = fixtures.manager(team);
        lead = fixtures.member(team);
        ana = fixtures.member(team);
        ben = fixtures.member(team);
        cai = fixtures.member(team);
        dee = fixtures.member(team);
        outsider = fixtures.member(team);
        first = schedule(SessionFormat.ROUNDTABLE, TOPIC, 5, 16);
        lunch = schedule(SessionFormat.LUNCH_AND_LEARN, "Lunch & learn: SQL plans", 10, 12);
        second = schedule(SessionFormat.ROUNDTABLE, "Peer roundtable: the next one", 19, 16);
    }

    private long schedule(SessionFormat format, String title, int dayOfMarch, int hour) {
        var start = ZonedDateTime.of(2026, 3, dayOfMarch, hour, 0, 0, 0, BERLIN);
        return sessions.schedule(manager, team, SessionEdit.of(format, title, start, lead.personId())
                .withAgenda("Quokka agenda")).id();
    }

    private void at(int dayOfMarch, int hour) {
        clock.set(ZonedDateTime.of(2026, 3, dayOfMarch, hour, 0, 0, 0, BERLIN).toInstant());
    }

    private long slotOf(long sessionId, Actor presenter) {
        return roundtables.page(presenter, sessionId).presenters().stream()
                .filter(p -> p.personId() == presenter.personId()).findFirst().orElseThrow().id();
    }

    /** Ana and Ben present at the first roundtable and commit at its wrap-up. */
    private void heldWithCommitments(String takeaways) {
        roundtables.bring(ana, first, "Quokka handovers lose context at night");
        roundtables.bring(ben, first, "My migration estimate keeps doubling");
        at(5, 17);
        roundtables.wrapUp(lead, first, sessions.details(lead, first).version(), takeaways,
                List.of(new Commitment(slotOf(first, ana), "Quokka template for two weeks"),
                        new Commitment(slotOf(first, ben), "Split the migration into three spikes")));
    }

    @Test
    void oneToThreePresentersAndAProposedOneCountsOnceAgreed() {
        at(5, 16);
        assertThatThrownBy(() -> holding.hold(lead, first, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least one presenter");
        at(2, 9);

        roundtables.bring(ana, first, "Quokka handovers lose context at night");
        long asked = roundtables.propose(lead, first, ben.personId(), "My migration estimate keeps doubling", null);
        assertThat(roundtables.page(ben, first).presenters()).filteredOn(PresenterSlot::viewerMayAgree)
                .extracting(PresenterSlot::id).containsExactly(asked);
        assertThat(roundtables.page(lead, first).agreedPresenters()).extracting(PresenterSlot::personId)
                .containsExactly(ana.personId());
        roundtables.bring(cai, first, "Review comments feel personal");
        assertThatThrownBy(() -> roundtables.bring(dee, first, "A fourth problem"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 3");
        assertThatThrownBy(() -> roundtables.bring(lead, first, "The lead's own problem"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("facilitator keeps the room");
        assertThatThrownBy(() -> roundtables.propose(ana, first, dee.personId(), "Not hers to propose", null))
                .isInstanceOf(NotPermittedException.class);

        var answered = roundtables.agree(ben, asked);

        assertThat(answered.viewerRsvp()).as("agreeing to present is coming").hasToString("YES");
        assertThat(roundtables.page(lead, first).agreedPresenters()).hasSize(3);
        assertThat(roundtables.page(ana, first).prompts()).isEqualTo(RoundtableRules.PROMPTS);
    }

    @Test
    void aTopicProposedFromASourceWaitsForTheAskersConsent() {
        var origin = new TopicOrigin("HELP_REQUEST", 42, "Help request: flaky consumer rebalances");
        long slot = roundtables.propose(lead, first, ana.personId(), "Flaky consumer rebalances", origin);

        var asked = roundtables.page(ana, first).presenters().getFirst();
        assertThat(asked.origin()).isEqualTo("Help request: flaky consumer rebalances");
        assertThat(asked.agreed()).isFalse();
        assertThat(notifications.recent(ana, 0)).extracting(NotificationView::kind).contains(Roundtables.ASKED);

        roundtables.withdraw(ana, slot); // she says no: the slot is gone
        assertThat(roundtables.page(lead, first).presenters()).isEmpty();
    }

    @Test
    void commitmentsBecomeActionItemsThatComeBackAtTheNextRoundtableOnly() {
        roundtables.bring(ana, first, "Quokka handovers lose context at night");
        roundtables.bring(ben, first, "My migration estimate keeps doubling");
        at(5, 17);
        long version = sessions.details(lead, first).version();
        assertThatThrownBy(() -> roundtables.wrapUp(lead, first, version, "Notes",
                List.of(new Commitment(slotOf(first, ana), "Quokka template for two weeks"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsOnlyKeys("commitment." + slotOf(first, ben)));
        assertThat(sessions.details(lead, first).status()).as("nothing half-written").isNotEqualTo(SessionStatus.HELD);
        assertThat(queries.raisedAt(lead, first)).isEmpty();

        roundtables.wrapUp(lead, first, version, "Notes",
                List.of(new Commitment(slotOf(first, ana), "Quokka template for two weeks"),
                        new Commitment(slotOf(first, ben), "Split the migration into three spikes")));
        long ordinary = actions.raiseAtSession(lead, lunch, new ActionItemDraft("Share the SQL slides",
                cai.personId(), null));

        List<ActionItemView> raised = queries.raisedAt(lead, first);
        assertThat(raised).extracting(ActionItemView::ownerId).containsExactlyInAnyOrder(ana.personId(), ben.personId());
        assertThat(raised).extracting(ActionItemView::dueOn).as("due by the next roundtable")
                .containsOnly(LocalDate.of(2026, 3, 19));
        assertThat(sessions.details(lead, first).status()).isEqualTo(SessionStatus.HELD);
        at(10, 11);
        assertThat(queries.agenda(manager, lunch)).as("a lunch & learn does not ask about roundtable commitments")
                .isEmpty();
        at(19, 15);
        assertThat(queries.agenda(ana, second)).as("how did it go? at the next roundtable")
                .extracting(a -> a.item().description())
                .containsExactlyInAnyOrder("Quokka template for two weeks", "Split the migration into three spikes");
        assertThat(queries.agenda(ana, second)).extracting(a -> a.item().id()).doesNotContain(ordinary);
    }

    @Test
    void notesStayWithTheAttendees() {
        facilitation.accept(lead, first); // asks the team whether they come
        heldWithCommitments("The quokka takeaway");

        var outside = sessions.details(outsider, first);
        assertThat(outside.notesWithheld()).isTrue();
        assertThat(outside.title()).isEqualTo("Peer roundtable");
        assertThat(outside.takeaways()).isNull();
        assertThat(outside.agenda()).isNull();
        var managerOutside = sessions.details(manager, first);
        assertThat(managerOutside.takeaways()).as("a manager who did not attend").isNull();
        assertThat(managerOutside.viewerMay().recordTakeaways()).isFalse();
        assertThat(sessions.details(ana, first).takeaways()).isEqualTo("The quokka takeaway");
        assertThat(sessions.details(ana, first).title()).isEqualTo(TOPIC);
        assertThat(sessions.past(outsider, team, 10)).extracting(c -> c.title()).doesNotContain(TOPIC);

        assertThat(queries.teamReview(outsider, team, ReviewOrder.BY_SESSION))
                .extracting(ActionItemView::description)
                .containsOnly("A commitment from a peer roundtable")
                .hasSize(2);
        assertThat(queries.teamReview(manager, team, ReviewOrder.BY_SESSION))
                .allSatisfy(i -> assertThat(i.viewerMayUpdate()).isFalse());
        assertThat(queries.teamReview(ana, team, ReviewOrder.BY_SESSION)).extracting(ActionItemView::description)
                .contains("Split the migration into three spikes");

        assertThat(notifications.recent(outsider, 0)).extracting(NotificationView::title)
                .isNotEmpty().noneMatch(t -> t.contains("Quokka"));
        var invite = invites.find(first).orElseThrow();
        assertThat(invite.title()).isEqualTo("Peer roundtable");
        assertThat(invite.agenda()).isNull();
        at(18, 9);
        assertThat(queries.openCarriedInto(second)).as("the next roundtable's invite").isEmpty();
        assertThat(queries.openDueFor(ana.personId(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)))
                .extracting(CarriedItem::description).containsOnly("A commitment from a peer roundtable");
    }

    @Test
    void nothingOfARoundtableReachesTheKnowledgeBase() {
        heldWithCommitments("Zanzibarquokka is what we found");

        assertThatThrownBy(() -> articles.draftFromHeldSession(ana, first))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("never go into the knowledge base");
        assertThat(sessions.details(ana, first).viewerMayWriteArticle()).isFalse();
        var linking = new ArticleDraft("Handovers", "What we learned about handovers.", List.of(), null,
                Set.of(first), Set.of(), List.of());
        assertThatThrownBy(() -> articles.create(ana, team, linking)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("stays with its attendees");
        assertThat(search.search(ana, "Zanzibarquokka", 0, 10).hits()).isEmpty();
        assertThat(search.search(manager, "Quokka", 0, 10).hits()).isEmpty();
    }
}
