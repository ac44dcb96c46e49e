package org.peerplanner.domain.team;

import org.peerplanner.domain.access.TeamRole;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A person's place in a team: role, rotation opt-in, and since when they are in it. */
public record MembershipTerms(
        @NotNull(message = "Choose a role.") TeamRole role,
        boolean inRotation,
        @NotNull(message = "Enter the day they joined.") LocalDate joinedOn) {
}
