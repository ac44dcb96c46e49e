package org.peerplanner.domain.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The server secret feed tokens are derived from: made once (256 random bits) and kept in the
 * database, so links survive restarts and every app instance derives the same tokens.
 */
@Component
class FeedSecret {

    private static final String NAME = "calendar-feed";
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile byte[] secret;

    FeedSecret(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    byte[] get() {
        if (secret == null) {
            var stored = jdbc.queryForList("select secret from app_secret where name = ?", String.class, NAME);
            if (stored.isEmpty()) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    jdbc.update("insert into app_secret (name, secret, created_at) values (?, ?, ?)", NAME,
                            Base64.getEncoder().encodeToString(fresh), java.sql.Timestamp.from(clock.instant()));
                } catch (org.springframework.dao.DuplicateKeyException anotherInstanceWasFirst) {
                    // Two instances started at the same moment; the next request reads the winner's secret.
                    throw new IllegalStateException("The calendar feed secret was just created elsewhere; try again.");
                }
                secret = fresh;
            } else {
                secret = Base64.getDecoder().decode(stored.getFirst());
            }
        }
        return secret;
    }
}
