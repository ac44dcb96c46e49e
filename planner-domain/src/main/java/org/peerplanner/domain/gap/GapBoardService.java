package org.peerplanner.domain.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team's board of knowledge gaps, most pressing first, and the search for duplicates. */
@Service
@Transactional(readOnly = true)
public class GapBoardService {

    static final int MAX_MATCHES = 10;

    private final KnowledgeGapRepository gaps;
    private final GapGuard guard;

    GapBoardService(KnowledgeGapRepository gaps, GapGuard guard) {
        this.gaps = gaps;
        this.guard = guard;
    }

    /**
     * One page of the board, by priority (highest first), then reported on (oldest first). The
     * page's sort is ignored: the board has one order.
     *
     * <p>The priority depends on today's date, so it is computed here rather than stored: the
     * filtered gaps of the team are read as plain values (one query with a vote-count subquery,
     * no entities), ranked in memory, and the page is cut from the ranked list. A team's board
     * holds at most a few thousand gaps, a few hundred kilobytes, so this is cheap and keeps
     * paging exact. Tags, offers, own votes and reporter names are then read for the page only,
     * one query each.
     */
    public List<GapCard> board(Actor actor, long teamId, GapFilter filter, Pageable page) {
        guard.requireVisibleTeam(actor, teamId);
        var ranked = GapRanking.rank(candidates(actor, teamId, filter), guard.today(teamId));
        int from = (int) Math.min(page.isPaged() ? page.getOffset() : 0, ranked.size());
        int to = page.isPaged() ? (int) Math.min((long) from + page.getPageSize(), ranked.size()) : ranked.size();
        return cards(actor, ranked.subList(from, to));
    }

    /** The gaps {@code duplicateId} may be merged into: the team's other open or planned gaps, most pressing first. */
    public List<MergeTarget> mergeTargets(Actor actor, long teamId, long duplicateId) {
        return board(actor, teamId, GapFilter.open(), Pageable.unpaged()).stream().filter(c -> c.id() != duplicateId)
                .map(c -> new MergeTarget(c.id(), c.title())).toList();
    }

    /** A gap to keep when merging another into it. */
    public record MergeTarget(long id, String title) {

        public String label() {
            return "#" + id + " " + title;
        }
    }

    public long count(Actor actor, long teamId, GapFilter filter) {
        guard.requireVisibleTeam(actor, teamId);
        boolean manages = guard.manages(actor, teamId);
        return gaps.countBoard(teamId, actor.personId(), manages, filter.statusesOrAll(), filter.source(),
                filter.urgency(), filter.includeMerged(), lower(filter.search()), lower(filter.tag()));
    }

    /**
     * Open or planned gaps of the team, visible to the actor, whose title looks like {@code title}
     * ({@link TitleSimilarity}), closest first: shown before someone logs a duplicate.
     */
    public List<GapMatch> similarOpenGaps(Actor actor, long teamId, String title) {
        guard.requireVisibleTeam(actor, teamId);
        if (title == null || TitleSimilarity.normalise(title).isEmpty()) {
            return List.of();
        }
        return gaps.findOpenTitles(teamId, actor.personId(), guard.manages(actor, teamId)).stream()
                .map(t -> new GapMatch(t.id(), t.title(), t.status(), TitleSimilarity.score(title, t.title())))
                .filter(m -> m.similarity() > 0)
                .sorted(Comparator.comparingDouble(GapMatch::similarity).reversed().thenComparingLong(GapMatch::id))
                .limit(MAX_MATCHES)
                .toList();
    }

    private List<GapCandidate> candidates(Actor actor, long teamId, GapFilter filter) {
        boolean manages = guard.manages(actor, teamId);
        return gaps.findBoardCandidates(teamId, actor.personId(), manages, filter.statusesOrAll(), filter.source(),
                filter.urgency(), filter.includeMerged(), lower(filter.search()), lower(filter.tag()));
    }

    private List<GapCard> cards(Actor actor, List<GapRanking.Ranked<GapCandidate>> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(GapRanking.Ranked::id).toList();
        Map<Long, List<String>> tags = new HashMap<>();
        gaps.findTags(ids).forEach(t -> tags.computeIfAbsent(t.gapId(), k -> new ArrayList<>()).add(t.tag()));
        Map<Long, List<Long>> offerers = new HashMap<>();
        gaps.findOffers(ids).forEach(o -> offerers.computeIfAbsent(o.gapId(), k -> new ArrayList<>()).add(o.personId()));
        Set<Long> voted = new HashSet<>(gaps.findVotedBy(actor.personId(), ids));
        Set<Long> reporters = page.stream().map(r -> r.row().reporterId()).collect(Collectors.toSet());
        Map<Long, String> names = gaps.findNames(reporters).stream()
                .collect(Collectors.toMap(PersonName::id, PersonName::name));
        return page.stream().map(r -> {
            GapCandidate c = r.row();
            List<Long> offeredBy = offerers.getOrDefault(c.id(), List.of());
            return new GapCard(c.id(), c.version(), c.title(), c.status(), c.source(), c.urgency(), c.votes(),
                    r.priority(), tags.getOrDefault(c.id(), List.of()).stream().sorted().toList(), offeredBy.size(),
                    voted.contains(c.id()), offeredBy.contains(actor.personId()), c.confidential(), c.reportedOn(),
                    names.getOrDefault(c.reporterId(), "(former member)"));
        }).toList();
    }

    static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
