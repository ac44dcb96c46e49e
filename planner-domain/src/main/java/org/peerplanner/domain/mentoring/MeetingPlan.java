package org.peerplanner.domain.mentoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** The rhythm a pair agrees when the mentor accepts: how often, on which weekday, when, how long, from when. */
public record MeetingPlan(
        @NotNull(message = "Choose how often you meet.") Rhythm rhythm,
        @NotNull(message = "Choose the weekday you meet on.") DayOfWeek weekday,
        @NotNull(message = "A rhythm needs a time of day.") LocalTime time,
        @Min(value = 15, message = "A meeting lasts 15 to 240 minutes.")
        @Max(value = 240, message = "A meeting lasts 15 to 240 minutes.") int durationMinutes,
        @NotNull(message = "Choose the day you start.") LocalDate startsOn,
        @Size(max = 300, message = "A video link has at most 300 characters.") String videoLink) {
}
