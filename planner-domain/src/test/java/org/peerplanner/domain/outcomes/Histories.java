package org.peerplanner.domain.outcomes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.peerplanner.domain.rotation.SlotSchedule;
import org.peerplanner.domain.rotation.Blackout;
import org.peerplanner.domain.team.CadenceRule;
import org.peerplanner.domain.team.SessionSlot;

/** Hand-made team histories for the metric tests. */
final class Histories {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    private Histories() {
    }

    static SlotSchedule weeklyThursdays(Blackout... blackouts) {
        return SlotSchedule.of(BERLIN, new SessionSlot(DayOfWeek.THURSDAY, LocalTime.of(12, 0), 60), CadenceRule.weekly(),
                LocalDate.of(2025, 1, 1)).withBlackouts(List.of(blackouts));
    }

    static TeamScope scope(String first, String last, List<TeamMember> members) {
        return scope(first, last, members, weeklyThursdays());
    }

    static TeamScope scope(String first, String last, List<TeamMember> members, SlotSchedule schedule) {
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
