package org.peerplanner.domain.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    List<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Pageable page);

    Optional<Notification> findByIdAndRecipientId(long id, long recipientId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(long recipientId, Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Notification n set n.readAt = :now
            where n.recipientId = :recipientId and n.link = :link and n.kind in :kinds and n.readAt is null
            """)
    int markReadAbout(long recipientId, String link, Collection<String> kinds, Instant now);
}
