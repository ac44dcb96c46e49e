package org.peerplanner.domain.gap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** "I can teach this": a member volunteering to run a session on a gap. */
@Entity
@Table(name = "gap_offer")
public class GapOffer {

    public static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "gap_id", nullable = false)
    private KnowledgeGap gap;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "note", length = MAX_NOTE)
    private String note;

    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;

    protected GapOffer() {
    }

    GapOffer(KnowledgeGap gap, long personId, String note, Instant offeredAt) {
        this.gap = gap;
        this.personId = personId;
        this.note = note;
        this.offeredAt = offeredAt;
    }

    void rephrase(String note) {
        this.note = note;
    }

    public long getPersonId() {
        return personId;
    }

    public String getNote() {
        return note;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }
}
