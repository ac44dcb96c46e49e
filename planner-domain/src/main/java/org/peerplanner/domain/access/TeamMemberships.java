package org.peerplanner.domain.access;

import java.util.List;
import java.util.Optional;

/**
 * What {@link TeamAccess} needs to know about who belongs to which team. The team feature answers
 * it, so access rules stay below the features they guard and depend on none of them.
 */
public interface TeamMemberships {

    /** Every team's id, in name order. */
    List<Long> allTeamIds();

    /** The person's teams, in name order. */
    List<Long> teamIdsOf(long personId);

    boolean isMember(long teamId, long personId);

    Optional<TeamRole> roleIn(long teamId, long personId);

    boolean managesAnyTeam(long personId);

    boolean shareATeam(long firstPersonId, long secondPersonId);

    /** Is {@code managerId} a manager of a team that {@code personId} belongs to? */
    boolean managesPerson(long managerId, long personId);
}
