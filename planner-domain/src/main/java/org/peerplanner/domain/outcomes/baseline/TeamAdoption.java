package org.peerplanner.domain.outcomes.baseline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** The date a manager set as the day the team took up peer learning (without it: its first held session). */
@Entity
@Table(name = "team_adoption")
class TeamAdoption {

    @Id
    @Column(name = "team_id")
    private Long teamId;

    @Version
    private long version;

    @Column(name = "adopted_on", nullable = false)
    private LocalDate adoptedOn;

    protected TeamAdoption() {
    }

    TeamAdoption(long teamId, LocalDate adoptedOn) {
        this.teamId = teamId;
        this.adoptedOn = adoptedOn;
    }

    void move(LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }

    LocalDate getAdoptedOn() { return adoptedOn; }
}
