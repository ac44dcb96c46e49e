package org.peerplanner.domain.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** Someone declined leading a team's slot; the rotation passes them over for that slot. */
@Entity
@Table(name = "slot_decline")
@IdClass(SlotDecline.Key.class)
public class SlotDecline {

    public record Key(long teamId, LocalDate slotDate, long personId) implements Serializable {
        public Key() {
            this(0, null, 0);
        }
    }

    @Id
    @Column(name = "team_id")
    private long teamId;

    @Id
    @Column(name = "slot_date")
    private LocalDate slotDate;

    @Id
    @Column(name = "person_id")
    private long personId;

    @Column(name = "declined_at", nullable = false)
    private Instant declinedAt;

    protected SlotDecline() {
    }

    public SlotDecline(long teamId, LocalDate slotDate, long personId, Instant declinedAt) {
        this.teamId = teamId;
        this.slotDate = slotDate;
        this.personId = personId;
        this.declinedAt = declinedAt;
    }

    public long getTeamId() { return teamId; }
    public LocalDate getSlotDate() { return slotDate; }
    public long getPersonId() { return personId; }
}
