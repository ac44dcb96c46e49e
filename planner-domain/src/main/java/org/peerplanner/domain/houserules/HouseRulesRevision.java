package org.peerplanner.domain.houserules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One saved version of a team's house rules, kept whole so any earlier one can be read as it was. Never edited: a
 * change is a new revision, and the unique (team, number) is what stops two managers saving over each other.
 */
@Entity
@Table(name = "house_rules_revision")
class HouseRulesRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = HouseRules.MAX_LENGTH)
    private String body;

    @Column(name = "written_by", nullable = false)
    private long writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(nullable = false)
    private boolean cleaned;

    protected HouseRulesRevision() {
    }

    HouseRulesRevision(long teamId, int number, String body, long writtenBy, Instant writtenAt, boolean cleaned) {
        this.teamId = teamId;
        this.number = number;
        this.body = body;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
        this.cleaned = cleaned;
    }

    long getTeamId() { return teamId; }
    int getNumber() { return number; }
    String getBody() { return body; }
    long getWrittenBy() { return writtenBy; }
    Instant getWrittenAt() { return writtenAt; }
    boolean isCleaned() { return cleaned; }
}
