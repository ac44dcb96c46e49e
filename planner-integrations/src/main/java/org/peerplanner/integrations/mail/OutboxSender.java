package org.peerplanner.integrations.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.peerplanner.domain.mail.MailOutbox;
import org.peerplanner.domain.mail.MailQueued;
import org.peerplanner.domain.mail.QueuedMail;
import org.peerplanner.integrations.common.MailSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends what the {@link MailOutbox} holds, on a thread of its own: right after a change that queued mail commits,
 * and every {@code planner.mail.poll-interval} for retries and for mail other instances or an earlier run left.
 * A failed message waits longer after each attempt; other streams go on meanwhile, the later messages of its own
 * stream wait behind it. Without a {@link JavaMailSender} (Spring Boot makes one only when {@code spring.mail.host}
 * is set) it never starts.
 * <p>
 * Its own executor rather than an Executor bean: one would make Spring Boot drop its applicationTaskExecutor, which
 * other parts of the app use.
 */
@Component
public class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;
    private static final int MAX_ROUNDS = 100;

    private final MailOutbox outbox;
    private final JavaMailSender mailSender;
    private final MailSettings settings;
    private final Clock clock;
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    public OutboxSender(MailOutbox outbox, Optional<JavaMailSender> mailSender, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender.orElse(null);
        this.settings = settings;
        this.clock = clock;
        if (this.mailSender == null) {
            log.info("Mail is off: set spring.mail.host to send invites and reminders");
        }
    }

    /** Sends every message that is due now, in order per recipient and topic; returns how many went out. */
    public int sendDue() {
        if (mailSender == null) {
            return 0;
        }
        int sent = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<QueuedMail> batch = outbox.claimDue(BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (QueuedMail mail : batch) {
                if (send(mail)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean send(QueuedMail queued) {
        MimeMessage message;
        try {
            message = MimeMails.build(mailSender, settings.from(), queued.mail(), queued.messageId(), clock.instant());
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            log.error("Mail {} cannot be built; given up", queued.id(), e);
            outbox.failed(queued, "Cannot build the message: " + cause(e), true);
            return false;
        }
        try {
            mailSender.send(message);
        } catch (MailException e) {
            if (outbox.failed(queued, cause(e), false)) {
                log.error("Giving up on mail {} after {} attempts: {}; administrators can send it again under "
                        + "Undelivered mail", queued.id(), queued.attempts() + 1, cause(e));
            } else {
                log.warn("Sending mail {} failed (attempt {}): {}", queued.id(), queued.attempts() + 1, cause(e));
            }
            return false;
        }
        if (!outbox.sent(queued)) {
            log.warn("Mail {} was sent after its claim ran out; if another instance sent it too, its Message-ID {} "
                    + "lets mail clients show it once", queued.id(), queued.messageId());
        }
        return true;
    }

    private static String cause(Exception e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** After a change that queued mail commits, send it now rather than at the next poll. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void onQueued(MailQueued queued) {
        ExecutorService running = executor;
        if (running != null && drainQueued.compareAndSet(false, true)) {
            try {
                running.execute(() -> {
                    drainQueued.set(false);
                    drainQuietly();
                });
            } catch (RejectedExecutionException stopping) {
                drainQueued.set(false);
            }
        }
    }

    private void drainQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.error("Sending mail from the outbox failed; the next poll tries again", e);
        }
    }

    /** Starts polling, with a first run at once: mail left by the last run of the app goes out on start. */
    @Override
    public synchronized void start() {
        if (mailSender == null || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mail-outbox");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::drainQuietly, 0, settings.pollInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Lets the message being sent finish; whatever is left stays in the outbox for the next start. */
    @Override
    public synchronized void stop() {
        ScheduledExecutorService running = executor;
        if (running == null) {
            return;
        }
        executor = null;
        running.shutdown();
        try {
            if (!running.awaitTermination(10, TimeUnit.SECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
