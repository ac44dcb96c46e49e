package org.peerplanner.domain.mentoring;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link MentoringDeadlines} on a schedule; with several app instances, the job's lock (ScheduledJobLocks) lets
 * one of them look. Held at least 10 minutes, so an instance whose clock is a little behind does not look again.
 */
@Component
@EnableConfigurationProperties(MentoringSettings.class)
class MentoringDeadlineJob {

    static final String JOB = "mentoring-deadlines";
    private static final Logger log = LoggerFactory.getLogger(MentoringDeadlineJob.class);

    private final MentoringDeadlines deadlines;

    MentoringDeadlineJob(MentoringDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Scheduled(cron = "${planner.mentoring.deadlines-cron:0 15 * * * *}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "10m", lockAtMostFor = "50m")
    void scheduled() {
        try {
            var outcome = deadlines.run();
            log.debug("Mentoring deadlines ran on this instance");
            if (outcome.reminded() + outcome.withdrawn() > 0) {
                log.info("Mentoring: {} reminder(s), {} request(s) withdrawn", outcome.reminded(), outcome.withdrawn());
            }
        } catch (RuntimeException e) {
            log.error("Mentoring deadlines failed; the next run tries again", e);
        }
    }
}
