package org.peerplanner.domain.help;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reply in a request's thread; with a proposed time, an offer to pair. Replies are not edited once posted. */
@Entity
@Table(name = "help_answer")
class HelpAnswer {

    static final int MAX_BODY = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "pair_starts_at")
    private Instant pairStartsAt;

    @Column(name = "pair_minutes")
    private Integer pairMinutes;

    @Column(name = "pair_session_id")
    private Long pairSessionId;

    protected HelpAnswer() {
    }

    HelpAnswer(long requestId, long authorId, Long parentId, String body, Instant now) {
        this.requestId = requestId;
        this.authorId = authorId;
        this.parentId = parentId;
        this.body = body;
        this.createdAt = now;
    }

    static HelpAnswer pairingOffer(long requestId, long authorId, String body, Instant startsAt, int minutes,
                                   Instant now) {
        var offer = new HelpAnswer(requestId, authorId, null, body, now);
        offer.pairStartsAt = startsAt;
        offer.pairMinutes = minutes;
        return offer;
    }

    boolean isPairingOffer() {
        return pairStartsAt != null;
    }

    void paired(long sessionId) {
        this.pairSessionId = sessionId;
    }

    Long getId() {
        return id;
    }

    long getRequestId() {
        return requestId;
    }

    long getAuthorId() {
        return authorId;
    }

    Long getParentId() {
        return parentId;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getPairStartsAt() {
        return pairStartsAt;
    }

    Integer getPairMinutes() {
        return pairMinutes;
    }

    Long getPairSessionId() {
        return pairSessionId;
    }
}
