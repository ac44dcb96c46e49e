package org.peerplanner.domain.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One answer to "how useful was it?". It has no person and no time on purpose: nothing stored with it can tell the
 * facilitator who wrote it. Who has answered is kept apart, in {@link FeedbackGiven}.
 */
@Entity
@Table(name = "session_feedback")
class SessionFeedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(nullable = false)
    private int usefulness;

    @Column(name = "will_use", length = 200)
    private String willUse;

    protected SessionFeedback() {
    }

    SessionFeedback(long sessionId, int usefulness, String willUse) {
        this.sessionId = sessionId;
        this.usefulness = usefulness;
        this.willUse = willUse;
    }

    int getUsefulness() { return usefulness; }
    String getWillUse() { return willUse; }
}
