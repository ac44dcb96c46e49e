package org.peerplanner.domain.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A manager's adjustment to one slot of the proposed plan: a fixed facilitator, a fixed topic, or skip it. */
@Entity
@Table(name = "plan_override")
@IdClass(PlanOverride.Key.class)
public class PlanOverride {

    public record Key(long teamId, LocalDate slotDate) implements Serializable {
        public Key() {
            this(0, null);
        }
    }

    @Id
    @Column(name = "team_id")
    private long teamId;

    @Id
    @Column(name = "slot_date")
    private LocalDate slotDate;

    @Column(name = "facilitator_id")
    private Long facilitatorId;

    @Column(name = "gap_id")
    private Long gapId;

    @Column(nullable = false)
    private boolean skipped;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PlanOverride() {
    }

    PlanOverride(long teamId, LocalDate slotDate, long createdBy, Instant createdAt) {
        this.teamId = teamId;
        this.slotDate = slotDate;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void fixFacilitator(Long personId) {
        facilitatorId = personId;
    }

    void fixTopic(Long gap) {
        gapId = gap;
    }

    void skip(boolean skip) {
        skipped = skip;
    }

    boolean isEmpty() {
        return facilitatorId == null && gapId == null && !skipped;
    }

    public LocalDate getSlotDate() { return slotDate; }
    public Long getFacilitatorId() { return facilitatorId; }
    public Long getGapId() { return gapId; }
    public boolean isSkipped() { return skipped; }
}
