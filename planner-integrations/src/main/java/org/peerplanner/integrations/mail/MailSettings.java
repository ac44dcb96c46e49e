package org.peerplanner.integrations.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How session mail goes out. The SMTP server itself is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host} there is no mail sender and no mail.
 *
 * @param from              the sender address; also the invite's organizer while a session has no facilitator
 * @param retryAttempts     how often one batch is tried before giving up (at least 1)
 * @param retryFirstDelay   the wait after the first failure; it doubles after each further one
 */
@ConfigurationProperties("planner.mail")
public record MailSettings(@DefaultValue("noreply@peerplanner.local") String from,
                           @DefaultValue("5") int retryAttempts,
                           @DefaultValue("1s") Duration retryFirstDelay) {

    public MailSettings {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("planner.mail.from must be an e-mail address");
        }
        if (retryAttempts < 1) {
            throw new IllegalArgumentException("planner.mail.retry-attempts must be at least 1: " + retryAttempts);
        }
        if (retryFirstDelay == null || retryFirstDelay.isNegative()) {
            throw new IllegalArgumentException("planner.mail.retry-first-delay must not be negative");
        }
        from = from.strip();
    }
}
