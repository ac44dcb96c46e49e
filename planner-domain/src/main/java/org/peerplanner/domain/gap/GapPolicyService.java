package org.peerplanner.domain.gap;

import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who may log knowledge gaps in a team: managers always, members when the team allows it. */
@Service
@Transactional(readOnly = true)
public class GapPolicyService {

    private final TeamAccess access;
    private final GapGuard guard;

    GapPolicyService(TeamAccess access, GapGuard guard) {
        this.access = access;
        this.guard = guard;
    }

    public boolean membersMayLogGaps(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        return guard.team(teamId).isMembersMayLogGaps();
    }

    /** Whether a "Log a gap" button makes sense for this actor. */
    public boolean canLogGaps(Actor actor, long teamId) {
        if (!access.canSeeTeam(actor, teamId)) {
            return false;
        }
        return access.canManageTeam(actor, teamId)
                || (guard.isMember(actor, teamId) && guard.team(teamId).isMembersMayLogGaps());
    }

    @Transactional
    public void allowMembersToLogGaps(Actor actor, long teamId, boolean allowed) {
        access.requireManager(actor, teamId);
        guard.team(teamId).allowMembersToLogGaps(allowed);
    }
}
