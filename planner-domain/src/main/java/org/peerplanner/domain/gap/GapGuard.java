package org.peerplanner.domain.gap;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.people.PersonLookup;
import org.peerplanner.domain.team.Team;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds gaps the way every gap service must: through team access and the confidentiality rule, so
 * that a gap the viewer may not see is "not found" everywhere, never "not permitted".
 */
@Component
@Transactional(readOnly = true)
class GapGuard {

    private final KnowledgeGapRepository gaps;
    private final TeamAccess access;
    private final TeamLookup teams;
    private final PersonLookup people;
    private final Clock clock;

    GapGuard(KnowledgeGapRepository gaps, TeamAccess access, TeamLookup teams,
             PersonLookup people, Clock clock) {
        this.gaps = gaps;
        this.access = access;
        this.teams = teams;
        this.people = people;
        this.clock = clock;
    }

    KnowledgeGap visibleGap(Actor actor, long gapId) {
        KnowledgeGap gap = gaps.findById(gapId).orElseThrow(GapGuard::gapNotFound);
        if (!access.canSeeTeam(actor, gap.getTeamId())
                || !GapVisibility.canSee(gap.isConfidential(), gap.getReporterId(), actor.personId(),
                access.canManageTeam(actor, gap.getTeamId()))) {
            throw gapNotFound();
        }
        return gap;
    }

    KnowledgeGap managedGap(Actor actor, long gapId) {
        KnowledgeGap gap = visibleGap(actor, gapId);
        requireManager(actor, gap.getTeamId());
        return gap;
    }

    void requireVisibleTeam(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
    }

    void requireManager(Actor actor, long teamId) {
        access.requireManager(actor, teamId);
    }

    boolean manages(Actor actor, long teamId) {
        return access.canManageTeam(actor, teamId);
    }

    boolean isMember(Actor actor, long teamId) {
        return teams.isMember(teamId, actor.personId());
    }

    boolean isMember(long personId, long teamId) {
        return teams.isMember(teamId, personId);
    }

    /** Votes and offers come from the team's own people, not from administrators passing by. */
    void requireMember(Actor actor, long teamId, String what) {
        access.requireVisibleTeam(actor, teamId);
        if (!isMember(actor, teamId)) {
            throw new NotPermittedException("Only members of the team can " + what + ".");
        }
    }

    PersonRef who(Actor actor) {
        return people.person(actor.personId())
                .map(p -> new PersonRef(p.getId(), p.getFullName()))
                .orElseThrow(() -> new NotFoundException("The person"));
    }

    Team team(long teamId) {
        return teams.team(teamId).orElseThrow(() -> new NotFoundException("The team"));
    }

    /** Today in the team's time zone: "reported on" and a gap's age are the team's days. */
    LocalDate today(long teamId) {
        return LocalDate.now(clock.withZone(team(teamId).getTimeZone()));
    }

    Instant now() {
        return clock.instant();
    }

    static NotFoundException gapNotFound() {
        return new NotFoundException("The knowledge gap");
    }
}
