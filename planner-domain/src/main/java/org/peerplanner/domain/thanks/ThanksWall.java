package org.peerplanner.domain.thanks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A team's choice to show its thanks on a wall. No row: off. */
@Entity
@Table(name = "thanks_wall")
class ThanksWall {

    @Id
    @Column(name = "team_id")
    private Long teamId;

    @Version
    private long version;

    @Column(nullable = false)
    private boolean shown;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ThanksWall() {
    }

    ThanksWall(long teamId) {
        this.teamId = teamId;
    }

    void show(boolean shown, long by, Instant now) {
        this.shown = shown;
        this.changedBy = by;
        this.changedAt = now;
    }

    long getVersion() { return version; }
    boolean isShown() { return shown; }
}
