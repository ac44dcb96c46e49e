package org.peerplanner.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-21T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(new SignInSettings(5, 25, 15), clock);

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("maria@example.com", "192.0.2.1");
        }
        assertThat(throttle.isLocked("maria@example.com")).isFalse();

        throttle.recordFailure("maria@example.com", "192.0.2.1");

        assertThat(throttle.isLocked("maria@example.com")).isTrue();
        assertThat(throttle.isLocked("jonas@example.com")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(14));
        assertThat(throttle.isLocked("maria@example.com")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(throttle.isLocked("maria@example.com")).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("sam@example.com", "192.0.2.1");
            clock.now = clock.now.plus(Duration.ofMinutes(4));
        }
        assertThat(throttle.isLocked("sam@example.com")).isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("zoe@example.com", "192.0.2.1");
        }
        throttle.recordSuccess("zoe@example.com");
        throttle.recordFailure("zoe@example.com", "192.0.2.1");

        assertThat(throttle.isLocked("zoe@example.com")).isFalse();
    }

    @Test
    void oneClientAddressCanLockAtMostFiveAccountsPerWindow() {
        for (int account = 0; account < 5; account++) {
            for (int i = 0; i < 5; i++) {
                throttle.recordFailure("person:" + account, "198.51.100.7");
            }
        }

        assertThat(throttle.isAddressBlocked("198.51.100.7")).isTrue();
        assertThat(throttle.isAddressBlocked("198.51.100.8")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(throttle.isAddressBlocked("198.51.100.7")).isFalse();
    }
}
