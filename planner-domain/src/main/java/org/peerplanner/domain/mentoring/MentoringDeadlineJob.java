package org.peerplanner.domain.mentoring;

import java.time.Duration;
import java.lang.management.ManagementFactory;
import org.peerplanner.domain.common.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs {@link MentoringDeadlines} on a schedule; with several app instances, the job lease lets one of them look. */
@Component
@EnableConfigurationProperties(MentoringSettings.class)
class MentoringDeadlineJob {

    static final String JOB = "mentoring-deadlines";
    private static final Logger log = LoggerFactory.getLogger(MentoringDeadlineJob.class);

    private final MentoringDeadlines deadlines;
    private final JobLock lock;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    MentoringDeadlineJob(MentoringDeadlines deadlines, JobLock lock) {
        this.deadlines = deadlines;
        this.lock = lock;
    }

    @Scheduled(cron = "${planner.mentoring.deadlines-cron:0 15 * * * *}")
    void scheduled() {
        try {
            if (lock.tryAcquire(JOB, Duration.ofMinutes(10), instance)) {
                var outcome = deadlines.run();
                if (outcome.reminded() + outcome.withdrawn() > 0) {
                    log.info("Mentoring: {} reminder(s), {} request(s) withdrawn", outcome.reminded(), outcome.withdrawn());
                }
            }
        } catch (RuntimeException e) {
            log.error("Mentoring deadlines failed; the next run tries again", e);
        }
    }
}
