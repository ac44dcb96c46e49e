package org.peerplanner.domain.help;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Help requests' rules of patience.
 *
 * @param maxOpenRequests an asker's open requests at once: more would spread the helpers thin
 * @param unsolvedAfter   a request still open this long asks its asker whether to log a knowledge gap
 * @param deadlinesCron   when the escalation job looks for requests whose helpers' window ran out
 * @param digestCron      when the daily digest mails go out
 */
@ConfigurationProperties("planner.help")
public record HelpSettings(@DefaultValue("3") int maxOpenRequests,
                           @DefaultValue("14d") Duration unsolvedAfter,
                           @DefaultValue("0 */10 * * * *") String deadlinesCron,
                           @DefaultValue("0 0 7 * * *") String digestCron) {

    public HelpSettings {
        if (maxOpenRequests < 1) {
            throw new IllegalArgumentException("planner.help.max-open-requests must be at least 1");
        }
        if (unsolvedAfter.isNegative() || unsolvedAfter.isZero()) {
            throw new IllegalArgumentException("planner.help.unsolved-after must be positive");
        }
    }

    public static HelpSettings defaults() {
        return new HelpSettings(3, Duration.ofDays(14), "0 */10 * * * *", "0 0 7 * * *");
    }
}
