package org.peerplanner.domain.team;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may read of teams and their members. The repositories stay inside this
 * package; changes go through {@link TeamService}. No access checks here: the caller has made them.
 */
@Component
@Transactional(readOnly = true)
public class TeamLookup {

    private final TeamRepository teams;
    private final MembershipRepository memberships;

    TeamLookup(TeamRepository teams, MembershipRepository memberships) {
        this.teams = teams;
        this.memberships = memberships;
    }

    public Optional<Team> team(long teamId) {
        return teams.findById(teamId);
    }

    public boolean isMember(long teamId, long personId) {
        return memberships.existsByTeamIdAndPersonId(teamId, personId);
    }

    /** Members whose name or email contains the (normalised) search, people fetched with them. */
    public List<Membership> members(long teamId, String search, Pageable page) {
        return memberships.findMembers(teamId, search, page);
    }

    /** Teams with their blackout days, in one query whatever their number (outcome figures of many teams). */
    public List<Team> teamsWithBlackouts(java.util.Collection<Long> teamIds) {
        return teamIds.isEmpty() ? List.of() : teams.findWithBlackouts(teamIds);
    }

    /** Every member of the given teams, one query. */
    public List<MemberSince> membersSince(java.util.Collection<Long> teamIds) {
        return teamIds.isEmpty() ? List.of() : memberships.findMembersSince(teamIds);
    }

    /** The person's memberships, teams fetched with them, in team name order. */
    public List<Membership> membershipsOf(long personId) {
        return memberships.findByPersonWithTeam(personId);
    }
}
