package org.peerplanner.domain.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app notification list behind the bell. Any feature tells a person something with {@link #notify};
 * a person only ever sees, counts and marks their own notifications: another person's answers "not found".
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    /** One page of the list; the bell shows the first. */
    public static final int PAGE_SIZE = 20;

    /** "feature.what": lower case, so each feature can add its own kinds without a schema change. */
    private static final Pattern KIND = Pattern.compile("[a-z]+(\\.[a-z-]+)+");

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Adds a notification to the recipient's list, in the caller's transaction: it is written with the change it
     * tells of, or not at all. Texts longer than their column are shortened rather than refused, because a
     * notification must never make the change it reports fail.
     *
     * @param kind   "feature.what", e.g. "session.proposed" or later "mentoring.request"
     * @param detail a second line, or null
     * @param link   the app route of the subject, e.g. "sessions/42", or null
     */
    @Transactional
    public void notify(long recipientPersonId, String kind, String title, String detail, String link) {
        if (kind == null || kind.length() > 40 || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("A notification kind looks like 'feature.what', not '" + kind + "'");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A notification needs a title");
        }
        notifications.save(new Notification(recipientPersonId, kind, cut(title, 200), cut(detail, 500),
                cut(link, 300), clock.instant()));
    }

    public long unreadCount(Actor actor) {
        return notifications.countByRecipientIdAndReadAtIsNull(actor.personId());
    }

    /** The actor's notifications, newest first, {@link #PAGE_SIZE} a page; page 0 is the newest. */
    public List<NotificationView> recent(Actor actor, int page) {
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(actor.personId(),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)).stream().map(NotificationService::view).toList();
    }

    @Transactional
    public void markRead(Actor actor, long notificationId) {
        notifications.findByIdAndRecipientId(notificationId, actor.personId())
                .orElseThrow(() -> new NotFoundException("The notification"))
                .markRead(clock.instant());
    }

    /** Returns how many were unread. */
    @Transactional
    public int markAllRead(Actor actor) {
        return notifications.markAllRead(actor.personId(), clock.instant());
    }

    /**
     * The person dealt with something (answered what a session asked, say): their unread notifications of these
     * kinds leading to that subject are read. For features reacting to what a person did, so it takes the person,
     * not an actor.
     */
    @Transactional
    public int markReadAbout(long personId, String link, Collection<String> kinds) {
        return kinds.isEmpty() ? 0 : notifications.markReadAbout(personId, link, kinds, clock.instant());
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.getId(), n.getKind(), n.getTitle(), n.getDetail(), n.getLink(),
                n.getCreatedAt(), n.getReadAt() == null);
    }

    private static String cut(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
    }
}
