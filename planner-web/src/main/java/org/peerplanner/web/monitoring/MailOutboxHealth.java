package org.peerplanner.web.monitoring;

import java.time.Clock;
import java.time.Duration;
import org.peerplanner.domain.mail.MailOutbox;
import org.peerplanner.domain.mail.OutboxHealth;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The mail outbox in the readiness group ("mailOutbox"). Waiting and dead messages are normal (a message waits for
 * its next attempt, administrators handle dead ones under Undelivered mail), so they are only shown. DOWN only when
 * mail has been due for longer than {@code planner.monitoring.outbox-stuck-after} without any sender claiming it:
 * then no instance sends at all (the sender stopped, or mail is off while something queues), which nobody would
 * otherwise notice until people miss their invites.
 */
@Component("mailOutboxHealthIndicator")
class MailOutboxHealth implements HealthIndicator {

    private final MailOutbox outbox;
    private final MonitoringSettings settings;
    private final Clock clock;

    MailOutboxHealth(MailOutbox outbox, MonitoringSettings settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Health health() {
        OutboxHealth state = outbox.health();
        Duration dueFor = state.oldestDueSince() == null ? Duration.ZERO
                : Duration.between(state.oldestDueSince(), clock.instant());
        Health.Builder health = dueFor.compareTo(settings.outboxStuckAfter()) > 0 ? Health.down() : Health.up();
        return health.withDetail("waiting", state.waiting())
                .withDetail("undelivered", state.undelivered())
                .withDetail("oldestDueSeconds", dueFor.toSeconds())
                .build();
    }
}
