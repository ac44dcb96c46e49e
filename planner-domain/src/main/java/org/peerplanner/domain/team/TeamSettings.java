package org.peerplanner.domain.team;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Everything a manager sets about a team. */
public record TeamSettings(
        @NotBlank(message = "Enter a team name.") @Size(max = 80, message = "A team name has at most 80 characters.") String name,
        @NotNull(message = "Choose the team's time zone.") ZoneId timeZone,
        @NotNull(message = "Choose a weekday.") DayOfWeek slotDay,
        @NotNull(message = "Enter a start time.") LocalTime slotStart,
        @Min(value = SessionSlot.MIN_MINUTES, message = "A session lasts 15 to 240 minutes.")
        @Max(value = SessionSlot.MAX_MINUTES, message = "A session lasts 15 to 240 minutes.") int slotMinutes,
        @NotNull(message = "Choose a cadence.") Cadence cadence,
        Integer sprintWeeks,
        LocalDate sprintStart,
        @Size(max = 500, message = "A location has at most 500 characters.") String defaultLocation) {

    public SessionSlot slot() {
        return new SessionSlot(slotDay, slotStart, slotMinutes);
    }

    public CadenceRule cadenceRule() {
        return cadence == Cadence.EVERY_SPRINT
                ? CadenceRule.everySprint(sprintWeeks, sprintStart)
                : new CadenceRule(cadence, null, null);
    }

    static TeamSettings of(Team team) {
        var slot = team.getSlot();
        var rule = team.getCadence();
        return new TeamSettings(team.getName(), team.getTimeZone(), slot.day(), slot.start(), slot.minutes(),
                rule.cadence(), rule.sprintWeeks(), rule.sprintStart(), team.getDefaultLocation());
    }
}
