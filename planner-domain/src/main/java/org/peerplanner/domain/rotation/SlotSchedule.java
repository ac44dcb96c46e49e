package org.peerplanner.domain.rotation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.peerplanner.domain.team.CadenceRule;
import org.peerplanner.domain.team.SessionSlot;

/**
 * When a team meets: its usual slot in its own zone, its cadence, and the days it does not.
 *
 * @param anchor the date that fixes the phase of an every-two-weeks cadence: the ISO week (Monday
 *               to Sunday) holding this date is a session week, and so is every second week from it,
 *               before or after. Pass the team's creation date (in the team's zone) so the same team
 *               always meets in the same weeks. Required for EVERY_TWO_WEEKS, ignored otherwise
 *               (a sprint cadence is anchored by its own sprint start).
 * @param blackouts holidays, release weeks: no session on these days
 * @param skippedDates single slot dates that were marked as skipped
 */
public record SlotSchedule(ZoneId zone, SessionSlot slot, CadenceRule cadence, LocalDate anchor,
                           List<Blackout> blackouts, Set<LocalDate> skippedDates) {

    public SlotSchedule {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(cadence, "cadence");
        blackouts = blackouts == null ? List.of() : List.copyOf(blackouts);
        skippedDates = skippedDates == null ? Set.of() : Set.copyOf(skippedDates);
    }

    public static SlotSchedule of(ZoneId zone, SessionSlot slot, CadenceRule cadence, LocalDate anchor) {
        return new SlotSchedule(zone, slot, cadence, anchor, List.of(), Set.of());
    }

    public SlotSchedule withBlackouts(List<Blackout> newBlackouts) {
        return new SlotSchedule(zone, slot, cadence, anchor, newBlackouts, skippedDates);
    }

    public SlotSchedule withSkippedDates(Set<LocalDate> newSkippedDates) {
        return new SlotSchedule(zone, slot, cadence, anchor, blackouts, newSkippedDates);
    }
}
