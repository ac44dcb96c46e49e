package org.peerplanner.integrations.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Action-item reminders. Like session mail they are off without {@code spring.mail.host}.
 *
 * @param daysBefore how many days before the due date the first reminder goes out (0 = on the due date)
 * @param cron       when the job looks for due reminders; hourly by default, so every team zone gets its
 *                   reminders early in its own day; "-" turns the schedule off
 * @param lease      how long one instance holds the job once it starts; shorter than the schedule's interval
 */
@ConfigurationProperties("planner.reminders")
public record ReminderSettings(@DefaultValue("3") int daysBefore,
                               @DefaultValue("0 5 * * * *") String cron,
                               @DefaultValue("10m") Duration lease) {

    public ReminderSettings {
        if (daysBefore < 0 || daysBefore > 60) {
            throw new IllegalArgumentException("planner.reminders.days-before must be between 0 and 60: " + daysBefore);
        }
        if (lease == null || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("planner.reminders.lease must be positive");
        }
    }
}
