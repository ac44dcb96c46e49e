package org.peerplanner.domain.notification;

import java.time.Instant;

/**
 * A notification as the list shows it.
 *
 * @param kind a feature's key, such as "session.proposed"; see {@link NotificationService#notify}
 * @param link the app route of its subject, such as "sessions/42", or null
 */
public record NotificationView(long id, String kind, String title, String detail, String link, Instant created,
                               boolean unread) {
}
