package org.peerplanner.domain.help;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What a manager sets for help requests in the team.
 *
 * @param teamOnly requests stay inside the team instead of reaching the whole organisation
 */
public record HelpRulesForm(
        boolean teamOnly,
        @Min(value = 15, message = "Give people at least 15 minutes.")
        @Max(value = 20160, message = "Two weeks at most.") int todayWindowMinutes,
        @Min(value = 15, message = "Give people at least 15 minutes.")
        @Max(value = 20160, message = "Two weeks at most.") int weekWindowMinutes,
        @Min(value = 15, message = "Give people at least 15 minutes.")
        @Max(value = 20160, message = "Two weeks at most.") int wheneverWindowMinutes) {

    public static HelpRulesForm defaults() {
        return new HelpRulesForm(false, (int) HelpUrgency.TODAY.defaultWindow().toMinutes(),
                (int) HelpUrgency.THIS_WEEK.defaultWindow().toMinutes(),
                (int) HelpUrgency.WHENEVER.defaultWindow().toMinutes());
    }
}
