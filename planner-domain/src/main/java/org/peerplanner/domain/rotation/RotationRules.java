package org.peerplanner.domain.rotation;

import java.time.Period;

/**
 * Tunable rules.
 *
 * @param gracePeriod new members facilitate only from {@code joinedOn + gracePeriod} (default 4 weeks)
 * @param teachingProficiency the skill level at which someone can carry a topic (default 3)
 * @param fairnessWindow how far back "fewest facilitations" looks from a slot (default 12 months)
 */
public record RotationRules(Period gracePeriod, int teachingProficiency, Period fairnessWindow) {

    public static final RotationRules DEFAULTS = new RotationRules(Period.ofWeeks(4), 3, Period.ofMonths(12));

    public RotationRules {
        gracePeriod = gracePeriod == null ? Period.ZERO : gracePeriod;
        fairnessWindow = fairnessWindow == null ? Period.ofMonths(12) : fairnessWindow;
    }

    public static RotationRules defaults() {
        return DEFAULTS;
    }

    public RotationRules withGracePeriod(Period newGracePeriod) {
        return new RotationRules(newGracePeriod, teachingProficiency, fairnessWindow);
    }
}
