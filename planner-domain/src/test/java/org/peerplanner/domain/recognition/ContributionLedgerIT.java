package org.peerplanner.domain.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.ActionItemDraft;
import org.peerplanner.domain.action.ActionItemService;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapLifecycleService;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.Urgency;
import org.peerplanner.domain.knowledge.ArticleDraft;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.mentoring.Mentorships;
import org.peerplanner.domain.people.Skill;
import org.peerplanner.domain.session.AttendanceService;
import org.peerplanner.domain.session.Rsvp;
import org.peerplanner.domain.session.SessionHeld;
import org.peerplanner.domain.session.SessionHoldingService;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every source writes its ledger entries in its own transaction, once, and undoing the source takes them back; the
 * backfill rebuilds the same entries from history, changes nothing the second time and stays within its team.
 */
@SpringBootTest
@UsePlannerTestDatabase
class ContributionLedgerIT {

    @Autowired
    LedgerWorld world;
    @Autowired
    TestClock clock;
    @Autowired
    SessionHoldingService holding;
    @Autowired
    AttendanceService attendance;
    @Autowired
    ArticleService articles;
    @Autowired
    GapService gaps;
    @Autowired
    GapLifecycleService lifecycle;
    @Autowired
    ActionItemService items;
    @Autowired
    Mentorships mentorships;
    @Autowired
    ContributionBackfill backfill;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    org.peerplanner.domain.session.SessionService sessions;

    long team;
    Actor manager;
    Actor lead;
    Actor co;
    Actor ada;
    Actor bob;

    @BeforeEach
    void team() {
        clock.set(Instant.parse("2026-06-10T09:00:00Z"));
        team = world.team("Ledger");
        manager = world.manager(team);
        lead = world.person(team, "Lena Lead");
        co = world.person(team, "Cem Co");
        ada = world.person(team, "Ada");
        bob = world.person(team, "Bob");
    }

    @Test
    void aHeldPairingSessionCountsForWhoLedCoLedAndPairedOnceAndSettingItBackTakesItAllBack() {
        long s = world.pastSession(manager, team, SessionFormat.PAIRING, "Pairing: flaky tests", lead, co);
        attendance.answer(ada, s, Rsvp.YES);

        holding.hold(lead, s, "We found the race.");

        assertThat(world.lines(lead)).containsExactly("SESSION_LED Pairing: flaky tests");
        assertThat(world.lines(co)).containsExactly("SESSION_CO_LED Pairing: flaky tests");
        assertThat(world.lines(ada)).containsExactly("PAIRED Pairing: flaky tests");
        assertThat(world.entries(lead).getFirst().helped()).containsExactly(ada.personId());
        assertThat(world.entries(ada).getFirst().helped()).as("partners")
                .containsExactlyInAnyOrder(lead.personId(), co.personId());
        assertThat(world.lines(bob)).as("did not come").isEmpty();

        transaction.executeWithoutResult(t -> events.publishEvent(new SessionHeld(s, team)));
        assertThat(world.lines(lead)).as("a replayed event writes nothing").hasSize(1);

        holding.setBack(lead, s);
        assertThat(world.lines(lead)).isEmpty();
        assertThat(world.lines(co)).isEmpty();
        assertThat(world.lines(ada)).isEmpty();

        holding.hold(lead, s, null);
        assertThat(world.lines(lead)).containsExactly("SESSION_LED Pairing: flaky tests");
    }

    @Test
    void thePeopleHelpedAreThoseTickedAsPresentAtWrapUpNotThoseWhoOnlySaidYes() {
        long s = world.pastSession(manager, team, SessionFormat.PAIRING, "Pairing: retries", lead, null);
        attendance.answer(ada, s, Rsvp.YES);
        attendance.answer(bob, s, Rsvp.YES);

        holding.wrapUp(lead, s, sessions.details(lead, s).version(), "Retries with jitter.", List.of(),
                Set.of(lead.personId(), bob.personId()));

        assertThat(world.entries(lead).getFirst().helped()).containsExactly(bob.personId());
        assertThat(world.lines(bob)).containsExactly("PAIRED Pairing: retries");
        assertThat(world.lines(ada)).as("said yes, did not come").isEmpty();
    }

    @Test
    void anArticleCountsWhenWrittenAndWhenRevisedSubstantiallyAndARestoreTakesTheRevisionBack() {
        var written = articles.create(ada, team, draft("Kafka in practice", "Consumer groups. ".repeat(5)));
        var typo = articles.revise(bob, written.id(), written.version(),
                draft("Kafka in practice", "Consumer groups! " + "Consumer groups. ".repeat(4)));
        var rewrite = articles.revise(bob, typo.id(), typo.version(),
                draft("Kafka in practice", "Consumer groups. ".repeat(5) + "Rebalancing explained at length. ".repeat(10)));

        assertThat(world.lines(ada)).containsExactly("ARTICLE_WRITTEN Kafka in practice");
        assertThat(world.lines(bob)).as("the typo fix does not count, the new section does")
                .containsExactly("ARTICLE_REVISED Kafka in practice");

        articles.restore(manager, written.id(), rewrite.version(), 2);

        assertThat(world.lines(bob)).isEmpty();
        assertThat(world.lines(ada)).containsExactly("ARTICLE_WRITTEN Kafka in practice");
        assertThat(world.lines(manager)).as("restoring is not writing").isEmpty();
    }

