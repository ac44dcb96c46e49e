package org.peerplanner.domain.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotPermittedException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The durable way out for mail. A feature queues its messages in the transaction of the change they tell about, so
 * a rolled-back change leaves none and a committed one cannot lose them; a sender then claims, sends and reports
 * each one. Several app instances may share the database: a claim is a conditional UPDATE with a token and a lease,
 * so one sender sends a message, and if it stops mid-way the lease runs out and another sender takes it.
 */
@Service
@EnableConfigurationProperties(OutboxSettings.class)
public class MailOutbox {

    /** The right-hand side of every Message-ID; like the calendar UIDs, it names the product, not a host. */
    static final String MESSAGE_ID_DOMAIN = "peer-planner";
    private static final int DEAD_SHOWN = 200;

    private final OutboxTable table;
    private final OutboxSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MailOutbox(OutboxTable table, OutboxSettings settings, Clock clock, ApplicationEventPublisher events) {
        this.table = table;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    /** Queues a message in the caller's transaction; without one it refuses, as the message would outlive no change. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(OutgoingMail mail) {
        long id = table.insert(mail, "<" + UUID.randomUUID() + "@" + MESSAGE_ID_DOMAIN + ">", clock.instant());
        events.publishEvent(new MailQueued(id));
        return id;
    }

    /**
     * Claims up to {@code limit} messages that are due, each the oldest still pending for its recipient and topic,
     * oldest first; each claim commits at once. Others see them claimed until the lease runs out.
     */
    public List<QueuedMail> claimDue(int limit) {
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        List<QueuedMail> claimed = new ArrayList<>();
        for (long id : table.claimable(now, limit)) {
            if (table.claim(id, token, now, now.plus(settings.claimLease()))) {
                QueuedMail mail = table.claimed(id, token);
                if (mail != null) {
                    claimed.add(mail);
                }
            }
        }
        return claimed;
    }

    /** The server took the message. False when the claim had run out and another sender took it over meanwhile. */
    public boolean sent(QueuedMail mail) {
        events.publishEvent(new MailAttempted(mail.id(), MailAttempted.Outcome.SENT));
        return table.markSent(mail.id(), mail.claimToken(), clock.instant());
    }

    /**
     * The attempt failed: the message waits longer after each failure ({@link OutboxSettings#delayAfter}) and is
     * dead after the last attempt, or at once when {@code permanent} (it can never be sent as it is). Returns
     * whether it is dead now.
     */
    public boolean failed(QueuedMail mail, String error, boolean permanent) {
        Instant now = clock.instant();
        int attempts = mail.attempts() + 1;
        boolean dead = permanent || attempts >= settings.maxAttempts();
        events.publishEvent(new MailAttempted(mail.id(), dead ? MailAttempted.Outcome.GAVE_UP : MailAttempted.Outcome.FAILED));
        return table.markFailed(mail.id(), mail.claimToken(), attempts, dead ? OutboxTable.DEAD : OutboxTable.PENDING,
                dead ? now : now.plus(settings.delayAfter(attempts)), error, now) && dead;
    }

    /** Administrators only: the messages given up on, newest first, with their last error. */
    @Transactional(readOnly = true)
    public List<DeadMail> dead(Actor actor) {
        requireAdministrator(actor);
        return table.dead(DEAD_SHOWN);
    }

    /** Administrators only: how many messages wait to be sent (also for a next attempt), and how many are dead. */
    @Transactional(readOnly = true)
    public OutboxCounts counts(Actor actor) {
        requireAdministrator(actor);
        return new OutboxCounts(table.count(OutboxTable.PENDING), table.count(OutboxTable.DEAD));
    }

    /** For health checks (no actor: it shows counts and an age, nothing of anyone's mail). */
    @Transactional(readOnly = true)
    public OutboxHealth health() {
        return new OutboxHealth(table.count(OutboxTable.PENDING), table.count(OutboxTable.DEAD),
                table.oldestDueSince(clock.instant()));
    }

    /** Administrators only: a dead message gets all its attempts again, the first one now. */
    @Transactional
    public void sendAgain(Actor actor, long id) {
        requireAdministrator(actor);
        if (!table.revive(id, clock.instant())) {
            throw InvalidInputException.of("mail", "This message is no longer undelivered; the list is refreshed.");
        }
        events.publishEvent(new MailQueued(id));
    }

    /** Administrators only: after an outage, every dead message gets all its attempts again; returns how many. */
    @Transactional
    public int sendAllAgain(Actor actor) {
        requireAdministrator(actor);
        int revived = table.reviveAll(clock.instant());
        if (revived > 0) {
            events.publishEvent(new MailQueued(0));
        }
        return revived;
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.administrator()) {
            throw new NotPermittedException("Only administrators see undelivered mail.");
        }
    }
}
