package org.peerplanner.domain.team;

import java.util.List;
import java.util.Optional;
import org.peerplanner.domain.access.TeamMemberships;
import org.peerplanner.domain.access.TeamRole;
import org.peerplanner.domain.people.PersonDetails;
import org.peerplanner.domain.people.TeamPlaces;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers access rules and people's profiles from the memberships, so neither reaches into team tables. */
@Component
@Transactional(readOnly = true)
class MembershipDirectory implements TeamMemberships, TeamPlaces {

    private final MembershipRepository memberships;
    private final TeamRepository teams;

    MembershipDirectory(MembershipRepository memberships, TeamRepository teams) {
        this.memberships = memberships;
        this.teams = teams;
    }

    @Override
    public List<Long> allTeamIds() {
        return teams.findAllIdsByName();
    }

    @Override
    public List<Long> teamIdsOf(long personId) {
        return memberships.findByPersonWithTeam(personId).stream().map(m -> m.getTeam().getId()).toList();
    }

    @Override
    public boolean isMember(long teamId, long personId) {
        return memberships.existsByTeamIdAndPersonId(teamId, personId);
    }

    @Override
    public Optional<TeamRole> roleIn(long teamId, long personId) {
        return memberships.findByTeamIdAndPersonId(teamId, personId).map(Membership::getRole);
    }

    @Override
    public boolean managesAnyTeam(long personId) {
        return memberships.findByPersonWithTeam(personId).stream().anyMatch(Membership::isManager);
    }

    @Override
    public boolean shareATeam(long firstPersonId, long secondPersonId) {
        return memberships.shareATeam(firstPersonId, secondPersonId);
    }

    @Override
    public boolean managesPerson(long managerId, long personId) {
        return memberships.managesPerson(managerId, personId);
    }

    @Override
    public List<PersonDetails.TeamPlace> placesOf(long personId) {
        return memberships.findByPersonWithTeam(personId).stream()
                .map(m -> new PersonDetails.TeamPlace(m.getTeam().getId(), m.getTeam().getName(), m.getRole(),
                        m.isInRotation()))
                .toList();
    }
}
