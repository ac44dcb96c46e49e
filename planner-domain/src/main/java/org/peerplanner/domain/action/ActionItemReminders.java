package org.peerplanner.domain.action;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder job's view of the data (system use, no actor): which reminders are due now, and the bookkeeping
 * that makes each go out once. A reminder is claimed (its row written, unique per item, kind and due date)
 * and a {@link ReminderClaimed} published in the same transaction, whose listener queues the mail in the outbox:
 * a claimed reminder always has its mail waiting, and a retry or a second instance never mails twice.
 */
@Service
@Transactional(readOnly = true)
public class ActionItemReminders {

    private final ActionItemRepository items;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ActionItemReminders(ActionItemRepository items, JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.items = items;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    public List<Reminder> due(int daysBefore) {
        // A day beyond UTC's date covers every team zone, whose "today" can be a day ahead of UTC.
        LocalDate latest = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(daysBefore + 1L);
        Set<Long> ownerInTeam = new HashSet<>(items.openDueByWithOwnerInTeam(latest));
        var candidates = items.openDueBy(latest, clock.instant()).stream()
                .map(r -> new ReminderCandidate(r.id(), r.status(), ownerInTeam.contains(r.id()), r.dueOn(),
                        ZoneId.of(r.teamZone()), r.ownerName(), r.ownerEmail(), r.teamName(), r.description(),
                        r.sessionTitle() == null ? "a knowledge gap"
                                : r.sessionFormat().titleBeyondAttendees(r.sessionTitle())))
                .toList();
        return ReminderSelection.select(candidates, sent(latest), clock, daysBefore);
    }

    /**
     * Writes that the reminder goes out and, in the same transaction, publishes {@link ReminderClaimed} for its
     * mail; false when it already went out (by another run or instance).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claim(Reminder reminder) {
        try {
            jdbc.update("insert into action_item_reminder (item_id, kind, due_on, sent_at) values (?, ?, ?, ?)",
                    reminder.itemId(), reminder.kind().name(), reminder.dueOn(),
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        } catch (DuplicateKeyException alreadySent) {
            return false;
        }
        events.publishEvent(new ReminderClaimed(reminder));
        return true;
    }

    /** Forgets that the reminder went out, so that the next run sends it again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void unclaim(Reminder reminder) {
        jdbc.update("delete from action_item_reminder where item_id = ? and kind = ? and due_on = ?",
                reminder.itemId(), reminder.kind().name(), reminder.dueOn());
    }

    private Set<ReminderSelection.Sent> sent(LocalDate latest) {
        return new HashSet<>(jdbc.query("""
                select r.item_id, r.kind, r.due_on from action_item_reminder r
                  join action_item i on i.id = r.item_id and i.due_on = r.due_on
                 where i.status = 'OPEN' and i.due_on <= ?
                """, (rs, n) -> new ReminderSelection.Sent(rs.getLong(1), ReminderKind.valueOf(rs.getString(2)),
                rs.getObject(3, LocalDate.class)), latest));
    }
}
