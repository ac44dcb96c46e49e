package org.peerplanner.domain.help;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.peerplanner.domain.common.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs {@link HelpDeadlines} on a schedule; with several app instances, the job lease lets one of them look. */
@Component
@EnableConfigurationProperties(HelpSettings.class)
class HelpJobs {

    static final String DEADLINES = "help-deadlines";
    static final String DIGEST = "help-digest";
    private static final Logger log = LoggerFactory.getLogger(HelpJobs.class);

    private final HelpDeadlines deadlines;
    private final JobLock lock;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    HelpJobs(HelpDeadlines deadlines, JobLock lock) {
        this.deadlines = deadlines;
        this.lock = lock;
    }

    @Scheduled(cron = "${planner.help.deadlines-cron:0 */10 * * * *}")
    void escalate() {
        try {
            if (lock.tryAcquire(DEADLINES, Duration.ofMinutes(5), instance)) {
                var outcome = deadlines.run();
                if (outcome.escalated() + outcome.gapQuestions() > 0) {
                    log.info("Help: {} request(s) asked of more people, {} asker(s) asked about a gap",
                            outcome.escalated(), outcome.gapQuestions());
                }
            }
        } catch (RuntimeException e) {
            log.error("Help deadlines failed; the next run tries again", e);
        }
    }

    @Scheduled(cron = "${planner.help.digest-cron:0 0 7 * * *}")
    void digest() {
        try {
            if (lock.tryAcquire(DIGEST, Duration.ofHours(1), instance)) {
                deadlines.sendDigests();
            }
        } catch (RuntimeException e) {
            log.error("Help digest failed; the next run tries again", e);
        }
    }
}
