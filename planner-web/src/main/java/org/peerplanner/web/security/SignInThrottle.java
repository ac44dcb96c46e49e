package org.peerplanner.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code maxFailures} wrong passwords for one address within
 * the lock window, that address cannot sign in until the window has passed since the last failure.
 * Kept in memory: a restart forgets, which is acceptable for throttling (not for auditing).
 */
@Component
public class SignInThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    SignInThrottle(@Value("${planner.sign-in.max-failures:5}") int maxFailures,
                   @Value("${planner.sign-in.lock-minutes:15}") int lockMinutes, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = Duration.ofMinutes(lockMinutes);
        this.clock = clock;
    }

    public boolean isLocked(String email) {
        Deque<Instant> recent = failures.get(key(email));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            forgetOld(recent);
            return recent.size() >= maxFailures;
        }
    }

    public void recordFailure(String email) {
        Deque<Instant> recent = failures.computeIfAbsent(key(email), k -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent);
            recent.addLast(clock.instant());
        }
    }

    public void recordSuccess(String email) {
        failures.remove(key(email));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(String.valueOf(event.getAuthentication().getPrincipal()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        recordSuccess(event.getAuthentication().getName());
    }

    public Duration lockDuration() {
        return window;
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
            recent.removeFirst();
        }
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
