package org.peerplanner.domain.gap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of a gap's history. Written once, never changed or deleted: the name is a snapshot so
 * the line still reads right after the person is renamed or leaves.
 */
@Entity
@Table(name = "gap_history")
public class GapHistoryEntry {

    public static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "gap_id", nullable = false)
    private KnowledgeGap gap;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "person_name", nullable = false, length = 120)
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 16)
    private GapEvent event;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 12)
    private GapStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 12)
    private GapStatus toStatus;

    @Column(name = "note", length = MAX_NOTE)
    private String note;

    /** The other gap of a merge. */
    @Column(name = "related_gap_id")
    private Long relatedGapId;

    /** Set on lines copied from a duplicate when it was merged in: the gap they first happened to. */
    @Column(name = "copied_from_gap_id")
    private Long copiedFromGapId;

    protected GapHistoryEntry() {
    }

    GapHistoryEntry(KnowledgeGap gap, Instant happenedAt, PersonRef by, GapEvent event, GapStatus fromStatus,
                    GapStatus toStatus, String note, Long relatedGapId) {
        this.gap = gap;
        this.happenedAt = happenedAt;
        this.personId = by.id();
        this.personName = by.name();
        this.event = event;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
        this.relatedGapId = relatedGapId;
    }

    /** The same line, kept on the gap a duplicate was merged into. */
    GapHistoryEntry copyFor(KnowledgeGap survivor, Long duplicateId) {
        var copy = new GapHistoryEntry(survivor, happenedAt, new PersonRef(personId == null ? 0 : personId, personName),
                event, fromStatus, toStatus, note, relatedGapId);
        copy.personId = personId;
        copy.copiedFromGapId = copiedFromGapId != null ? copiedFromGapId : duplicateId;
        return copy;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getPersonName() {
        return personName;
    }

    public GapEvent getEvent() {
        return event;
    }

    public GapStatus getFromStatus() {
        return fromStatus;
    }

    public GapStatus getToStatus() {
        return toStatus;
    }

    public String getNote() {
        return note;
    }

    public Long getRelatedGapId() {
        return relatedGapId;
    }

    public Long getCopiedFromGapId() {
        return copiedFromGapId;
    }
}
