package org.peerplanner.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.GapStatus;
import org.peerplanner.domain.gap.Urgency;
import org.peerplanner.domain.session.Material;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SessionHoldingService;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@UsePlannerTestDatabase
class ArticleServiceIT {

    @Autowired
    TestClock clock;
    @Autowired
    ArticleService articles;
    @Autowired
    GapService gaps;
    @Autowired
    SessionService sessions;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    SessionHoldingService holding;
    @Autowired
    DomainFixtures fixtures;

    @Test
    void membersWriteAndEditTheirTeamsArticlesAndEverySaveIsARevision() {
        long team = fixtures.team("Kb");
        Actor ana = fixtures.member(team);
        Actor ben = fixtures.member(team);

        var created = articles.create(ana, team, Articles.draft("Kafka consumer groups", "Rebalancing **matters**.", "Kafka"));
        var edited = articles.revise(ben, created.id(), created.version(),
                Articles.draft("Kafka consumer groups", "Rebalancing **matters**.\nUse static membership.", "Kafka", "Ops"));

        assertThat(edited.revision()).isEqualTo(2);
        assertThat(edited.html()).contains("<strong>matters</strong>");
        var history = articles.revisions(ana, created.id());
        assertThat(history).extracting(RevisionSummary::number).containsExactly(2, 1);
        assertThat(history.getFirst().authorName()).isEqualTo("Member");
        assertThat(history.getFirst().summary()).contains("Text edited (+1 −0 lines)").contains("tags: Kafka, Ops");
        assertThat(history.getLast().summary()).isEqualTo("Created");
        assertThat(articles.revision(ana, created.id(), 1).body()).isEqualTo("Rebalancing **matters**.");
    }

    @Test
    void restoringAnEarlierRevisionWritesANewOne() {
        long team = fixtures.team("Kb");
        Actor ana = fixtures.member(team);
        var v1 = articles.create(ana, team, Articles.draft("Title one", "First text", "a"));
        var v2 = articles.revise(ana, v1.id(), v1.version(), Articles.draft("Title two", "Second text", "b"));

        var restored = articles.restore(ana, v1.id(), v2.version(), 1);

        assertThat(restored.title()).isEqualTo("Title one");
        assertThat(restored.body()).isEqualTo("First text");
        assertThat(restored.tags()).containsExactly("a");
        assertThat(restored.revision()).isEqualTo(3);
        assertThat(articles.revisions(ana, v1.id()).getFirst().summary()).isEqualTo("Restored revision 1");
    }

