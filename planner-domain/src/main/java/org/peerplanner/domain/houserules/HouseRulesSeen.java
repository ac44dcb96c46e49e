package org.peerplanner.domain.houserules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Which revision of the house rules a membership was shown; only ever moves forward, so no @Version. */
@Entity
@Table(name = "house_rules_seen")
class HouseRulesSeen {

    @Id
    @Column(name = "membership_id")
    private Long membershipId;

    @Column(nullable = false)
    private int revision;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected HouseRulesSeen() {
    }

    HouseRulesSeen(long membershipId) {
        this.membershipId = membershipId;
    }

    void saw(int revision, Instant now) {
        if (revision >= this.revision) {
            this.revision = revision;
            this.seenAt = now;
        }
    }

    int getRevision() { return revision; }
}
