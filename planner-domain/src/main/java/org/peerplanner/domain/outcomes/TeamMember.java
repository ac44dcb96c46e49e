package org.peerplanner.domain.outcomes;

import java.time.LocalDate;

/** A member as the metrics see them: when they joined and whether they take turns leading. */
public record TeamMember(long personId, LocalDate joinedOn, boolean inRotation) {
}
