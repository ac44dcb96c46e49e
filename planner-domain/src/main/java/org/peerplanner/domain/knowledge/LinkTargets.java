package org.peerplanner.domain.knowledge;

import java.util.List;
import java.util.Optional;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.gap.GapStatus;
import org.peerplanner.domain.gap.GapVisibility;
import org.peerplanner.domain.gap.GapLookup;
import org.peerplanner.domain.session.SessionLookup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gaps and sessions an article links, as the viewer may see them. Asks without throwing:
 * "not visible" is an ordinary answer here (a confidential gap), and an exception crossing another
 * service's transaction boundary would mark the article's transaction for rollback.
 */
@Component
@Transactional(readOnly = true)
class LinkTargets {

    record Gap(long id, long teamId, String title, GapStatus status, boolean merged, List<String> tags) {
    }

    record Session(long id, long teamId, String title, String status, boolean confidential) {
    }

    private final GapLookup gaps;
    private final SessionLookup sessions;
    private final TeamAccess access;

    LinkTargets(GapLookup gaps, SessionLookup sessions, TeamAccess access) {
        this.gaps = gaps;
        this.sessions = sessions;
        this.access = access;
    }

    Optional<Gap> gap(Actor actor, long gapId) {
        return gaps.gap(gapId)
                .filter(g -> access.canSeeTeam(actor, g.getTeamId()) && GapVisibility.canSee(g.isConfidential(),
                        g.getReporterId(), actor.personId(), access.canManageTeam(actor, g.getTeamId())))
                .map(g -> new Gap(g.getId(), g.getTeamId(), g.getTitle(), g.getStatus(), g.isMerged(), g.getTags()));
    }

    Optional<Session> session(Actor actor, long sessionId) {
        return sessions.session(sessionId).filter(s -> access.canSeeTeam(actor, s.getTeamId()))
                .map(s -> new Session(s.getId(), s.getTeamId(), s.getTitleBeyondAttendees(),
                        s.getStatus().label(), s.getFormat().isConfidential()));
    }
}
