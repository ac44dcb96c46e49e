package org.peerplanner.domain.access;

import java.util.List;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that says who may see and change which team's data. A person sees their own
 * teams; administrators see every team; a team's managers change its people and settings.
 */
@Component
@Transactional(readOnly = true)
public class TeamAccess {

    private final TeamMemberships memberships;

    TeamAccess(TeamMemberships memberships) {
        this.memberships = memberships;
    }

    /** Ids of the teams the actor can see, in name order. */
    public List<Long> visibleTeamIds(Actor actor) {
        if (actor.administrator()) {
            return memberships.allTeamIds();
        }
        return memberships.teamIdsOf(actor.personId());
    }

    public boolean canSeeTeam(Actor actor, long teamId) {
        return actor.administrator() || memberships.isMember(teamId, actor.personId());
    }

    public boolean canManageTeam(Actor actor, long teamId) {
        return actor.administrator() || memberships.roleIn(teamId, actor.personId())
                .map(role -> role == TeamRole.MANAGER)
                .orElse(false);
    }

    public boolean managesAnyTeam(Actor actor) {
        return actor.administrator() || memberships.managesAnyTeam(actor.personId());
    }

    public void requireVisibleTeam(Actor actor, long teamId) {
        if (!canSeeTeam(actor, teamId)) {
            throw new NotFoundException("The team");
        }
    }

    /** An outsider gets "not found"; a member of the team gets "not permitted". */
    public void requireManager(Actor actor, long teamId) {
        requireVisibleTeam(actor, teamId);
        if (!canManageTeam(actor, teamId)) {
            throw new NotPermittedException("Only the team's managers or an administrator can do that.");
        }
    }

    public boolean canSeePerson(Actor actor, long personId) {
        return actor.administrator() || actor.personId() == personId
                || memberships.shareATeam(actor.personId(), personId);
    }

    public boolean canManagePerson(Actor actor, long personId) {
        return actor.administrator() || memberships.managesPerson(actor.personId(), personId);
    }

    public void requireVisiblePerson(Actor actor, long personId) {
        if (!canSeePerson(actor, personId)) {
            throw new NotFoundException("The person");
        }
    }
}
