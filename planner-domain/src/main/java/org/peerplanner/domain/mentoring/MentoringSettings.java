package org.peerplanner.domain.mentoring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Peer mentoring's rules of patience.
 *
 * @param remindAfter      an unanswered request reminds its mentor after this long
 * @param withdrawAfter    and is withdrawn after this long, so the mentee can ask someone else
 * @param maxOpenRequests  a mentee's requests waiting at once: asking everyone at the same time is what makes
 *                         mentors go quiet
 * @param deadlinesCron    when the reminder and withdrawal job looks
 */
@ConfigurationProperties("planner.mentoring")
public record MentoringSettings(@DefaultValue("5d") Duration remindAfter,
                                @DefaultValue("10d") Duration withdrawAfter,
                                @DefaultValue("3") int maxOpenRequests,
                                @DefaultValue("0 15 * * * *") String deadlinesCron) {

    public MentoringSettings {
        if (remindAfter.isNegative() || remindAfter.isZero() || withdrawAfter.compareTo(remindAfter) <= 0) {
            throw new IllegalArgumentException(
                    "planner.mentoring.remind-after must be positive and withdraw-after longer than it");
        }
        if (maxOpenRequests < 1) {
            throw new IllegalArgumentException("planner.mentoring.max-open-requests must be at least 1");
        }
    }

    public static MentoringSettings defaults() {
        return new MentoringSettings(Duration.ofDays(5), Duration.ofDays(10), 3, "0 15 * * * *");
    }
}
