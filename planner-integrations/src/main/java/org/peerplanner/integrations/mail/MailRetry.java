package org.peerplanner.integrations.mail;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends a batch of messages, trying again with a doubling wait while the server is unreachable or refuses some of
 * them. Only the messages that failed are sent again. Never throws: it logs a warning per failed attempt and an
 * error when it gives up. A small loop of our own rather than spring-retry, which the project does not use.
 */
final class MailRetry {

    private static final Logger log = LoggerFactory.getLogger(MailRetry.class);

    private final int attempts;
    private final Duration firstDelay;

    MailRetry(int attempts, Duration firstDelay) {
        this.attempts = attempts;
        this.firstDelay = firstDelay;
    }

    /** Returns whether every message went out. {@code what} names the batch in the log. */
    boolean send(JavaMailSender sender, List<MimeMessage> messages, String what) {
        List<MimeMessage> pending = List.copyOf(messages);
        Duration delay = firstDelay;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            try {
                sender.send(pending.toArray(MimeMessage[]::new));
                return true;
            } catch (MailParseException | MailPreparationException e) {
                log.error("Not sending {}: the message could not be built", what, e);
                return false;
            } catch (MailSendException e) {
                pending = stillFailing(pending, e.getFailedMessages());
                if (!giveUpOrWait(what, attempt, pending.size(), delay, e)) {
                    return false;
                }
            } catch (MailException e) {
                if (!giveUpOrWait(what, attempt, pending.size(), delay, e)) {
                    return false;
                }
            }
            delay = delay.multipliedBy(2);
        }
        return true;
    }

    /** Logs the failure; returns false when there is no attempt left or the wait was interrupted. */
    private boolean giveUpOrWait(String what, int attempt, int failed, Duration delay, MailException e) {
        if (attempt >= attempts) {
            log.error("Giving up on {} after {} attempts; {} message(s) not sent", what, attempt, failed, e);
            return false;
        }
        log.warn("Sending {} failed (attempt {} of {}, {} message(s) pending): {}; trying again in {} ms", what,
                attempt, attempts, failed, NestedExceptionUtils.getMostSpecificCause(e).getMessage(), delay.toMillis());
        try {
            Thread.sleep(delay);
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            log.error("Stopped retrying {} (shutting down); {} message(s) not sent", what, failed);
            return false;
        }
    }

    /** A refused connection fails them all (JavaMailSenderImpl lists every one); a refused recipient only some. */
    private static List<MimeMessage> stillFailing(List<MimeMessage> pending, Map<Object, Exception> failed) {
        if (failed.isEmpty()) {
            return pending;
        }
        List<MimeMessage> still = pending.stream().filter(m -> failed.keySet().stream().anyMatch(f -> f == m)).toList();
        return still.isEmpty() ? pending : still;
    }
}
