package org.peerplanner.web.calendar;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Calendar feed polls, counted and timed per feed kind and outcome as {@code planner.feed.requests} (Prometheus:
 * {@code planner_feed_requests_seconds_count{feed="team",outcome="not_modified"}}): how many polls there are and
 * what share is answered 304. The timers exist from the start, so a dashboard shows 0 rather than nothing, and the
 * token (a credential) is never a tag. Cheaper than Spring's http.server.requests, which leaves feed polls out.
 */
@Component
class FeedRequests {

    enum Outcome { FULL, NOT_MODIFIED, NOT_FOUND }

    private final Map<Outcome, Timer> team = new EnumMap<>(Outcome.class);
    private final Map<Outcome, Timer> personal = new EnumMap<>(Outcome.class);

    FeedRequests(MeterRegistry registry) {
        for (Outcome outcome : Outcome.values()) {
            team.put(outcome, timer(registry, "team", outcome));
            personal.put(outcome, timer(registry, "personal", outcome));
        }
    }

    void team(Outcome outcome, long startedNanos) {
        team.get(outcome).record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }

    void personal(Outcome outcome, long startedNanos) {
        personal.get(outcome).record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }

    private static Timer timer(MeterRegistry registry, String feed, Outcome outcome) {
        return Timer.builder("planner.feed.requests")
                .description("Calendar feed polls by feed kind and outcome")
                .tag("feed", feed)
                .tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry);
    }
}
