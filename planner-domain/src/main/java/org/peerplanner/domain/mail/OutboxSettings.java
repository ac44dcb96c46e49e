package org.peerplanner.domain.mail;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

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
@Validated
public record OutboxSettings(@DefaultValue("8") @Min(1) int maxAttempts,
                             @DefaultValue("1m") @NotNull @DurationMin(nanos = 1, message = "must be positive")
                             Duration retryFirstDelay,
                             @DefaultValue("1h") @NotNull @DurationMin(nanos = 1, message = "must be positive")
                             Duration retryMaxDelay,
                             @DefaultValue("2m") @NotNull @DurationMin(nanos = 1, message = "must be positive")
                             Duration claimLease) {

    @AssertTrue(message = "planner.mail.retry-max-delay must not be below planner.mail.retry-first-delay")
    boolean isRetryMaxDelayAtLeastTheFirst() {
        return retryFirstDelay == null || retryMaxDelay == null || retryMaxDelay.compareTo(retryFirstDelay) >= 0;
    }

    /** The wait after the given number of failed attempts (1 = after the first). */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = retryFirstDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(retryMaxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(retryMaxDelay) > 0 ? retryMaxDelay : delay;
    }
}
