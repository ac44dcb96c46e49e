package org.peerplanner.domain.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the outbox keeps trying.
 *
 * @param maxAttempts     after this many failed attempts a message is dead: administrators see it and may send it again
 * @param retryFirstDelay the wait after the first failed attempt; it doubles after each further one
 * @param retryMaxDelay   the longest wait between two attempts
 * @param claimLease      how long a sender holds a message it is sending; if it stops meanwhile (a crash), another
 *                        sender takes the message after this. Longer than the SMTP timeouts together.
 */
@ConfigurationProperties("planner.mail")
public record OutboxSettings(@DefaultValue("8") int maxAttempts,
                             @DefaultValue("1m") Duration retryFirstDelay,
                             @DefaultValue("1h") Duration retryMaxDelay,
                             @DefaultValue("2m") Duration claimLease) {

    public OutboxSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("planner.mail.max-attempts must be at least 1: " + maxAttempts);
        }
        if (!positive(retryFirstDelay) || !positive(retryMaxDelay) || retryMaxDelay.compareTo(retryFirstDelay) < 0) {
            throw new IllegalArgumentException(
                    "planner.mail.retry-first-delay and retry-max-delay must be positive, the first not above the max");
        }
        if (!positive(claimLease)) {
            throw new IllegalArgumentException("planner.mail.claim-lease must be positive");
        }
    }

    /** The wait after the given number of failed attempts (1 = after the first). */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = retryFirstDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(retryMaxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(retryMaxDelay) > 0 ? retryMaxDelay : delay;
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }
}
