package org.peerplanner.domain.outcomes;

import java.time.LocalDate;

/**
 * A gap's dates in its team's zone: logged, first addressed (a closed gap counts as addressed on the day it closed if
 * it skipped that step), closed; {@code open} while it waits for a session (open or planned). Declined and merged
 * gaps are left out by the feature that reads them.
 */
public record GapTrace(LocalDate loggedOn, LocalDate addressedOn, LocalDate closedOn, boolean open) {

    public LocalDate firstAddressed() {
        return addressedOn != null ? addressedOn : closedOn;
    }
}