    @Test
    void aStaleVersionIsAConflictAndBadInputChangesNothing() {
        long team = fixtures.team("Kb");
        Actor ana = fixtures.member(team);
        var v1 = articles.create(ana, team, Articles.draft("Title", "Text"));
        articles.revise(ana, v1.id(), v1.version(), Articles.draft("Title", "Newer text"));

        assertThatThrownBy(() -> articles.revise(ana, v1.id(), v1.version(), Articles.draft("Title", "Mine")))
                .isInstanceOf(ConflictException.class);
        var now = articles.details(ana, v1.id());
        assertThatThrownBy(() -> articles.revise(ana, v1.id(), now.version(), Articles.draft(" ", "Text")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("title"));
        var badLink = new ArticleDraft("T", "B", List.of(), null, Set.of(), Set.of(),
                List.of(new Material("Slides", "javascript:alert(1)")));
        assertThatThrownBy(() -> articles.revise(ana, v1.id(), now.version(), badLink))
                .isInstanceOf(InvalidInputException.class);
        assertThat(articles.details(ana, v1.id()).body()).isEqualTo("Newer text");
        assertThat(articles.revisions(ana, v1.id())).hasSize(2);
    }

    @Test
    void outsidersFindNothingAndOnlyManagersSeeTheStaleList() {
        long team = fixtures.team("Kb");
        long other = fixtures.team("Other");
        Actor manager = fixtures.manager(team);
        Actor member = fixtures.member(team);
        Actor outsider = fixtures.member(other);
        var old = articles.create(member, team, Articles.reviewBy(Articles.draft("Old news", "Text"), LocalDate.now(clock).minusDays(3)));
        articles.create(member, team, Articles.draft("Fresh", "Text"));

        assertThatThrownBy(() -> articles.details(outsider, old.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> articles.index(outsider, team)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> articles.stale(member, team)).isInstanceOf(NotPermittedException.class);
        assertThat(articles.stale(manager, team)).extracting(ArticleCard::title).containsExactly("Old news");
        assertThat(articles.details(member, old.id()).stale()).isTrue();
    }

    @Test
    void aConfidentialGapLinkIsHiddenFromMembersAndKeptWhenTheyEdit() {
        long team = fixtures.team("Kb");
        Actor manager = fixtures.manager(team);
        Actor member = fixtures.member(team);
        long secret = gaps.log(manager, team, GapDraft.of("Secret: Anna struggles with SQL", GapSource.ONE_ON_ONE,
                Urgency.LOW).keptConfidential(true)).id();
        long open = gaps.log(manager, team, GapDraft.of("SQL window functions", GapSource.RETROSPECTIVE, Urgency.LOW)).id();
        var a = articles.create(manager, team, Articles.linking(Articles.draft("SQL tips", "Use windows."), Set.of(secret, open)));

        var seenByMember = articles.details(member, a.id());
        assertThat(seenByMember.gaps()).extracting(ArticleDetails.GapLink::title).containsExactly("SQL window functions");
        assertThat(articles.markdownFile(member, a.id())).doesNotContain("Secret");

        articles.revise(member, a.id(), seenByMember.version(), Articles.linking(Articles.draft("SQL tips", "Use windows!"),
                Set.of(open)));

        assertThat(articles.details(manager, a.id()).gaps()).extracting(ArticleDetails.GapLink::id)
                .containsExactlyInAnyOrder(secret, open);
        assertThat(articles.linkedToGap(member, secret)).isEmpty();
        assertThat(articles.linkedToGap(manager, secret)).extracting(LinkedArticle::title).containsExactly("SQL tips");
    }

    @Test
    void aHeldSessionBecomesAnArticleAndItsGapClosesWithTheArticleAsEvidence() {
        long team = fixtures.team("Kb");
        Actor manager = fixtures.manager(team);
        Actor member = fixtures.member(team);
        long gap = gaps.log(manager, team, GapDraft.of("Kafka consumer groups", GapSource.RETROSPECTIVE, Urgency.HIGH)
                .taggedWith(List.of("Kafka"))).id();
        var start = ZonedDateTime.of(2025, 3, 4, 12, 0, 0, 0, ZoneId.of("Europe/Berlin")); // held, so in the past
        var edit = SessionEdit.of(SessionFormat.DEEP_DIVE, "Deep dive: Kafka", start, manager.personId())
                .addressing(Set.of(gap));
        var session = sessions.schedule(manager, team, edit);
        facilitation.accept(manager, session.id());
        assertThatThrownBy(() -> articles.draftFromHeldSession(member, session.id())).isInstanceOf(InvalidInputException.class);
        holding.hold(manager, session.id(), "Static membership avoids rebalancing storms.\nCooperative rebalancing next.");

        var draft = articles.draftFromHeldSession(member, session.id());
        assertThat(articles.linkedToSession(member, session.id())).as("a draft saves nothing").isEmpty();
        var article = articles.create(member, draft.teamId(), draft.draft());

        assertThat(article.title()).isEqualTo("Deep dive: Kafka");
        assertThat(article.revision()).isEqualTo(1);
        assertThat(article.body()).contains("## Takeaways")
                .contains("Static membership avoids rebalancing storms.\\\nCooperative rebalancing next.");
        assertThat(article.tags()).containsExactly("Kafka");
        assertThat(article.sessions()).extracting(ArticleDetails.SessionLink::id).containsExactly(session.id());
        assertThat(article.gaps()).singleElement().satisfies(g -> {
            assertThat(g.status()).isEqualTo(GapStatus.ADDRESSED);
            assertThat(g.closable()).isFalse(); // a member does not close gaps
        });
        assertThat(articles.details(manager, article.id()).gaps().getFirst().closable()).isTrue();
        assertThatThrownBy(() -> articles.closeGapWithArticle(member, article.id(), gap))
                .isInstanceOf(NotPermittedException.class);

        var closed = articles.closeGapWithArticle(manager, article.id(), gap);

        assertThat(closed.status()).isEqualTo(GapStatus.CLOSED);
        assertThat(closed.history().getLast().note()).isEqualTo("Closed with article: Deep dive: Kafka");
        assertThatThrownBy(() -> articles.closeGapWithArticle(manager, article.id(), gap))
                .isInstanceOf(InvalidInputException.class);
    }
}
