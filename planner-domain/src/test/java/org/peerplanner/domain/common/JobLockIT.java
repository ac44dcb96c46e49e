package org.peerplanner.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The job lease on the real database: of concurrent instances one gets it; an expired lease can be taken over. */
@SpringBootTest
@UsePlannerTestDatabase
class JobLockIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JobLock springLock;

    @Test
    void ofConcurrentInstancesExactlyOneGetsTheLease() throws Exception {
        String job = "test-" + UUID.randomUUID();
        var clock = new TestClock(Instant.parse("2030-01-01T07:00:00Z"));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                // Each "instance" has its own lock object on the shared database, as separate app instances do.
                var instance = new JobLock(jdbc, clock);
                String name = "instance-" + i;
                Callable<Boolean> take = () -> {
                    start.await();
                    return instance.tryAcquire(job, Duration.ofMinutes(10), name);
                };
                results.add(pool.submit(take));
            }
            start.countDown();
            int winners = 0;
            for (var result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSecondAcquirerWaitsUntilTheLeaseRunsOutAndThenTakesItOver() {
        String job = "action-item-reminders-test-" + UUID.randomUUID();
        var clock = new TestClock(Instant.parse("2030-01-01T07:00:00Z"));
        var first = new JobLock(jdbc, clock);
        var second = new JobLock(jdbc, clock);

        assertThat(first.tryAcquire(job, Duration.ofMinutes(10), "first")).isTrue();
        assertThat(second.tryAcquire(job, Duration.ofMinutes(10), "second")).isFalse();
        assertThat(first.holder(job)).contains("first");

        clock.advance(Duration.ofMinutes(9));
        assertThat(second.tryAcquire(job, Duration.ofMinutes(10), "second")).isFalse();

        clock.advance(Duration.ofMinutes(2));
        assertThat(second.tryAcquire(job, Duration.ofMinutes(10), "second")).as("the first instance died").isTrue();
        assertThat(second.holder(job)).contains("second");
        assertThat(first.tryAcquire(job, Duration.ofMinutes(10), "first")).isFalse();
    }

    @Test
    void theReminderJobsRowComesWithTheSchema() {
        assertThat(jdbc.queryForObject("select count(*) from scheduled_job_lock where name = 'action-item-reminders'",
                Integer.class)).isEqualTo(1);
        assertThat(springLock).isNotNull();
    }
}
