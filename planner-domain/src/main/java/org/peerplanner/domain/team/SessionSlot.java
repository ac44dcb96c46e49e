package org.peerplanner.domain.team;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** The team's usual time for a session, in the team's own time zone. */
@Embeddable
public record SessionSlot(
        @Enumerated(EnumType.STRING) @Column(name = "slot_day", nullable = false, length = 9) DayOfWeek day,
        @Column(name = "slot_start", nullable = false) LocalTime start,
        @Column(name = "slot_minutes", nullable = false) int minutes) {

    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 240;

    public String describe() {
        String dayName = day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        return "%ss at %s for %d min".formatted(dayName, start, minutes);
    }
}
