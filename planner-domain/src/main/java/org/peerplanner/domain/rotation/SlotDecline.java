package org.peerplanner.domain.rotation;

import java.time.LocalDate;

/** Someone declined to facilitate the slot on {@code slotDate}: the next candidate gets it. */
public record SlotDecline(LocalDate slotDate, long personId) {
}
