package org.peerplanner.domain.rotation;

import java.time.LocalDate;
import java.util.List;

/**
 * The next session dates of a team: its slot on its cadence, without blackout days and skipped slots.
 * Stateless and thread-safe.
 */
public final class SlotCalendar {

    /**
     * The next {@code count} slots on or after {@code from} (a slot on {@code from} itself counts).
     * A start time that falls in a DST gap moves forward by the length of the gap (02:30 → 03:30).
     */
    public List<ScheduledSlot> nextSlots(SlotSchedule schedule, LocalDate from, int count) {
        throw new UnsupportedOperationException("not yet");
    }
}
