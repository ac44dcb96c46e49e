package org.peerplanner.domain.gap;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Turns a gap the viewer may see into {@link GapDetails}: names in one query, permissions from the rules. */
@Component
@Transactional(readOnly = true)
class GapDetailsView {

    private final KnowledgeGapRepository gaps;
    private final GapGuard guard;

    GapDetailsView(KnowledgeGapRepository gaps, GapGuard guard) {
        this.gaps = gaps;
        this.guard = guard;
    }

    GapDetails of(Actor actor, KnowledgeGap gap) {
        long teamId = gap.getTeamId();
        boolean manages = guard.manages(actor, teamId);
        boolean member = guard.isMember(actor, teamId);
        boolean active = gap.getStatus().isOpen() && !gap.isMerged();
        var names = names(gap);
        var offers = gap.getOffers().stream()
                .map(o -> new GapOfferView(o.getPersonId(), names.getOrDefault(o.getPersonId(), "(former member)"),
                        o.getNote(), o.getOfferedAt()))
                .toList();
        var history = gap.getHistory().stream().map(GapHistoryItem::of).toList();
        var may = new GapDetails.Permissions(member && active, member && active,
                !gap.isMerged() && GapVisibility.canRevise(gap.getReporterId(), actor.personId(), manages), manages);
        return new GapDetails(gap.getId(), gap.getVersion(), teamId, gap.getTitle(), gap.getDescription(),
                gap.getStatus(), gap.getSource(), gap.getSourceReference(), gap.getUrgency(), gap.getTags(),
                gap.getPreferredFormats(), gap.isConfidential(), gap.getOrigin(), gap.getReporterId(),
                names.getOrDefault(gap.getReporterId(), "(former member)"), gap.getReportedOn(),
                gap.getSessionReference(), gap.getMergedIntoId(), gap.voterCount(), gap.getImportedVotes(),
                gap.totalVotes(), GapPriority.score(gap.getUrgency(), gap.totalVotes(), gap.getReportedOn(),
                guard.today(teamId)), gap.hasVoteOf(actor.personId()), gap.hasOfferOf(actor.personId()), offers,
                history, may);
    }

    private Map<Long, String> names(KnowledgeGap gap) {
        Set<Long> ids = new HashSet<>();
        ids.add(gap.getReporterId());
        gap.getOffers().forEach(o -> ids.add(o.getPersonId()));
        return gaps.findNames(ids).stream().collect(Collectors.toMap(PersonName::id, PersonName::name));
    }
}
