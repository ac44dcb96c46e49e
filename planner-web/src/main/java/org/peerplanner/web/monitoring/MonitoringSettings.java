package org.peerplanner.web.monitoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Monitoring (README, "Monitoring").
 *
 * @param outboxStuckAfter how long mail may stay due without any sender claiming it before the outbox health (and so
 *                         readiness) says DOWN. Retries after a failed attempt are not due yet and never count: only
 *                         a sender that stopped working makes due mail this old.
 * @param requestIdHeader  the header that carries a request id in and out ({@link RequestIds})
 */
@ConfigurationProperties("planner.monitoring")
@Validated
public record MonitoringSettings(@DefaultValue("15m") @NotNull Duration outboxStuckAfter,
                                 @DefaultValue("X-Request-Id") @Pattern(regexp = "[A-Za-z0-9-]{1,64}")
                                 String requestIdHeader) {
}
