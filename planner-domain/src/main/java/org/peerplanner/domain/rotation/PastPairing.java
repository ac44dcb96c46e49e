package org.peerplanner.domain.rotation;

import java.time.LocalDate;
import java.util.List;

/** People who paired together on a day (2 or 3). */
public record PastPairing(LocalDate date, List<Long> personIds) {

    public PastPairing {
        personIds = List.copyOf(personIds);
    }
}
