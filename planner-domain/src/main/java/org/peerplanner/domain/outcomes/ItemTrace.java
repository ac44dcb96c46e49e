package org.peerplanner.domain.outcomes;

import java.time.LocalDate;

/**
 * An action item in its team's dates: written down, due, done (null unless done; a dropped item is never done), and
 * how many of the team's sessions it has come back to so far.
 */
public record ItemTrace(long ownerId, LocalDate writtenOn, LocalDate dueOn, LocalDate doneOn, boolean dropped,
                        long carriedOver) {

    boolean doneInTime() {
        return doneOn != null && !doneOn.isAfter(dueOn);
    }
}
