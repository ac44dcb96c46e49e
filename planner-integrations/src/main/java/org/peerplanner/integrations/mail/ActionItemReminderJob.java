package org.peerplanner.integrations.mail;

import java.time.Clock;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.peerplanner.domain.action.ActionItemReminders;
import org.peerplanner.domain.action.Reminder;
import org.peerplanner.domain.common.ScheduledJobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Queues due action-item reminders on a schedule. Several app instances may share one database: each run first
 * takes the job's lock there (ShedLock, see ScheduledJobLocks; held for {@code planner.reminders.lease}, not
 * released early), so only one instance looks; each reminder is also claimed in the database, in the
 * transaction that queues its mail in the outbox, so none goes out twice and none is lost. Off when no SMTP server
 * is configured.
 */
@Component
public class ActionItemReminderJob implements SchedulingConfigurer {

    static final String JOB = "action-item-reminders";
    private static final Logger log = LoggerFactory.getLogger(ActionItemReminderJob.class);

    private final ActionItemReminders reminders;
    private final ActionItemReminderMailer mailer;
    private final LockingTaskExecutor lock;
    private final ReminderSettings settings;
    private final Clock clock;

    public ActionItemReminderJob(ActionItemReminders reminders, ActionItemReminderMailer mailer, LockingTaskExecutor lock,
                                 ReminderSettings settings, Clock clock) {
        this.reminders = reminders;
        this.mailer = mailer;
        this.lock = lock;
        this.settings = settings;
        this.clock = clock;
        if (!mailer.enabled()) {
            log.info("Action item reminders are off: set spring.mail.host to mail owners before and after due dates");
        }
    }

    /** On {@code planner.reminders.cron}, read from the settings so its default lives in one place. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addCronTask(this::scheduled, settings.cron());
    }

    private void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            log.error("Action item reminders failed; the next run tries again", e);
        }
    }

    /** Returns how many reminders were queued in this run (0 when another instance holds the job). */
    public int run() {
        if (!mailer.enabled()) {
            return 0;
        }
        // A plain call, not @SchedulerLock: the task is registered in configureTasks, which no Spring proxy sees.
        // The lock's times are the database's (ScheduledJobLocks); the instant given here only labels the request.
        var lease = new LockConfiguration(clock.instant(), JOB, settings.lease(), settings.lease());
        return ScheduledJobLocks.runUnderLock(lock, lease, this::queueDue).orElse(0);
    }

    private int queueDue() {
        int queued = 0;
        for (Reminder reminder : reminders.due(settings.daysBefore())) {
            if (reminders.claim(reminder)) {
                queued++;
            }
        }
        if (queued > 0) {
            log.info("Queued {} action item reminder(s)", queued);
        }
        return queued;
    }
}
