package org.peerplanner.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's feed link state: which version of the token is live, its hash, or revoked. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @Column(name = "person_id")
    private long personId;

    /** Not optimistic locking: the token generation. A new version is a new link. */
    @Column(name = "version", nullable = false)
    private int generation;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(nullable = false)
    private boolean revoked;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Whether the personal feed shows the owner's open action items on their due dates. */
    @Column(name = "action_items", nullable = false)
    private boolean actionItems = true;

    protected CalendarFeed() {
    }

    CalendarFeed(long personId, Instant now) {
        this.personId = personId;
        this.generation = 0;
        this.revoked = true;
        this.updatedAt = now;
    }

    void activate(int newGeneration, String hash, Instant now) {
        generation = newGeneration;
        tokenHash = hash;
        revoked = false;
        updatedAt = now;
    }

    void revoke(Instant now) {
        revoked = true;
        tokenHash = null;
        updatedAt = now;
    }

    void showActionItems(boolean show, Instant now) {
        actionItems = show;
        updatedAt = now;
    }

    long getPersonId() { return personId; }
    boolean showsActionItems() { return actionItems; }
    int getGeneration() { return generation; }
    boolean isRevoked() { return revoked; }
}
