package org.peerplanner.domain.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.common.ScheduledJobLocks;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Scheduled jobs run once across app instances, on the real database: two schedulers, each with the lock provider
 * an instance makes (ScheduledJobLocks), fire the same job every 20 ms; it runs once. And the app's own jobs take
 * their lock (the Spring proxy ShedLock puts around @SchedulerLock methods is there).
 */
@SpringBootTest
@UsePlannerTestDatabase
class ScheduledJobsRunOnceIT {

    private static final Instant CREATED = Instant.parse("2026-06-10T09:00:00Z");

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HelpJobs helpJobs;

    @Test
    void twoInstancesSchedulersFiringTheSameJobRunItOnce() throws InterruptedException {
        String job = "test-" + UUID.randomUUID().toString().substring(0, 8);
        var runs = new AtomicInteger();
        var instances = List.of(scheduler("instance-1", job, runs), scheduler("instance-2", job, runs));
        try {
            Thread.sleep(1500);
        } finally {
            instances.forEach(ThreadPoolTaskScheduler::shutdown);
        }
        assertThat(runs).as("runs of the job over 1.5 s, both instances firing every 20 ms").hasValue(1);
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = ?", String.class, job))
                .isIn("instance-1", "instance-2");
    }

    @Test
    void theHelpDeadlinesJobTakesItsLockInTheSharedTable() throws Exception {
        assertThat(AopUtils.isAopProxy(helpJobs)).as("ShedLock's proxy around @SchedulerLock").isTrue();
        jdbc.update("delete from shedlock where name = ?", HelpJobs.DEADLINES);

        helpJobs.escalate();

        Instant until = jdbc.queryForObject("select lock_until from shedlock where name = ?", java.sql.Timestamp.class,
                HelpJobs.DEADLINES).toInstant();
        Instant at = jdbc.queryForObject("select locked_at from shedlock where name = ?", java.sql.Timestamp.class,
                HelpJobs.DEADLINES).toInstant();
        assertThat(Duration.between(at, until)).as("held at least 5 minutes after a short run")
                .isBetween(Duration.ofMinutes(4), Duration.ofMinutes(5));
    }

    private ThreadPoolTaskScheduler scheduler(String instance, String job, AtomicInteger runs) {
        var locks = new DefaultLockingTaskExecutor(ScheduledJobLocks.lockProviderFor(dataSource, instance));
        var scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix(instance + "-");
        scheduler.initialize();
        // The lock's times are the database server's (usingDbTime); the configuration's own instant is not used.
        scheduler.scheduleAtFixedRate(() -> locks.executeWithLock((Runnable) runs::incrementAndGet,
                new LockConfiguration(CREATED, job, Duration.ofMinutes(5), Duration.ofMinutes(1))),
                Duration.ofMillis(20));
        return scheduler;
    }
}