    @Test
    void closingAGapWithSomeoneElsesArticleCountsForBothAndReopeningTakesBothBack() {
        long gap = gaps.log(manager, team, GapDraft.of("Kafka consumer groups", GapSource.RETROSPECTIVE, Urgency.HIGH)).id();
        lifecycle.plan(manager, gap, "4 Mar: Deep dive");
        lifecycle.markAddressed(manager, gap, "Covered in a deep dive");
        var article = articles.create(ada, team, new ArticleDraft("Kafka in practice", "Consumer groups.", List.of(),
                null, Set.of(), Set.of(gap), List.of()));

        articles.closeGapWithArticle(manager, article.id(), gap);

        assertThat(world.lines(manager)).containsExactly("GAP_CLOSED Kafka consumer groups");
        assertThat(world.lines(ada)).containsExactly("ARTICLE_WRITTEN Kafka in practice",
                "ARTICLE_CITED Kafka consumer groups");

        lifecycle.reopen(manager, gap, "Still confusing");

        assertThat(world.lines(manager)).isEmpty();
        assertThat(world.lines(ada)).containsExactly("ARTICLE_WRITTEN Kafka in practice");
    }

    @Test
    void aDoneActionItemCountsForItsOwnerWhoeverRecordedItAndReopeningTakesItBack() {
        long s = world.pastSession(manager, team, SessionFormat.LUNCH_AND_LEARN, "Lunch & learn: Git", lead, null);
        long item = items.raiseAtSession(lead, s, new ActionItemDraft("Write the rebase guide", ada.personId(), null));

        items.complete(manager, item, "Done and shared");
        assertThat(world.lines(ada)).containsExactly("ACTION_ITEM_DONE Write the rebase guide");
        assertThat(world.lines(manager)).isEmpty();

        items.reopen(ada, item);
        assertThat(world.lines(ada)).isEmpty();
    }

    @Test
    void aMentorshipCountsForTheMentorWhenItStartsAndForBothWhenItReachesItsGoal() {
        Actor mentor = world.person(team, "Mia Mentor", new Skill("Kafka", 5));
        long ship = world.mentorship(mentor, ada, "Kafka");
        assertThat(world.lines(mentor)).containsExactly("MENTEE_TAKEN Mentoring: Kafka");

        mentorships.end(ada, ship, mentorships.page(ada, ship).version(), true, null);

        assertThat(world.lines(mentor)).containsExactly("MENTEE_TAKEN Mentoring: Kafka",
                "MENTORSHIP_COMPLETED Mentoring: Kafka");
        assertThat(world.lines(ada)).containsExactly("MENTORSHIP_COMPLETED Mentoring: Kafka");
        assertThat(world.entries(mentor)).allSatisfy(e -> assertThat(e.teamId()).as("private to the pair").isNull());
    }

    @Test
    void theBackfillRebuildsWhatTheListenersWroteChangesNothingTheSecondTimeAndStaysInItsTeam() {
        long s = world.pastSession(manager, team, SessionFormat.LUNCH_AND_LEARN, "Lunch & learn: SQL", lead, co);
        attendance.answer(ada, s, Rsvp.YES);
        holding.hold(lead, s, null);
        long gap = gaps.log(manager, team, GapDraft.of("Window functions", GapSource.RETROSPECTIVE, Urgency.LOW)).id();
        lifecycle.plan(manager, gap, "4 Mar: Lunch & learn");
        lifecycle.markAddressed(manager, gap, "Covered");
        var article = articles.create(ada, team, new ArticleDraft("SQL windows", "Partitions. ".repeat(30), List.of(),
                null, Set.of(), Set.of(gap), List.of()));
        articles.revise(bob, article.id(), article.version(), new ArticleDraft("SQL windows",
                "Partitions. ".repeat(30) + "Frames, at length. ".repeat(20), List.of(), null, Set.of(), Set.of(gap), List.of()));
        articles.closeGapWithArticle(manager, article.id(), gap);
        long item = items.raiseAtSession(lead, s, new ActionItemDraft("Share the cheat sheet", bob.personId(), null));
        items.complete(bob, item, null);

        long otherTeam = world.team("Elsewhere");
        Actor otherManager = world.manager(otherTeam);
        Actor otherLead = world.person(otherTeam, "Olga");
        long theirs = world.pastSession(otherManager, otherTeam, SessionFormat.DEEP_DIVE, "Deep dive: theirs", otherLead, null);
        holding.hold(otherLead, theirs, null);

        List<String> live = teamLedger(team);
        int othersBefore = teamLedger(otherTeam).size();
        assertThat(live).hasSize(7);

        transaction.executeWithoutResult(t -> world.forgetTeam(team));
        assertThat(backfill.team(team)).isEqualTo(7);
        assertThat(teamLedger(team)).containsExactlyInAnyOrderElementsOf(live);

        assertThat(backfill.team(team)).as("a second run changes nothing").isZero();
        assertThat(teamLedger(team)).containsExactlyInAnyOrderElementsOf(live);
        assertThat(teamLedger(otherTeam).size()).as("the other team is untouched")
                .isEqualTo(othersBefore);
        assertThat(world.lines(otherLead)).containsExactly("SESSION_LED Deep dive: theirs");
    }

    private List<String> teamLedger(long teamId) {
        List<String> lines = transaction.execute(t -> describe(world.ofTeam(teamId)));
        return lines;
    }

    private static List<String> describe(List<Contribution> entries) {
        return entries.stream().map(c -> c.getPersonId() + " " + c.getKind() + " " + c.entry(Set.of()).source()
                + " " + c.entry(Set.of()).on()).toList();
    }

    private static ArticleDraft draft(String title, String body) {
        return new ArticleDraft(title, body, List.of(), null, Set.of(), Set.of(), List.of());
    }
}
