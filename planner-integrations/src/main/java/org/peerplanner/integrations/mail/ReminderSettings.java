package org.peerplanner.integrations.mail;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * Action-item reminders. Like session mail they are off without {@code spring.mail.host}.
 *
 * @param daysBefore how many days before the due date the first reminder goes out (0 = on the due date)
 * @param cron       when the job looks for due reminders; hourly by default, so every team zone gets its
 *                   reminders early in its own day; "-" turns the schedule off
 * @param lease      how long one instance holds the job once it starts; shorter than the schedule's interval
 */
@ConfigurationProperties("planner.reminders")
@Validated
public record ReminderSettings(@DefaultValue("3") @PositiveOrZero @Max(60) int daysBefore,
                               @DefaultValue("0 5 * * * *") @NotNull String cron,
                               @DefaultValue("10m") @NotNull @DurationMin(nanos = 1, message = "must be positive")
                               Duration lease) {

    @AssertTrue(message = "planner.reminders.cron must be a cron expression (second minute hour day month weekday) or -")
    boolean isCronReadable() {
        return cron == null || ScheduledTaskRegistrar.CRON_DISABLED.equals(cron) || CronExpression.isValidExpression(cron);
    }
}
