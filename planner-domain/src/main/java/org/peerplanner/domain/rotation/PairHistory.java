package org.peerplanner.domain.rotation;

import java.time.LocalDate;

/** When two people last paired. */
public record PairHistory(PersonPair pair, LocalDate lastPaired) {
}
