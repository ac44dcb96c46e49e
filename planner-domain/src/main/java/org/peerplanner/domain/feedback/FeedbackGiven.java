package org.peerplanner.domain.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** That a person has answered for a session, so nobody answers twice; not which answer is theirs. */
@Entity
@Table(name = "session_feedback_given")
class FeedbackGiven {

    @Embeddable
    record Key(@Column(name = "session_id") long sessionId, @Column(name = "person_id") long personId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    protected FeedbackGiven() {
    }

    FeedbackGiven(long sessionId, long personId) {
        this.key = new Key(sessionId, personId);
    }
}
