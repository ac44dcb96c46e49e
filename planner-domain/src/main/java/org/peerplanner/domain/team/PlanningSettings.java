package org.peerplanner.domain.team;

import java.util.List;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.format.SessionFormat;

/** How a team plans: newcomers' grace period, the rotating format mix, reminders and days off. */
public record PlanningSettings(int graceWeeks, List<SessionFormat> formatMix, int alarmMinutes, List<Blackout> blackouts) {

    public static final List<SessionFormat> DEFAULT_MIX = List.of(SessionFormat.LUNCH_AND_LEARN,
            SessionFormat.LUNCH_AND_LEARN, SessionFormat.DEEP_DIVE, SessionFormat.PAIRING);

    public PlanningSettings {
        formatMix = formatMix == null ? List.of() : List.copyOf(formatMix);
        blackouts = blackouts == null ? List.of() : List.copyOf(blackouts);
    }

    void check() {
        if (graceWeeks < 0 || graceWeeks > 26) {
            throw InvalidInputException.of("graceWeeks", "The grace period goes from 0 to 26 weeks.");
        }
        if (formatMix.isEmpty() || formatMix.size() > 12) {
            throw InvalidInputException.of("formatMix", "The format mix needs 1 to 12 slots, for example 2 lunch & learns, 1 deep dive, 1 pairing.");
        }
        if (alarmMinutes < 0 || alarmMinutes > 24 * 60) {
            throw InvalidInputException.of("alarmMinutes", "The reminder goes from 0 minutes to one day before.");
        }
        for (Blackout b : blackouts) {
            if (b.startsOn() == null || b.endsOn() == null || b.endsOn().isBefore(b.startsOn())) {
                throw InvalidInputException.of("blackouts", "A blackout period must end on or after its first day.");
            }
        }
    }
}
