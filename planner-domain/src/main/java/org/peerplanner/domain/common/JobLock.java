package org.peerplanner.domain.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lease on a scheduled job, kept in the shared database, so that of several app instances only one runs the
 * job at a time. Taking it is one conditional UPDATE (... WHERE locked_until &lt; now): the database serialises
 * concurrent updates of the row, so exactly one instance sees a row count of 1. A lease is not released early:
 * it runs out, so instances whose schedules fire a little apart do not each run the job once.
 */
@Component
public class JobLock {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JobLock(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes the lease for {@code lease} when nobody holds it (or their lease ran out); committed at once. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean tryAcquire(String job, Duration lease, String holder) {
        Instant now = clock.instant();
        int taken = jdbc.update("""
                update scheduled_job_lock set locked_until = ?, locked_by = ?
                 where name = ? and locked_until < ?
                """, utc(now.plus(lease)), holder, job, utc(now));
        if (taken == 1) {
            return true;
        }
        Integer rows = jdbc.queryForObject("select count(*) from scheduled_job_lock where name = ?", Integer.class, job);
        if (rows != null && rows > 0) {
            return false;
        }
        try {
            return jdbc.update("insert into scheduled_job_lock (name, locked_until, locked_by) values (?, ?, ?)",
                    job, utc(now.plus(lease)), holder) == 1;
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            return false;
        }
    }

    /** Who holds the lease and until when, or empty; for logs and tests. */
    public java.util.Optional<String> holder(String job) {
        return jdbc.query("select locked_by from scheduled_job_lock where name = ? and locked_until >= ?",
                (rs, i) -> rs.getString(1), job, utc(clock.instant())).stream().findFirst();
    }

    /** Wall-clock UTC without a zone, so no JVM or connection time zone shifts the comparison. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
