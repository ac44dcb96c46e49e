package org.peerplanner.domain.session;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.peerplanner.domain.outcomes.TeamScope;
import org.peerplanner.domain.rotation.Blackout;
import org.peerplanner.domain.rotation.ScheduledSlot;
import org.peerplanner.domain.rotation.SlotCalendar;
import org.peerplanner.domain.rotation.SlotSchedule;

/** The days of a team's cadence in a period, blackouts left out: the rotation's own calendar, so plans and figures agree. */
final class SlotDays {

    private static final SlotCalendar CALENDAR = new SlotCalendar();

    private SlotDays() {
    }

    static List<LocalDate> of(TeamScope scope) {
        var schedule = scope.schedule();
        if (schedule == null) {
            return List.of();
        }
        LocalDate from = scope.period().start();
        LocalDate to = scope.period().end();
        var slotSchedule = new SlotSchedule(scope.zone(), schedule.slot(), schedule.cadence(), schedule.anchor(),
                schedule.blackouts().stream().map(b -> new Blackout(b.startsOn(), b.endsOn(), b.reason())).toList(),
                Set.of());
        // At most one slot a week, so the weeks of the period bound the count.
        int weeks = (int) ChronoUnit.WEEKS.between(from, to) + 2;
        return CALENDAR.nextSlots(slotSchedule, from, weeks).stream().map(ScheduledSlot::date)
                .filter(d -> !d.isAfter(to)).toList();
    }
}
