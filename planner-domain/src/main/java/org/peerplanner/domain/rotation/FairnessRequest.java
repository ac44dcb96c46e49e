package org.peerplanner.domain.rotation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How fairly the work was shared in {@code [from, to]} (both inclusive).
 *
 * @param members the team members to report on (only id and name are used)
 * @param sessions held sessions; those outside the period only count for "never facilitated"
 * @param pairings who paired when
 */
public record FairnessRequest(LocalDate from, LocalDate to, List<RotationMember> members,
                              List<PastSession> sessions, List<PastPairing> pairings) {

    public FairnessRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        members = members == null ? List.of() : List.copyOf(members);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        pairings = pairings == null ? List.of() : List.copyOf(pairings);
    }
}
