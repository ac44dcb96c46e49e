package org.peerplanner.domain.planning;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.team.MemberRow;
import org.peerplanner.domain.team.TeamService;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's pairing wishes as records for a screen, so the stored preference (an entity) stays in the domain.
 * A wish about someone who has left the team names them by id.
 */
@Service
@Transactional(readOnly = true)
public class PairingWishes {

    private final PairingService pairing;
    private final TeamService teams;

    PairingWishes(PairingService pairing, TeamService teams) {
        this.pairing = pairing;
        this.teams = teams;
    }

    public List<PairingWish> of(Actor actor, long teamId) {
        var preferences = pairing.pairingPreferences(actor, teamId);
        Map<Long, String> names = teams.members(actor, teamId, "", Pageable.unpaged()).stream()
                .collect(Collectors.toMap(MemberRow::personId, MemberRow::fullName, (a, b) -> a));
        return preferences.stream().map(p -> new PairingWish(p.getFirstId(), name(names, p.getFirstId()),
                p.getSecondId(), name(names, p.getSecondId()), p.getKind())).toList();
    }

    private static String name(Map<Long, String> names, long personId) {
        return names.getOrDefault(personId, "#" + personId);
    }
}
