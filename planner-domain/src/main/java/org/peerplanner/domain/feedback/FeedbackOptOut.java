package org.peerplanner.domain.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who does not want to be asked for feedback. */
@Entity
@Table(name = "feedback_opt_out")
class FeedbackOptOut {

    @Id
    @Column(name = "person_id")
    private Long personId;

    protected FeedbackOptOut() {
    }

    FeedbackOptOut(long personId) {
        this.personId = personId;
    }
}
