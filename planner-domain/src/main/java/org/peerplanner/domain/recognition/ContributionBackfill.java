package org.peerplanner.domain.recognition;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.peerplanner.domain.action.ActionItemHistory;
import org.peerplanner.domain.gap.GapLookup;
import org.peerplanner.domain.knowledge.ArticleClosedGap;
import org.peerplanner.domain.knowledge.ArticleHistory;
import org.peerplanner.domain.mentoring.MentorshipCompleted;
import org.peerplanner.domain.mentoring.MentorshipStarted;
import org.peerplanner.domain.mentoring.MentoringHistory;
import org.peerplanner.domain.session.SessionLookup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the ledger from what happened before it existed: held sessions, standing article revisions, gaps that stand
 * closed with an article, done action items and mentorships. It goes through the same code as the live listeners,
 * so an entry is the same whether it was written live or backfilled, and the ledger's idempotent writes make a second
 * run change nothing. One team per transaction; each team's history only writes entries of that team.
 */
@Service
public class ContributionBackfill {

    private static final LocalDate EVER_FROM = LocalDate.of(1970, 1, 1);
    private static final LocalDate EVER_TO = LocalDate.of(9999, 12, 31);

    private final SessionLookup sessions;
    private final ArticleHistory articles;
    private final GapLookup gaps;
    private final ActionItemHistory items;
    private final MentoringHistory mentoring;
    private final SessionContributions sessionContributions;
    private final KnowledgeContributions knowledgeContributions;
    private final ActionItemContributions itemContributions;
    private final MentoringContributions mentoringContributions;

    ContributionBackfill(SessionLookup sessions, ArticleHistory articles, GapLookup gaps, ActionItemHistory items,
                         MentoringHistory mentoring, SessionContributions sessionContributions,
                         KnowledgeContributions knowledgeContributions, ActionItemContributions itemContributions,
                         MentoringContributions mentoringContributions) {
        this.sessions = sessions;
        this.articles = articles;
        this.gaps = gaps;
        this.items = items;
        this.mentoring = mentoring;
        this.sessionContributions = sessionContributions;
        this.knowledgeContributions = knowledgeContributions;
        this.itemContributions = itemContributions;
        this.mentoringContributions = mentoringContributions;
    }

    /** @return the number of entries written (0 on a second run) */
    @Transactional
    public int team(long teamId) {
        int written = 0;
        for (var s : sessions.held(teamId, EVER_FROM, EVER_TO)) {
            written += sessionContributions.record(s);
        }
        for (var revision : articles.standingRevisions(teamId)) {
            written += knowledgeContributions.record(revision) ? 1 : 0;
        }
        Map<String, ArticleHistory.ArticleRef> byTitle = new HashMap<>();
        articles.articles(teamId).forEach(a -> byTitle.putIfAbsent(a.title(), a));
        for (var closed : gaps.closedWithEvidence(teamId)) {
            var article = byTitle.get(closed.articleTitle());
            // An article renamed since has lost the link the history kept: credit the closer alone then.
            written += knowledgeContributions.record(new ArticleClosedGap(article == null ? 0 : article.id(),
                    article == null ? closed.closedBy() : article.authorId(), closed.articleTitle(), closed.gapId(),
                    closed.gapTitle(), teamId, closed.closedBy(), closed.closedAt()));
        }
        for (var done : items.done(teamId)) {
            written += itemContributions.record(done) ? 1 : 0;
        }
        return written;
    }

    /** Mentorships belong to no team: they are backfilled once for everybody. */
    @Transactional
    public int mentoring() {
        int written = 0;
        for (Object event : mentoring.events()) {
            written += switch (event) {
                case MentorshipStarted started -> mentoringContributions.record(started) ? 1 : 0;
                case MentorshipCompleted completed -> mentoringContributions.record(completed);
                default -> 0;
            };
        }
        return written;
    }
}
