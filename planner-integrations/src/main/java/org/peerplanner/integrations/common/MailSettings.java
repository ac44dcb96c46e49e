package org.peerplanner.integrations.common;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How mail goes out. The SMTP server itself is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host} there is no mail sender and no mail. How long the outbox keeps trying is
 * {@link org.peerplanner.domain.mail.OutboxSettings} (same prefix). Here rather than in the mail package because the
 * calendar feeds publish under the same sender address, and calendar must not depend on mail (mail uses calendar).
 *
 * @param from         the sender address; also the invite's organizer while a session has no facilitator, and the
 *                     publisher of the calendar feeds
 * @param pollInterval how often the sender looks for mail that is due again (retries, other instances' mail);
 *                     mail queued by this instance leaves right after its change commits
 */
@ConfigurationProperties("planner.mail")
@Validated
public record MailSettings(@DefaultValue("noreply@peerplanner.local") @NotBlank @Email String from,
                           @DefaultValue("15s") @NotNull @DurationMin(nanos = 1, message = "must be positive")
                           Duration pollInterval) {

    public MailSettings {
        from = from == null ? null : from.strip();
    }
}
