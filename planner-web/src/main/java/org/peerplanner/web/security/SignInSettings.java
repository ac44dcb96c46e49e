package org.peerplanner.web.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How hard password guessing is throttled ({@link SignInThrottle}).
 *
 * @param maxFailures           wrong passwords for one account (or one unknown email) within the window that lock it
 * @param maxFailuresPerAddress failures from one client address within the window that block the address, so one
 *                              place can lock at most {@code maxFailuresPerAddress / maxFailures} accounts at a time
 * @param lockMinutes           the window, and how long a lock lasts after the last failure
 */
@ConfigurationProperties("planner.sign-in")
@Validated
public record SignInSettings(@DefaultValue("5") @Positive @Max(1000) int maxFailures,
                             @DefaultValue("25") @Positive @Max(100_000) int maxFailuresPerAddress,
                             @DefaultValue("15") @Positive @Max(7 * 24 * 60) int lockMinutes) {

    @AssertTrue(message = "planner.sign-in.max-failures-per-address must not be below planner.sign-in.max-failures: "
            + "one person mistyping would block their whole office")
    boolean isAddressLimitAtLeastTheAccountLimit() {
        return maxFailuresPerAddress >= maxFailures;
    }

    Duration window() {
        return Duration.ofMinutes(lockMinutes);
    }
}
