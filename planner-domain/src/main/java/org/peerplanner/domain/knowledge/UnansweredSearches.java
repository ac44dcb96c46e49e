package org.peerplanner.domain.knowledge;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.gap.GapDetails;
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.Urgency;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches that found nothing: recorded per team by query text and count, never by person, so the team sees what
 * its knowledge base lacks; a recurring one can be logged as a knowledge gap in one click.
 */
@Service
@Transactional(readOnly = true)
public class UnansweredSearches {

    /** Shorter queries are mostly half-typed words, not questions. */
    static final int MIN_QUERY = 3;
    public static final int SHOWN = 20;

    private final SearchMissRepository misses;
    private final TeamAccess access;
    private final GapService gaps;
    private final Clock clock;

    UnansweredSearches(SearchMissRepository misses, TeamAccess access, GapService gaps, Clock clock) {
        this.misses = misses;
        this.access = access;
        this.gaps = gaps;
        this.clock = clock;
    }

    /** Counts a search that found nothing in these teams; its own transaction, as searching itself only reads. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Collection<Long> teamIds, String query) {
        if (query == null || query.strip().length() < MIN_QUERY) {
            return;
        }
        String key = SearchMiss.key(query);
        var now = clock.instant();
        for (long teamId : Set.copyOf(teamIds)) {
            if (misses.countAgain(teamId, key, now) == 0) {
                misses.save(new SearchMiss(teamId, query, now));
            }
        }
    }

    /** The team's most asked unanswered searches not yet logged as gaps. */
    public List<UnansweredSearch> unanswered(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        return misses.unanswered(teamId, PageRequest.of(0, SHOWN)).stream()
                .map(m -> new UnansweredSearch(m.getId(), m.getQueryText(), m.getMisses(), m.getLastMissedAt())).toList();
    }

    /** Searches that found nothing (total, and different queries) per team, not yet logged as gaps. */
    public java.util.Map<Long, long[]> totals(Collection<Long> teamIds) {
        var totals = new java.util.HashMap<Long, long[]>();
        if (!teamIds.isEmpty()) {
            misses.totals(teamIds).forEach(t -> totals.put(t.teamId(), new long[] {t.searches(), t.queries()}));
        }
        return totals;
    }

    /**
     * Logs the query as a knowledge gap of the team (by the gap rules: whoever may log gaps there) and takes it off
     * the list. Another team's search is "not found".
     */
    @Transactional
    public GapDetails logAsGap(Actor actor, long teamId, long searchId) {
        access.requireVisibleTeam(actor, teamId);
        SearchMiss miss = misses.findByIdAndTeamId(searchId, teamId)
                .filter(m -> m.getGapId() == null)
                .orElseThrow(() -> new NotFoundException("The unanswered search"));
        String asked = miss.getMisses() == 1 ? "once" : miss.getMisses() + " times";
        GapDetails gap = gaps.log(actor, teamId, new GapDraft(miss.getQueryText(),
                "The team's knowledge base had no answer when people searched for \"" + miss.getQueryText()
                        + "\" (asked " + asked + ").",
                GapSource.OTHER, "Knowledge-base search", Urgency.MEDIUM, List.of(), Set.of(), false, null, null));
        miss.loggedAs(gap.id());
        return gap;
    }
}
