package org.peerplanner.domain.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A facilitator asks someone else to lead their session; another member takes it. */
@Entity
@Table(name = "swap_request")
public class SwapRequest {

    public enum Status { OPEN, TAKEN, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "requested_by", nullable = false)
    private long requestedBy;

    @Column(length = 500)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "taken_by")
    private Long takenBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected SwapRequest() {
    }

    SwapRequest(long sessionId, long requestedBy, String reason, Instant now) {
        this.sessionId = sessionId;
        this.requestedBy = requestedBy;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.status = Status.OPEN;
        this.createdAt = now;
    }

    void takenBy(long personId, Instant now) {
        status = Status.TAKEN;
        takenBy = personId;
        resolvedAt = now;
    }

    void withdraw(Instant now) {
        status = Status.WITHDRAWN;
        resolvedAt = now;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getSessionId() { return sessionId; }
    public long getRequestedBy() { return requestedBy; }
    public String getReason() { return reason; }
    public Status getStatus() { return status; }
    public Long getTakenBy() { return takenBy; }
    public Instant getCreatedAt() { return createdAt; }
}
