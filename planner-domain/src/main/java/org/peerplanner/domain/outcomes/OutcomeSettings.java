package org.peerplanner.domain.outcomes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A team's own target for closing a knowledge gap; teams without a row use the default. */
@Entity
@Table(name = "outcome_settings")
class OutcomeSettings {

    static final int DEFAULT_CLOSE_TARGET_DAYS = 60;
    static final int MAX_CLOSE_TARGET_DAYS = 730;

    @Id
    @Column(name = "team_id")
    private Long teamId;

    @Version
    private long version;

    @Column(name = "close_target_days", nullable = false)
    private int closeTargetDays;

    protected OutcomeSettings() {
    }

    OutcomeSettings(long teamId, int closeTargetDays) {
        this.teamId = teamId;
        this.closeTargetDays = closeTargetDays;
    }

    void aimFor(int days) {
        this.closeTargetDays = days;
    }

    Long getTeamId() {
        return teamId;
    }

    int getCloseTargetDays() {
        return closeTargetDays;
    }
}
