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

/** One person's "me too" on a gap; the database allows one per person and gap. */
@Entity
@Table(name = "gap_vote")
public class GapVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "gap_id", nullable = false)
    private KnowledgeGap gap;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    protected GapVote() {
    }

    GapVote(KnowledgeGap gap, long personId, Instant votedAt) {
        this.gap = gap;
        this.personId = personId;
        this.votedAt = votedAt;
    }

    public long getPersonId() {
        return personId;
    }

    public Instant getVotedAt() {
        return votedAt;
    }
}
