package org.peerplanner.domain.rotation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What people decided for one slot, on top of the engine's proposal: a fixed facilitator (by a
 * manager, or a member who took the slot in a swap) and/or a fixed topic. Either may be {@code null}.
 * Several overrides for the same date are merged; the last non-null value wins.
 */
public record SlotOverride(LocalDate slotDate, Long facilitatorId, PickSource facilitatorSource, Long gapId) {

    public SlotOverride {
        Objects.requireNonNull(slotDate, "slotDate");
        if (facilitatorId != null && (facilitatorSource == null || facilitatorSource == PickSource.ENGINE)) {
            facilitatorSource = PickSource.MANAGER;
        }
    }

    public static SlotOverride facilitatorFixedByManager(LocalDate slotDate, long personId) {
        return new SlotOverride(slotDate, personId, PickSource.MANAGER, null);
    }

    public static SlotOverride swapTakenBy(LocalDate slotDate, long personId) {
        return new SlotOverride(slotDate, personId, PickSource.SWAP, null);
    }

    public static SlotOverride topicFixed(LocalDate slotDate, long gapId) {
        return new SlotOverride(slotDate, null, null, gapId);
    }
}
