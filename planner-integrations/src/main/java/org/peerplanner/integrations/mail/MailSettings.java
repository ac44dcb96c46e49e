package org.peerplanner.integrations.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail goes out. The SMTP server itself is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host} there is no mail sender and no mail. How long the outbox keeps trying is
 * {@link org.peerplanner.domain.mail.OutboxSettings} (same prefix).
 *
 * @param from         the sender address; also the invite's organizer while a session has no facilitator
 * @param pollInterval how often the sender looks for mail that is due again (retries, other instances' mail);
 *                     mail queued by this instance leaves right after its change commits
 */
@ConfigurationProperties("planner.mail")
public record MailSettings(@DefaultValue("noreply@peerplanner.local") String from,
                           @DefaultValue("15s") Duration pollInterval) {

    public MailSettings {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("planner.mail.from must be an e-mail address");
        }
        if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("planner.mail.poll-interval must be positive");
        }
        from = from.strip();
    }
}
