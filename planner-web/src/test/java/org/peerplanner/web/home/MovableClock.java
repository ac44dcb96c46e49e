package org.peerplanner.web.home;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the Home and bell tests set by hand, so "upcoming" and "overdue" never depend on the day they run. */
public final class MovableClock extends Clock {

    private volatile Instant now;

    MovableClock(Instant now) {
        this.now = now;
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Zoned(this, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** The same moving instant seen from another zone. */
    private static final class Zoned extends Clock {
        private final MovableClock source;
        private final ZoneId zone;

        Zoned(MovableClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Zoned(source, other);
        }

        @Override
        public Instant instant() {
            return source.instant();
        }
    }
}
