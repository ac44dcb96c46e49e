package org.peerplanner.domain.gap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How urgently a gap deserves a session, as one whole number the board sorts by (highest first).
 *
 * <pre>
 * score = base(urgency) + 5 × votes + min(full weeks since reported, 12)
 *
 * base: LOW 10, MEDIUM 20, HIGH 35
 * </pre>
 *
 * Why these numbers:
 * <ul>
 *   <li>Urgency is the manager's judgement and sets the starting line. HIGH is 15 above MEDIUM
 *       (MEDIUM only 10 above LOW) so a high-urgency gap is not overtaken by a medium one until
 *       three more people say "me too".</li>
 *   <li>Each vote (people's "me too" plus votes imported from a retro tool) adds 5: two votes
 *       lift a gap one urgency level, so the team's voice counts as much as the manager's.</li>
 *   <li>Age adds one point per full week waiting so that old gaps slowly rise instead of being
 *       forgotten, capped at 12 (about a quarter) so that a stale, unloved gap never beats a
 *       fresh one the team actually asks for.</li>
 * </ul>
 * A gap reported "in the future" (a wrong date) gets no age bonus; negative vote counts count as 0.
 */
public final class GapPriority {

    public static final int POINTS_PER_VOTE = 5;
    public static final int MAX_AGE_WEEKS = 12;

    private GapPriority() {
    }

    public static int score(Urgency urgency, int votes, LocalDate reportedOn, LocalDate today) {
        long weeks = reportedOn == null || today.isBefore(reportedOn) ? 0 : ChronoUnit.WEEKS.between(reportedOn, today);
        return base(urgency) + POINTS_PER_VOTE * Math.max(votes, 0) + (int) Math.min(weeks, MAX_AGE_WEEKS);
    }

    static int base(Urgency urgency) {
        return switch (urgency) {
            case LOW -> 10;
            case MEDIUM -> 20;
            case HIGH -> 35;
        };
    }
}
