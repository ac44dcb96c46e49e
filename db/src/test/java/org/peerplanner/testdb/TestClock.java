package org.peerplanner.testdb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * The clock integration tests run on: it stands still at {@link #start()} until a test moves it, so a test
 * means the same thing on a Tuesday morning as on a Sunday night. The start is {@code PLANNER_TEST_NOW} (an
 * ISO-8601 instant) when set, else {@link #DEFAULT_START}; {@link TestClockReset} puts it back there before
 * every test method, because contexts (and their clock) are shared between test classes.
 */
public final class TestClock extends Clock {

    public static final String START_VARIABLE = "PLANNER_TEST_NOW";
    /** An ordinary Wednesday mid-morning: no daylight-saving change, month end or leap day near it. */
    public static final Instant DEFAULT_START = Instant.parse("2026-06-10T09:00:00Z");

    private final Instant start;
    private volatile Instant now;

    public TestClock(Instant start) {
        this.start = start;
        this.now = start;
    }

    /** A clock at the configured start of this test run. */
    public static TestClock atConfiguredStart() {
        return new TestClock(configuredStart());
    }

    /** {@code PLANNER_TEST_NOW} when set, else {@link #DEFAULT_START}. */
    public static Instant configuredStart() {
        String value = System.getenv(START_VARIABLE);
        if (value == null || value.isBlank()) {
            return DEFAULT_START;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(START_VARIABLE + " must be an ISO-8601 instant such as "
                    + DEFAULT_START + ", was '" + value + "'", e);
        }
    }

    public Instant start() {
        return start;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void set(ZonedDateTime time) {
        now = time.toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Back to {@link #start()}. */
    public void reset() {
        now = start;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view in another zone that still follows this clock when a test moves it. */
    @Override
    public Clock withZone(ZoneId zone) {
        TestClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public String toString() {
        return "TestClock[" + now + ", start " + start + "]";
    }
}
