package org.peerplanner.domain.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One answer to "how did it go?" for an item: who, when, what, why, and at which session. */
@Entity
@Table(name = "action_item_outcome")
public class OutcomeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "session_id")
    private Long sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Outcome outcome;

    @Column(length = 1000)
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected OutcomeRecord() {
    }

    OutcomeRecord(long itemId, Long sessionId, Outcome outcome, String note, long recordedBy, Instant recordedAt) {
        this.itemId = itemId;
        this.sessionId = sessionId;
        this.outcome = outcome;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public long getItemId() { return itemId; }
    public Long getSessionId() { return sessionId; }
    public Outcome getOutcome() { return outcome; }
    public String getNote() { return note; }
    public long getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
