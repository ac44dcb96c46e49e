package org.peerplanner.domain.team;

import org.peerplanner.domain.access.TeamRole;
import java.time.LocalDate;

/** A line in a team's member grid. */
public record MemberRow(long membershipId, long membershipVersion, long personId, String fullName, String email,
                        TeamRole role, boolean inRotation, LocalDate joinedOn, String skills,
                        boolean mentoringAvailable, boolean outOfOfficeToday) {
}
