package org.peerplanner.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line in a person's notification list. Nobody edits one: it is written once and only marked read, which is
 * harmless to repeat, so it carries no @Version (two tabs marking it read must not conflict).
 */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 500)
    private String detail;

    @Column(length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(long recipientId, String kind, String title, String detail, String link, Instant createdAt) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.title = title;
        this.detail = detail;
        this.link = link;
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    Long getId() { return id; }
    long getRecipientId() { return recipientId; }
    String getKind() { return kind; }
    String getTitle() { return title; }
    String getDetail() { return detail; }
    String getLink() { return link; }
    Instant getCreatedAt() { return createdAt; }
    Instant getReadAt() { return readAt; }
}
