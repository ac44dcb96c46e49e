package org.peerplanner.domain.help;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person routing asked about one request, in which round and why. Written once, never changed. */
@Entity
@Table(name = "help_routing")
class RoutingEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false)
    private int round;

    @Column(nullable = false, length = 300)
    private String reason;

    @Column(name = "notified_at", nullable = false)
    private Instant notifiedAt;

    protected RoutingEntry() {
    }

    RoutingEntry(long requestId, long personId, int round, String reason, Instant notifiedAt) {
        this.requestId = requestId;
        this.personId = personId;
        this.round = round;
        this.reason = reason.length() > 300 ? reason.substring(0, 299) + "…" : reason;
        this.notifiedAt = notifiedAt;
    }

    long getRequestId() {
        return requestId;
    }

    long getPersonId() {
        return personId;
    }

    int getRound() {
        return round;
    }

    String getReason() {
        return reason;
    }

    Instant getNotifiedAt() {
        return notifiedAt;
    }
}
