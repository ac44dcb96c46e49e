package org.peerplanner.domain.recognition;

import org.peerplanner.domain.gap.GapReopened;
import org.peerplanner.domain.knowledge.ArticleClosedGap;
import org.peerplanner.domain.knowledge.ArticleRestored;
import org.peerplanner.domain.knowledge.ArticleRevised;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Articles and the gaps they close. Writing an article counts; a revision counts when it is substantial: at least
 * {@value #SUBSTANTIAL_CHARACTERS} characters of text changed (a paragraph, not a typo; see
 * {@code ArticleChanges.changedCharacters}). Restoring an older revision removes the revisions it undid. Closing an
 * addressed gap with an article counts for the manager who closed it and, when someone else wrote it, for the
 * article's author ("wrote the article that closed a gap"); reopening the gap removes both.
 */
@Component
class KnowledgeContributions {

    static final int SUBSTANTIAL_CHARACTERS = 200;

    private final ContributionLedger ledger;
    private final TeamDays days;

    KnowledgeContributions(ContributionLedger ledger, TeamDays days) {
        this.ledger = ledger;
        this.days = days;
    }

    @EventListener
    void revised(ArticleRevised event) {
        record(event);
    }

    boolean record(ArticleRevised event) {
        var source = new Source(Source.ARTICLE, event.articleId(), event.title());
        var on = days.day(event.teamId(), event.savedAt());
        if (event.written()) {
            return ledger.record(new ContributionFact(event.authorId(), event.teamId(), ContributionKinds.ARTICLE_WRITTEN,
                    on, source, event.number(), null, null, java.util.Set.of()));
        }
        if (event.changedCharacters() >= SUBSTANTIAL_CHARACTERS) {
            return ledger.record(new ContributionFact(event.authorId(), event.teamId(), ContributionKinds.ARTICLE_REVISED,
                    on, source, event.number(), null, null, java.util.Set.of()));
        }
        return false;
    }

    @EventListener
    void restored(ArticleRestored event) {
        ledger.reverse(Source.ARTICLE, event.articleId(), ContributionKinds.ARTICLE_REVISED, event.restored(),
                event.undone());
    }

    @EventListener
    void closedGap(ArticleClosedGap event) {
        record(event);
    }

    int record(ArticleClosedGap event) {
        var source = new Source(Source.GAP, event.gapId(), event.gapTitle());
        var on = days.day(event.teamId(), event.closedAt());
        int written = ledger.record(ContributionFact.of(event.closedBy(), event.teamId(), ContributionKinds.GAP_CLOSED,
                on, source)) ? 1 : 0;
        if (event.articleAuthorId() != event.closedBy()) {
            written += ledger.record(new ContributionFact(event.articleAuthorId(), event.teamId(),
                    ContributionKinds.ARTICLE_CITED, on, source, 0, event.articleTitle(), null, java.util.Set.of())) ? 1 : 0;
        }
        return written;
    }

    @EventListener
    void reopened(GapReopened event) {
        ledger.reverse(Source.GAP, event.gapId());
    }
}
