package org.peerplanner.domain.rotation;

import java.util.List;

/** The proposed sessions, in date order. */
public record RotationPlan(List<PlannedSlot> slots) {

    public RotationPlan {
        slots = List.copyOf(slots);
    }
}
