package org.peerplanner.domain.outcomes.baseline;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a team first held a session: the default adoption date of peer learning. The sessions feature answers it
 * (it already depends on outcomes for its metric section), so outcomes never depends on sessions.
 */
public interface FirstHeldSessions {

    /** The slot date of the team's first held session, if any. */
    Optional<LocalDate> firstHeld(long teamId);
}
