package org.peerplanner.domain.recognition;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Where a person stands in one team, as "your next step" needs it: counts from their ledger, whether they are in the
 * rotation's grace period, whether they offer mentoring, and the best concrete openings around them.
 */
public record Standing(boolean inGracePeriod, int led, int coLed, boolean ledLunchAndLearn, boolean ledDeepDive,
                       int topicsLed, boolean offersMentoring, Optional<CoFacilitation> coFacilitation,
                       Optional<GapForSkill> gapForSkill) {

    /** An upcoming session led by an experienced facilitator, with the co-facilitator's place free. */
    public record CoFacilitation(long sessionId, String title, ZonedDateTime start, String facilitatorName,
                                 int facilitatorLed) {
    }

    /** An open gap whose tag matches a skill the person has at {@link NextSteps#CAN_TEACH} or more. */
    public record GapForSkill(long gapId, String title, String skill) {
    }
}
