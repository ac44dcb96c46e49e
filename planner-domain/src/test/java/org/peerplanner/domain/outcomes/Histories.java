package org.peerplanner.domain.outcomes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.peerplanner.domain.rotation.ScheduledSlot;
import org.peerplanner.domain.rotation.SlotCalendar;
import org.peerplanner.domain.rotation.SlotSchedule;
import org.peerplanner.domain.team.Blackout;
import org.peerplanner.domain.team.CadenceRule;
import org.peerplanner.domain.team.SessionSlot;

/** Hand-made team histories for the metric tests. */
final class Histories {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    private Histories() {
    }

    static TeamSchedule weeklyThursdays(Blackout... blackouts) {
        return new TeamSchedule(new SessionSlot(DayOfWeek.THURSDAY, LocalTime.of(12, 0), 60), CadenceRule.weekly(),
                LocalDate.of(2025, 1, 1), List.of(blackouts));
    }

    /** The slot days as the session feature works them out, with the rotation's calendar. */
    static List<LocalDate> slotDays(TeamScope scope) {
        var s = scope.schedule();
        var schedule = new SlotSchedule(BERLIN, s.slot(), s.cadence(), s.anchor(), s.blackouts().stream()
                .map(b -> new org.peerplanner.domain.rotation.Blackout(b.startsOn(), b.endsOn(), b.reason())).toList(),
                java.util.Set.of());
        return new SlotCalendar().nextSlots(schedule, scope.period().start(), 60).stream().map(ScheduledSlot::date)
                .filter(d -> !d.isAfter(scope.period().end())).toList();
    }

    static TeamScope scope(String first, String last, List<TeamMember> members) {
        return scope(first, last, members, weeklyThursdays());
    }

    static TeamScope scope(String first, String last, List<TeamMember> members, TeamSchedule schedule) {
        return new TeamScope(1, "Platform", BERLIN, schedule, new OutcomePeriod(YearMonth.parse(first), YearMonth.parse(last)),
                TODAY, 60, members);
    }

    static TeamMember member(long id, String joined) {
        return new TeamMember(id, LocalDate.parse(joined), true);
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }
}
