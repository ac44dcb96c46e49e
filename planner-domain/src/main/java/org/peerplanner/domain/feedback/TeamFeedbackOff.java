package org.peerplanner.domain.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A team that does not ask for feedback after its sessions. */
@Entity
@Table(name = "team_feedback_off")
class TeamFeedbackOff {

    @Id
    @Column(name = "team_id")
    private Long teamId;

    protected TeamFeedbackOff() {
    }

    TeamFeedbackOff(long teamId) {
        this.teamId = teamId;
    }
}
