package org.peerplanner.domain.team;

import java.time.LocalDate;

/** A member of a team as figures over time need them: since when, and whether they take turns leading. */
public record MemberSince(long teamId, long personId, LocalDate joinedOn, boolean inRotation) {
}
