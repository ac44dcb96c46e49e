package org.peerplanner.domain.help;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link HelpDeadlines} on a schedule; with several app instances, each job's lock (ScheduledJobLocks) lets one
 * of them look. A lock is held at least half the default interval, so instances firing a little apart look once.
 */
@Component
@EnableConfigurationProperties(HelpSettings.class)
class HelpJobs {

    static final String DEADLINES = "help-deadlines";
    static final String DIGEST = "help-digest";
    private static final Logger log = LoggerFactory.getLogger(HelpJobs.class);

    private final HelpDeadlines deadlines;

    HelpJobs(HelpDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Scheduled(cron = "${planner.help.deadlines-cron:0 */10 * * * *}")
    @SchedulerLock(name = DEADLINES, lockAtLeastFor = "5m", lockAtMostFor = "9m")
    void escalate() {
        try {
            var outcome = deadlines.run();
            log.debug("Help deadlines ran on this instance");
            if (outcome.escalated() + outcome.gapQuestions() > 0) {
                log.info("Help: {} request(s) asked of more people, {} asker(s) asked about a gap",
                        outcome.escalated(), outcome.gapQuestions());
            }
        } catch (RuntimeException e) {
            log.error("Help deadlines failed; the next run tries again", e);
        }
    }

    @Scheduled(cron = "${planner.help.digest-cron:0 0 7 * * *}")
    @SchedulerLock(name = DIGEST, lockAtLeastFor = "1h", lockAtMostFor = "3h")
    void digest() {
        try {
            deadlines.sendDigests();
            log.debug("Help digest ran on this instance");
        } catch (RuntimeException e) {
            log.error("Help digest failed; the next run tries again", e);
        }
    }
}
