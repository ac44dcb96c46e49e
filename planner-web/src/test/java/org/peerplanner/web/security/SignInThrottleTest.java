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
    private final SignInThrottle throttle = new SignInThrottle(5, 15, clock);

    @Test
    void fiveWrongPasswordsLockTheAddressForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("maria@example.com");
        }
        assertThat(throttle.isLocked("maria@example.com")).isFalse();

        throttle.recordFailure("MARIA@example.com ");

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
            throttle.recordFailure("sam@example.com");
            clock.now = clock.now.plus(Duration.ofMinutes(4));
        }
        assertThat(throttle.isLocked("sam@example.com")).isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("zoe@example.com");
        }
        throttle.recordSuccess("zoe@example.com");
        throttle.recordFailure("zoe@example.com");

        assertThat(throttle.isLocked("zoe@example.com")).isFalse();
    }
}
