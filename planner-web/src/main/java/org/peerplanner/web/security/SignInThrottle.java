package org.peerplanner.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, on two counts within the lock window:
 * <ul>
 * <li>per account: after {@code maxFailures} wrong passwords for one account (or, for an email that belongs to
 * nobody, for that normalised email) it cannot sign in until the window has passed since the last failure;</li>
 * <li>per client address: after {@code maxFailuresPerAddress} failures from one address, that address may not
 * try at all for the window. This bounds how many accounts one place can lock (or guess at) per window.</li>
 * </ul>
 * Kept in memory: a restart forgets, which is acceptable for throttling (not for auditing).
 */
@Component
public class SignInThrottle {

    /** Above this many tracked keys, stale ones are dropped so a flood of made-up emails cannot fill the heap. */
    private static final int PURGE_ABOVE = 10_000;

    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> accountFailures = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> addressFailures = new ConcurrentHashMap<>();

    SignInThrottle(SignInSettings settings, Clock clock) {
        this.maxFailures = settings.maxFailures();
        this.maxFailuresPerAddress = settings.maxFailuresPerAddress();
        this.window = settings.window();
        this.clock = clock;
    }

    /** @param account the key of the account the lookup resolved to ({@link ThrottledSignIn}) */
    public boolean isLocked(String account) {
        return atLimit(accountFailures, account, maxFailures);
    }

    public boolean isAddressBlocked(String address) {
        return atLimit(addressFailures, address, maxFailuresPerAddress);
    }

    public void recordFailure(String account, String address) {
        add(accountFailures, account);
        add(addressFailures, address);
    }

    public void recordSuccess(String account) {
        accountFailures.remove(account);
    }

    public Duration lockDuration() {
        return window;
    }

    private boolean atLimit(Map<String, Deque<Instant>> failures, String key, int limit) {
        Deque<Instant> recent = failures.get(String.valueOf(key));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            forgetOld(recent);
            return recent.size() >= limit;
        }
    }

    private void add(Map<String, Deque<Instant>> failures, String key) {
        if (failures.size() > PURGE_ABOVE) {
            purgeStale(failures);
        }
        Deque<Instant> recent = failures.computeIfAbsent(String.valueOf(key), k -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent);
            recent.addLast(clock.instant());
        }
    }

    private void purgeStale(Map<String, Deque<Instant>> failures) {
        failures.values().removeIf(recent -> {
            synchronized (recent) {
                forgetOld(recent);
                return recent.isEmpty();
            }
        });
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
            recent.removeFirst();
        }
    }
}
