package org.peerplanner.domain.outcomes;

import java.time.LocalDate;

/**
 * A member's first held session as lead and as co-lead on or after joining the team (null: not yet), over the team's
 * whole history: what "days from joining to first turn" needs, without reading every session ever held.
 */
public record FirstTurns(long personId, LocalDate firstLed, LocalDate firstCoLed) {
}
