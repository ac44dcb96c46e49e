package org.peerplanner.domain.session;

import org.peerplanner.domain.format.SessionFormat;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Who should lead a slot next when the proposed facilitator declines: the rotation engine answers. */
public interface FacilitatorSuggestions {

    Optional<Long> nextFacilitator(long teamId, LocalDate slotDate, SessionFormat format, Set<Long> passedOver);
}
